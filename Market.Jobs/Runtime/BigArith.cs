using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Market.Jobs.Runtime;

/// <summary>
/// The common big-int operations (+, -, *, // and % by a small int, str) done directly on magnitude limbs.
/// </summary>
/// <remarks>
/// Same results and the same heap charges as the <see cref="BigInteger"/> path in <see cref="Ops"/>; this code is
/// compiled fully optimized at first use, where BigInteger's would run unoptimized for the first few hundred
/// milliseconds of a process, and it allocates one array per result. Operations not covered here return false
/// and take the BigInteger path. Limb arithmetic is unchecked: truncating casts are the point.
/// </remarks>
internal static class BigArith
{
    /// <summary>Schoolbook multiplication up to this many limbs in the shorter operand; BigInteger's above.</summary>
    private const int SchoolbookLimit = 48;

    private const uint DecimalBase = 1_000_000_000;

    /// <summary>+, -, *, // and % of two ints of which at least one is big (bools count as ints).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryBinary(BinOp op, Value a, Value b, Vm vm, out Value r)
    {
        // A small operand's limbs go to buffers the VM owns (consumed before the next operation).
        uint[] abuf = vm.LimbsA;
        uint[] bbuf = vm.LimbsB;
        switch (op)
        {
            case BinOp.Add:
            case BinOp.Sub:
            {
                ReadOnlySpan<uint> am = Parts(a, abuf, out bool an);
                ReadOnlySpan<uint> bm = Parts(b, bbuf, out bool bn);
                if (op == BinOp.Sub)
                {
                    bn = !bn;
                }
                bool neg;
                uint[] mag;
                int n;
                if (an == bn)
                {
                    mag = AddMag(am, bm, out n);
                    neg = an;
                }
                else
                {
                    int c = CompareMag(am, bm);
                    if (c == 0)
                    {
                        r = Value.Int(0);
                        return true;
                    }
                    mag = c > 0 ? SubMag(am, bm, out n) : SubMag(bm, am, out n);
                    neg = c > 0 ? an : bn;
                }
                r = Make(neg, mag, n);
                if (r.Obj is PyBigInt)
                {
                    vm.Charge(BitLength(neg, mag.AsSpan(0, n)) / 8 + 24);
                }
                return true;
            }
            case BinOp.Mul:
            {
                ReadOnlySpan<uint> am = Parts(a, abuf, out bool an);
                ReadOnlySpan<uint> bm = Parts(b, bbuf, out bool bn);
                vm.Charge((BitLength(an, am) + BitLength(bn, bm)) / 8 + 16);
                if (am.Length == 0 || bm.Length == 0)
                {
                    r = Value.Int(0);
                    return true;
                }
                if (Math.Min(am.Length, bm.Length) > SchoolbookLimit)
                {
                    r = Value.Big(a.AsBig * b.AsBig);
                    return true;
                }
                uint[] mag = bm.Length == 1 ? MulLimb(am, bm[0], out int n) : am.Length == 1 ? MulLimb(bm, am[0], out n) : MulMag(am, bm, out n);
                r = Make(an != bn, mag, n);
                return true;
            }
            case BinOp.FloorDiv:
            case BinOp.Mod:
            {
                // A big dividend and a nonzero divisor below 2^32 in magnitude.
                if (a.Obj is not PyBigInt big || !ReferenceEquals(b.Obj, Tag.Int) || b.Bits == 0 || b.Bits <= -(1L << 32) || b.Bits >= 1L << 32)
                {
                    break;
                }
                long y = b.Bits;
                bool yNeg = y < 0;
                uint[] q = DivRemSmall(big.Magnitude, (uint)Math.Abs(y), out uint rem, out int n);
                long rm = big.Negative ? -(long)rem : rem;
                if (rem != 0 && big.Negative != yNeg)
                {
                    // Floor: the truncated quotient is negative here, so one more in magnitude; the remainder takes y's sign.
                    n = Increment(q, n);
                    rm += y;
                }
                r = op == BinOp.Mod ? Value.Int(rm) : Make(big.Negative != yNeg, q, n);
                return true;
            }
        }
        r = default;
        return false;
    }

