namespace Market.Jobs.Runtime;

/// <summary>An iterator over a list, tuple, str or range, by position.</summary>
internal sealed class SeqIter
{
    public SeqIter(object seq, long index = 0)
    {
        Seq = seq;
        Index = index;
    }

    public object Seq { get; set; }

    public long Index;
}
