using System;
using System.Runtime.CompilerServices;

namespace Market.Jobs.Runtime;

/// <summary>The loop's fast cases: exactly what the general operations give, for the operands they cover; never throw.</summary>
internal sealed partial class Vm
{
    private const long ExactDoubleInt = 1L << 53;

    /// <summary>Arithmetic on two ints or floats (or one of each) that needs no big int and raises nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FastBinary(int op, Value a, Value b, out Value r)
    {
        unchecked
        {
            if (ReferenceEquals(a.Obj, Tag.Int) && ReferenceEquals(b.Obj, Tag.Int))
            {
                long x = a.Bits, y = b.Bits;
                switch ((BinOp)op)
                {
                    case BinOp.Add:
                    {
                        long s = x + y;
                        if (((x ^ s) & (y ^ s)) >= 0)
                        {
                            r = Value.Int(s);
                            return true;
                        }
                        break;
                    }
                    case BinOp.Sub:
                    {
                        long s = x - y;
                        if (((x ^ y) & (x ^ s)) >= 0)
                        {
                            r = Value.Int(s);
                            return true;
                        }
                        break;
                    }
                    default:
                        return IntBinaryRare(op, x, y, out r);
                }
                r = default;
                return false;
            }
            if (!ExactDouble(a, out double dx) || !ExactDouble(b, out double dy))
            {
                r = default;
                return false;
            }
            switch ((BinOp)op)
            {
                case BinOp.Add:
                    r = Value.FromDouble(dx + dy);
                    return true;
                case BinOp.Sub:
                    r = Value.FromDouble(dx - dy);
                    return true;
                case BinOp.Mul:
                    r = Value.FromDouble(dx * dy);
                    return true;
                case BinOp.TrueDiv when dy != 0:
                    r = Value.FromDouble(dx / dy);
                    return true;
            }
            r = default;
            return false;
        }
    }

    /// <summary>A float, or an int that converts to a double exactly (as Python mixes them); false for anything else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ExactDouble(Value v, out double d)
    {
        if (ReferenceEquals(v.Obj, Tag.Float))
        {
            d = v.Float;
            return true;
        }
        d = v.Bits;
        return ReferenceEquals(v.Obj, Tag.Int) && v.Bits >= -ExactDoubleInt && v.Bits <= ExactDoubleInt;
    }

    /// <summary>int * // % / on 64-bit ints when the result needs no big int and nothing raises.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IntBinaryRare(int op, long x, long y, out Value r)
    {
        unchecked
        {
            switch ((BinOp)op)
            {
                case BinOp.Mul:
                {
                    long hi = Math.BigMul(x, y, out long lo);
                    if (hi == (lo >> 63))
                    {
                        r = Value.Int(lo);
                        return true;
                    }
                    break;
                }
                case BinOp.FloorDiv when y != 0 && y != -1:
                    r = Value.Int(Ops.FloorDiv(x, y));
                    return true;
                case BinOp.Mod when y != 0 && y != -1:
                    r = Value.Int(Ops.FloorMod(x, y));
                    return true;
                case BinOp.TrueDiv when y != 0 && Math.Abs(x) <= ExactDoubleInt && Math.Abs(y) <= ExactDoubleInt:
                    r = Value.FromDouble((double)x / y);
                    return true;
            }
            r = default;
            return false;
        }
    }

    /// <summary>Comparison of two ints or two floats (NaN compares as Python does: only != holds).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FastCompare(int op, Value a, Value b, out bool r)
    {
        if (ReferenceEquals(a.Obj, Tag.Int) && ReferenceEquals(b.Obj, Tag.Int))
        {
            // Equal ints are the same int object in Python's eyes here (is / is not), as in Ops.Is.
            return Compare(op, a.Bits, b.Bits, identity: true, out r);
        }
        if (ReferenceEquals(a.Obj, Tag.Float) && ReferenceEquals(b.Obj, Tag.Float))
        {
            return Compare(op, a.Float, b.Float, identity: false, out r);
        }
        r = false;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Compare<T>(int op, T x, T y, bool identity, out bool r)
        where T : System.Numerics.INumber<T>
    {
        switch ((CmpOp)op)
        {
            case CmpOp.Lt: r = x < y; return true;
            case CmpOp.Le: r = x <= y; return true;
            case CmpOp.Eq: r = x == y; return true;
            case CmpOp.Ne: r = x != y; return true;
            case CmpOp.Gt: r = x > y; return true;
            case CmpOp.Ge: r = x >= y; return true;
            case CmpOp.Is when identity: r = x == y; return true;
            case CmpOp.IsNot when identity: r = x != y; return true;
        }
        r = false;
        return false;
    }

    /// <summary>list, tuple or str indexed by an int in range (negative counts from the end).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FastIndex(Value obj, Value index, out Value r)
    {
        // Unchecked: a negative index cast to ulong is the out-of-range test.
        if (ReferenceEquals(index.Obj, Tag.Int))
        {
            long i = index.Bits;
            switch (obj.Obj)
            {
                case PyList l:
                    if (i < 0)
                    {
                        i += l.Count;
                    }
                    if (unchecked((ulong)i) < (ulong)l.Count)
                    {
                        r = l.Items[i];
                        return true;
                    }
                    break;
                case PyTuple t:
                    if (i < 0)
                    {
                        i += t.Items.Length;
                    }
                    if (unchecked((ulong)i) < (ulong)t.Items.Length)
                    {
                        r = t.Items[i];
                        return true;
                    }
                    break;
                case string s:
                    if (i < 0)
                    {
                        i += s.Length;
                    }
                    if (unchecked((ulong)i) < (ulong)s.Length)
                    {
                        r = new Value(Iteration.CharString(s[(int)i]));
                        return true;
                    }
                    break;
            }
        }
        r = default;
        return false;
    }
}
