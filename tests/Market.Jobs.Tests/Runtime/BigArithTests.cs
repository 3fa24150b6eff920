using System.Numerics;
using Market.Jobs.Runtime;

namespace Market.Jobs.Tests.Runtime;

/// <summary>The limb fast paths for big ints give BigInteger's results and charge the heap exactly as the general path.</summary>
public sealed class BigArithTests
{
    private static readonly BigInteger Two63 = BigInteger.One << 63;

    /// <summary>Values around the edges that matter: the long range, limb boundaries, powers of two, small ints.</summary>
    private static IEnumerable<BigInteger> Samples()
    {
        var rng = new Random(4711);
        var edges = new List<BigInteger> { 0, 1, -1, 2, 7, -7, 1_000_000_000, uint.MaxValue, -(BigInteger)uint.MaxValue, long.MaxValue, long.MinValue, Two63, -Two63 - 1, BigInteger.One << 64, -(BigInteger.One << 64), (BigInteger.One << 96) - 1 };
        foreach (var e in edges)
        {
            yield return e;
        }
        for (int i = 0; i < 60; i++)
        {
            var bytes = new byte[rng.Next(1, 60)];
            rng.NextBytes(bytes);
            var v = new BigInteger(bytes, isUnsigned: true);
            if (rng.Next(3) == 0)
            {
                v = BigInteger.One << rng.Next(60, 400);
            }
            yield return rng.Next(2) == 0 ? v : -v;
        }
    }

    private static Value Make(BigInteger v, bool limbForm)
    {
        Value value = Value.Big(v);
        if (limbForm && value.Obj is PyBigInt b)
        {
            // The same number held as limbs only: exercises the conversion back to BigInteger too.
            return new Value(new PyBigInt(b.Negative, b.Magnitude.ToArray(), b.Magnitude.Length));
        }
        return value;
    }

    private static BigInteger Expected(BinOp op, BigInteger x, BigInteger y)
    {
        switch (op)
        {
            case BinOp.Add: return x + y;
            case BinOp.Sub: return x - y;
            case BinOp.Mul: return x * y;
            default:
            {
                BigInteger q = BigInteger.DivRem(x, y, out BigInteger r);
                if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0))
                {
                    q -= 1;
                    r += y;
                }
                return op == BinOp.FloorDiv ? q : r;
            }
        }
    }

    private static bool FitsLong(BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    /// <summary>What the general path charges: nothing when both operands are small ints (the 64-bit path).</summary>
    private static long ExpectedCharge(BinOp op, BigInteger x, BigInteger y, BigInteger result) => FitsLong(x) && FitsLong(y) ? 0 : op switch
    {
        BinOp.Add or BinOp.Sub => result < long.MinValue || result > long.MaxValue ? (long)result.GetBitLength() / 8 + 24 : 0,
        BinOp.Mul => (long)(x.GetBitLength() + y.GetBitLength()) / 8 + 16,
        _ => 0,
    };

    [Fact]
    public void Binary_BigOperands_MatchesBigIntegerAndCharges()
    {
        var module = JobCompiler.Compile("def main():\n    return 0\n").Module!;
        var state = JobState.Create(module);
        var vm = new Vm(state);
        var samples = Samples().ToArray();
        int checkedCount = 0;
        foreach (var x in samples)
        {
            foreach (var y in samples)
            {
                foreach (var op in new[] { BinOp.Add, BinOp.Sub, BinOp.Mul, BinOp.FloorDiv, BinOp.Mod })
                {
                    if (y.IsZero && op is BinOp.FloorDiv or BinOp.Mod)
                    {
                        continue;
                    }
                    foreach (bool limbs in new[] { false, true })
                    {
                        long before = state.HeapCounter;
                        Value r = Ops.Binary(op, Make(x, limbs), Make(y, !limbs), vm);
                        BigInteger expected = Expected(op, x, y);
                        Assert.True(expected == r.AsBig, $"{x} {op} {y}: expected {expected}, got {r.AsBig}");
                        Assert.Equal(expected >= long.MinValue && expected <= long.MaxValue, r.IsInt);
                        Assert.Equal(ExpectedCharge(op, x, y, expected), state.HeapCounter - before);
                        checkedCount++;
                    }
                }
            }
        }
        Assert.True(checkedCount > 30_000);
    }

    [Fact]
    public void Repr_BigInt_MatchesBigIntegerToString()
    {
        foreach (var v in Samples().Append(BigInteger.Pow(10, 4200)).Append(-BigInteger.Pow(10, 4000) - 1))
        {
            foreach (bool limbs in new[] { false, true })
            {
                Assert.Equal(v.ToString(System.Globalization.CultureInfo.InvariantCulture), Ops.Repr(Make(v, limbs)));
            }
        }
    }

    [Fact]
    public void PyBigInt_BothForms_SameValue()
    {
        foreach (var v in Samples().Where(v => v < long.MinValue || v > long.MaxValue))
        {
            var fromBig = new PyBigInt(v);
            var limbs = fromBig.Magnitude.ToArray();
            var fromLimbs = new PyBigInt(fromBig.Negative, [.. limbs, 0u], limbs.Length);
            Assert.Equal(v, fromLimbs.V);
            Assert.Equal(limbs, fromLimbs.Magnitude.ToArray());
        }
    }
}
