namespace Market.Jobs.Runtime;

/// <summary>The iterator returned by enumerate().</summary>
internal sealed class EnumerateIter
{
    public EnumerateIter(Value inner, Value next)
    {
        Inner = inner;
        Next = next;
    }

    public Value Inner { get; set; }

    public Value Next;
}
