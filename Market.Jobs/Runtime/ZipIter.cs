namespace Market.Jobs.Runtime;

/// <summary>The iterator returned by zip().</summary>
internal sealed class ZipIter
{
    public ZipIter(Value[] inners) => Inners = inners;

    public Value[] Inners { get; }
}
