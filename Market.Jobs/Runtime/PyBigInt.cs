using System.Numerics;

namespace Market.Jobs.Runtime;

/// <summary>An int outside the 64-bit range (always normalized: never holds a value that fits a long).</summary>
internal sealed class PyBigInt
{
    public PyBigInt(BigInteger v) => V = v;

    public BigInteger V { get; }
}
