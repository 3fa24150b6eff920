using System;

namespace Market.Jobs.Runtime;

/// <summary>An immutable Python tuple.</summary>
internal sealed class PyTuple
{
    public static readonly PyTuple Empty = new(Array.Empty<Value>());

    public PyTuple(Value[] items) => Items = items;

    public Value[] Items { get; }
}
