using System.Collections.Generic;

namespace Market.Jobs.Runtime;

/// <summary>Python equality and hashing for dict keys (1, 1.0 and True are the same key).</summary>
internal sealed class ValueComparer : IEqualityComparer<Value>
{
    public static readonly ValueComparer Instance = new();

    public bool Equals(Value x, Value y) => Ops.Eq(x, y);

    public int GetHashCode(Value v) => Ops.Hash(v);
}