    /// <summary>The decimal digits of a big int, as CPython writes them (quadratic, like CPython's, below its 4,300-digit limit).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string ToDecimal(PyBigInt b)
    {
        unchecked
        {
            ReadOnlySpan<uint> mag = b.Magnitude;
            // Base 2^32 to base 10^9, most significant limb first: out = out * 2^32 + limb.
            var digits = new uint[mag.Length * 32 / 29 + 2];
            int n = 0;
            for (int i = mag.Length - 1; i >= 0; i--)
            {
                ulong hi = mag[i];
                for (int j = 0; j < n; j++)
                {
                    ulong z = ((ulong)digits[j] << 32) | hi;
                    hi = z / DecimalBase;
                    digits[j] = (uint)(z - hi * DecimalBase);
                }
                while (hi != 0)
                {
                    digits[n++] = (uint)(hi % DecimalBase);
                    hi /= DecimalBase;
                }
            }
            int top = CountDigits(digits[n - 1]);
            int len = (b.Negative ? 1 : 0) + top + 9 * (n - 1);
            return string.Create(len, (digits, n, top, b.Negative), static (span, s) =>
            {
                int pos = 0;
                if (s.Negative)
                {
                    span[pos++] = '-';
                }
                WriteDigits(span.Slice(pos, s.top), s.digits[s.n - 1]);
                pos += s.top;
                for (int j = s.n - 2; j >= 0; j--)
                {
                    WriteDigits(span.Slice(pos, 9), s.digits[j]);
                    pos += 9;
                }
            });
        }
    }

    /// <summary>Bit length as <see cref="BigInteger.GetBitLength"/> gives it (two's complement without the sign bit).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long BitLength(bool negative, ReadOnlySpan<uint> mag)
    {
        if (mag.Length == 0)
        {
            return 0;
        }
        uint top = mag[^1];
        long bits = 32L * (mag.Length - 1) + (32 - BitOperations.LeadingZeroCount(top));
        if (negative && BitOperations.IsPow2(top) && mag[..^1].IndexOfAnyExcept(0u) < 0)
        {
            bits--;
        }
        return bits;
    }

