using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Market.Jobs.Runtime;

/// <summary>Integer and float helpers: exact conversions and Python's division rules.</summary>
internal static partial class Ops
{
    public static double ToDouble(Value v)
    {
        if (v.IsFloat)
        {
            return v.Float;
        }
        if (v.Obj is PyBigInt b)
        {
            return BigToDouble(b.V);
        }
        long x = v.Bits;
        if (Math.Abs(x) <= (1L << 53))
        {
            return x;
        }
        return BigToDouble(x);
    }

    /// <summary>Converts an int to the nearest double (ties to even), as CPython does.</summary>
    public static double BigToDouble(BigInteger n)
    {
        if (n.IsZero)
        {
            return 0.0;
        }
        int sign = n.Sign;
        BigInteger a = BigInteger.Abs(n);
        long bits = (long)a.GetBitLength();
        if (bits <= 53)
        {
            return sign * (double)(long)a;
        }
        int shift = (int)(bits - 53);
        BigInteger q = a >> shift;
        BigInteger rem = a - (q << shift);
        BigInteger half = BigInteger.One << (shift - 1);
        if (rem > half || (rem == half && !q.IsEven))
        {
            q += 1;
        }
        if (bits > 1024 || (bits == 1024 && q.GetBitLength() > 53))
        {
            throw PyError.Of(ExcType.OverflowError, "int too large to convert to float");
        }
        return sign * Math.ScaleB((double)(long)q, shift);
    }

    /// <summary>Correctly rounded a / b for ints, as CPython's true division.</summary>
    public static double IntTrueDiv(BigInteger a, BigInteger b)
    {
        if (b.IsZero)
        {
            throw PyError.Of(ExcType.ZeroDivisionError, "division by zero");
        }
        int sign = a.Sign * b.Sign;
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        if (a.IsZero)
        {
            return sign < 0 ? -0.0 : 0.0;
        }
        long la = (long)a.GetBitLength(), lb = (long)b.GetBitLength();
        if (la <= 53 && lb <= 53)
        {
            return sign * ((double)(long)a / (long)b);
        }
        // Scale so the quotient has at least 55 bits, then round once with a sticky bit.
        long shift = 55 - (la - lb);
        BigInteger n = shift > 0 ? a << (int)shift : a;
        BigInteger d = shift < 0 ? b << (int)-shift : b;
        BigInteger q = BigInteger.DivRem(n, d, out BigInteger r);
        long qbits = (long)q.GetBitLength();
        long exp = qbits - shift; // value ≈ q * 2^-shift, with qbits significant bits
        int extra = (int)(qbits - 53);
        if (exp - 1 < -1022)
        {
            extra += (int)(-1022 - (exp - 1));
        }
        if (extra > 0)
        {
            BigInteger low = q & ((BigInteger.One << extra) - 1);
            q >>= extra;
            BigInteger half = BigInteger.One << (extra - 1);
            if (low > half || (low == half && (!r.IsZero || !q.IsEven)) )
            {
                q += 1;
            }
            shift -= extra;
        }
        if (exp > 1024)
        {
            throw PyError.Of(ExcType.OverflowError, "integer division result too large for a float");
        }
        double res = Math.ScaleB((double)(long)q, (int)-shift);
        if (double.IsInfinity(res))
        {
            throw PyError.Of(ExcType.OverflowError, "integer division result too large for a float");
        }
        return sign * res;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long FloorDiv(long a, long b) => a / b - ((a % b != 0 && ((a < 0) != (b < 0))) ? 1 : 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long FloorMod(long a, long b)
    {
        long r = a % b;
        return r != 0 && ((r < 0) != (b < 0)) ? r + b : r;
    }

    public static BigInteger FloorDivBig(BigInteger a, BigInteger b)
    {
        BigInteger q = BigInteger.DivRem(a, b, out BigInteger r);
        return !r.IsZero && ((r.Sign < 0) != (b.Sign < 0)) ? q - 1 : q;
    }

    public static BigInteger FloorModBig(BigInteger a, BigInteger b)
    {
        BigInteger r = BigInteger.Remainder(a, b);
        return !r.IsZero && ((r.Sign < 0) != (b.Sign < 0)) ? r + b : r;
    }

    public static double FloatMod(double a, double b)
    {
        if (b == 0)
        {
            throw PyError.Of(ExcType.ZeroDivisionError, "float modulo");
        }
        double mod = a % b;
        if (mod != 0)
        {
            if ((b < 0) != (mod < 0))
            {
                mod += b;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, b);
        }
        return mod;
    }

    public static double FloatFloorDiv(double a, double b, string zeroMessage = "float floor division by zero")
    {
        if (b == 0)
        {
            throw PyError.Of(ExcType.ZeroDivisionError, zeroMessage);
        }
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && ((b < 0) != (mod < 0)))
        {
            div -= 1.0;
        }
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5)
            {
                floordiv += 1.0;
            }
        }
        else
        {
            floordiv = Math.CopySign(0.0, a / b);
        }
        return floordiv;
    }

    public static long ToIndex(Value v, string what = "")
    {
        if (v.IsInt || v.IsBool)
        {
            return v.Bits;
        }
        if (v.Obj is PyBigInt)
        {
            throw PyError.Of(ExcType.IndexError, "cannot fit 'int' into an index-sized integer");
        }
        throw TypeError($"'{TypeName(v)}' object cannot be interpreted as an integer");
    }

    public static Value FloatToInt(double d)
    {
        if (double.IsNaN(d))
        {
            throw ValueError("cannot convert float NaN to integer");
        }
        if (double.IsInfinity(d))
        {
            throw PyError.Of(ExcType.OverflowError, "cannot convert float infinity to integer");
        }
        double t = Math.Truncate(d);
        if (t >= -9.2e18 && t <= 9.2e18)
        {
            return Value.Int((long)t);
        }
        return Value.Big(new BigInteger(t));
    }
}
