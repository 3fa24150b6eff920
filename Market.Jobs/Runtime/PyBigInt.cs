using System;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Market.Jobs.Runtime;

/// <summary>An int outside the 64-bit range (always normalized: never holds a value that fits a long).</summary>
/// <remarks>
/// Held as a <see cref="BigInteger"/>, or as sign and magnitude limbs (what <see cref="BigArith"/>'s fast paths
/// compute on), or both: each form is derived from the other on first use, so either constructor gives the same value.
/// </remarks>
internal sealed class PyBigInt
{
    private BigInteger v;
    private bool hasV;
    private uint[]? mag;
    private int magLength;

    public PyBigInt(BigInteger v)
    {
        this.v = v;
        hasV = true;
        Negative = v.Sign < 0;
    }

    /// <summary>From a sign and a magnitude: the first <paramref name="length"/> little-endian 32-bit limbs, the last nonzero.</summary>
    public PyBigInt(bool negative, uint[] limbs, int length)
    {
        Negative = negative;
        mag = limbs;
        magLength = length;
    }

    /// <summary>Whether the value is negative.</summary>
    public bool Negative { get; }

    public BigInteger V
    {
        get
        {
            if (!hasV)
            {
                var bytes = new byte[magLength * 4];
                for (int i = 0; i < magLength; i++)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4 * i), mag![i]);
                }
                var abs = new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
                v = Negative ? -abs : abs;
                hasV = true;
            }
            return v;
        }
    }

    /// <summary>The magnitude as little-endian 32-bit limbs, normalized (no leading zero limb).</summary>
    public ReadOnlySpan<uint> Magnitude
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (mag == null)
            {
                ComputeMagnitude();
            }
            return mag.AsSpan(0, magLength);
        }
    }

    private void ComputeMagnitude()
    {
        BigInteger abs = BigInteger.Abs(v);
        var bytes = new byte[(abs.GetByteCount(isUnsigned: true) + 3) & ~3];
        abs.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
        var limbs = new uint[bytes.Length / 4];
        for (int i = 0; i < limbs.Length; i++)
        {
            limbs[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4 * i));
        }
        magLength = BigArith.Normalized(limbs, limbs.Length);
        mag = limbs;
    }
}