    /// <summary>The length of <paramref name="limbs"/>[0..length) without its leading zero limbs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Normalized(uint[] limbs, int length)
    {
        while (length > 0 && limbs[length - 1] == 0)
        {
            length--;
        }
        return length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<uint> Parts(Value v, uint[] buffer, out bool negative)
    {
        if (v.Obj is PyBigInt b)
        {
            negative = b.Negative;
            return b.Magnitude;
        }
        long x = v.Bits;
        negative = x < 0;
        ulong m = negative ? unchecked(0UL - (ulong)x) : (ulong)x;
        buffer[0] = unchecked((uint)m);
        buffer[1] = (uint)(m >> 32);
        return buffer.AsSpan(0, buffer[1] != 0 ? 2 : buffer[0] != 0 ? 1 : 0);
    }

    /// <summary>The int with this sign and normalized magnitude: a small int when it fits a long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Value Make(bool negative, uint[] mag, int n)
    {
        if (n <= 2)
        {
            ulong m = n == 0 ? 0 : n == 1 ? mag[0] : ((ulong)mag[1] << 32) | mag[0];
            if (m <= long.MaxValue)
            {
                return Value.Int(negative ? -(long)m : (long)m);
            }
            if (negative && m == 1UL << 63)
            {
                return Value.Int(long.MinValue);
            }
        }
        return new Value(new PyBigInt(negative, mag, n));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CompareMag(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != b.Length)
        {
            return a.Length > b.Length ? 1 : -1;
        }
        for (int i = a.Length - 1; i >= 0; i--)
        {
            if (a[i] != b[i])
            {
                return a[i] > b[i] ? 1 : -1;
            }
        }
        return 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static uint[] AddMag(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, out int n)
    {
        unchecked
        {
            LongerFirst(ref a, ref b);
            // Every limb is written below.
            uint[] r = GC.AllocateUninitializedArray<uint>(a.Length + 1);
            ulong carry = 0;
            int i = 0;
            for (; i < b.Length; i++)
            {
                ulong s = (ulong)a[i] + b[i] + carry;
                r[i] = (uint)s;
                carry = s >> 32;
            }
            for (; i < a.Length; i++)
            {
                ulong s = a[i] + carry;
                r[i] = (uint)s;
                carry = s >> 32;
            }
            r[i] = (uint)carry;
            n = Normalized(r, r.Length);
            return r;
        }
    }

    /// <summary>a - b for a &gt; b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static uint[] SubMag(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, out int n)
    {
        unchecked
        {
            // Every limb is written below.
            uint[] r = GC.AllocateUninitializedArray<uint>(a.Length);
            long borrow = 0;
            int i = 0;
            for (; i < b.Length; i++)
            {
                long s = (long)a[i] - b[i] + borrow;
                r[i] = (uint)s;
                borrow = s >> 32;
            }
            for (; i < a.Length; i++)
            {
                long s = a[i] + borrow;
                r[i] = (uint)s;
                borrow = s >> 32;
            }
            n = Normalized(r, r.Length);
            return r;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static uint[] MulMag(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, out int n)
    {
        unchecked
        {
            LongerFirst(ref a, ref b);
            var r = new uint[a.Length + b.Length];
            for (int j = 0; j < b.Length; j++)
            {
                ulong m = b[j];
                if (m == 0)
                {
                    continue;
                }
                ulong carry = 0;
                for (int i = 0; i < a.Length; i++)
                {
                    ulong p = a[i] * m + r[i + j] + carry;
                    r[i + j] = (uint)p;
                    carry = p >> 32;
                }
                r[j + a.Length] = (uint)carry;
            }
            n = Normalized(r, r.Length);
            return r;
        }
    }

    /// <summary>a × m for a normalized magnitude a and a nonzero limb m (int × small int, as in a factorial).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static uint[] MulLimb(ReadOnlySpan<uint> a, uint m, out int n)
    {
        unchecked
        {
            // Every limb is written below.
            uint[] r = GC.AllocateUninitializedArray<uint>(a.Length + 1);
            ulong carry = 0;
            int i = 0;
            if (BitConverter.IsLittleEndian)
            {
                // Two limbs at a time as one 64-bit word (a little-endian pair of limbs is that word), and the
                // words in two halves whose carry chains run side by side (the chain, not the multiply, is the
                // bottleneck); the low half's last carry is then added where the high half starts.
                int words = a.Length / 2;
                int half = words / 2;
                ReadOnlySpan<ulong> a64 = MemoryMarshal.Cast<uint, ulong>(a[..(2 * words)]);
                Span<ulong> r64 = MemoryMarshal.Cast<uint, ulong>(r.AsSpan(0, 2 * words));
                ulong low = 0;
                for (int k = 0; k < half; k++)
                {
                    ulong hi1 = Math.BigMul(a64[k], m, out ulong lo1);
                    ulong hi2 = Math.BigMul(a64[half + k], m, out ulong lo2);
                    lo1 += low;
                    low = hi1 + (lo1 < low ? 1UL : 0UL);
                    r64[k] = lo1;
                    lo2 += carry;
                    carry = hi2 + (lo2 < carry ? 1UL : 0UL);
                    r64[half + k] = lo2;
                }
                for (int k = 2 * half; k < words; k++)
                {
                    ulong hi = Math.BigMul(a64[k], m, out ulong lo);
                    lo += carry;
                    carry = hi + (lo < carry ? 1UL : 0UL);
                    r64[k] = lo;
                }
                for (int k = half; low != 0 && k < words; k++)
                {
                    r64[k] += low;
                    low = r64[k] < low ? 1UL : 0UL;
                }
                carry += low;
                // carry < m < 2^32 here, so it continues as a one-limb carry.
                i = 2 * words;
            }
            for (; i < a.Length; i++)
            {
                ulong p = (ulong)a[i] * m + carry;
                r[i] = (uint)p;
                carry = p >> 32;
            }
            r[a.Length] = (uint)carry;
            // a's top limb times m is at least one, so the result's top limb is nonzero unless the carry is zero.
            n = carry != 0 ? a.Length + 1 : a.Length;
            return r;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static uint[] DivRemSmall(ReadOnlySpan<uint> a, uint d, out uint rem, out int n)
    {
        unchecked
        {
            // One spare limb for the floor adjustment's carry.
            var q = new uint[a.Length + 1];
            ulong r = 0;
            for (int i = a.Length - 1; i >= 0; i--)
            {
                ulong cur = (r << 32) | a[i];
                ulong qi = cur / d;
                q[i] = (uint)qi;
                r = cur - qi * d;
            }
            rem = (uint)r;
            n = Normalized(q, a.Length);
            return q;
        }
    }

    /// <summary>Adds one to the magnitude q[0..n) in place (q has a spare limb); returns the new length.</summary>
    private static int Increment(uint[] q, int n)
    {
        int i = 0;
        while (i < n && ++q[i] == 0)
        {
            i++;
        }
        if (i == n)
        {
            q[n++] = 1;
        }
        return n;
    }

    private static void LongerFirst(ref ReadOnlySpan<uint> a, ref ReadOnlySpan<uint> b)
    {
        if (a.Length < b.Length)
        {
            ReadOnlySpan<uint> t = a;
            a = b;
            b = t;
        }
    }

    private static int CountDigits(uint x)
    {
        int n = 1;
        while (x >= 10)
        {
            x /= 10;
            n++;
        }
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteDigits(Span<char> span, uint x)
    {
        for (int i = span.Length - 1; i >= 0; i--)
        {
            span[i] = (char)('0' + (x % 10));
            x /= 10;
        }
    }
}
