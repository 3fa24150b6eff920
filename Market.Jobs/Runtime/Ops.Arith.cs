using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Market.Jobs.Runtime;

/// <summary>Binary and unary operators with Python's numeric tower and sequence rules.</summary>
internal static partial class Ops
{
    private static readonly string[] BinSymbols = { "+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^" };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Value Binary(BinOp op, Value a, Value b, Vm vm)
    {
        if ((a.IsInt || a.IsBool) && (b.IsInt || b.IsBool))
        {
            long x = a.Bits, y = b.Bits;
            switch (op)
            {
                case BinOp.Add:
                {
                    long r = unchecked(x + y);
                    if (((x ^ r) & (y ^ r)) >= 0)
                    {
                        return Value.Int(r);
                    }
                    return Value.Big((BigInteger)x + y);
                }
                case BinOp.Sub:
                {
                    long r = unchecked(x - y);
                    if (((x ^ y) & (x ^ r)) >= 0)
                    {
                        return Value.Int(r);
                    }
                    return Value.Big((BigInteger)x - y);
                }
                case BinOp.Mul:
                {
                    long hi = Math.BigMul(x, y, out long lo);
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))
                    {
                        return Value.Int(lo);
                    }
                    return Value.Big((BigInteger)x * y);
                }
                case BinOp.FloorDiv:
                    if (y == 0)
                    {
                        throw PyError.Of(ExcType.ZeroDivisionError, "integer division or modulo by zero");
                    }
                    if (x == long.MinValue && y == -1)
                    {
                        return Value.Big(-(BigInteger)x);
                    }
                    return Value.Int(FloorDiv(x, y));
                case BinOp.Mod:
                    if (y == 0)
                    {
                        throw PyError.Of(ExcType.ZeroDivisionError, "integer modulo by zero");
                    }
                    if (y == -1)
                    {
                        return Value.Int(0);
                    }
                    return Value.Int(FloorMod(x, y));
                case BinOp.TrueDiv:
                    if (y == 0)
                    {
                        throw PyError.Of(ExcType.ZeroDivisionError, "division by zero");
                    }
                    if (Math.Abs(x) <= (1L << 53) && Math.Abs(y) <= (1L << 53))
                    {
                        return Value.FromDouble((double)x / y);
                    }
                    return Value.FromDouble(IntTrueDiv(x, y));
                case BinOp.And:
                    return a.IsBool && b.IsBool ? Value.Bool((x & y) != 0) : Value.Int(x & y);
                case BinOp.Or:
                    return a.IsBool && b.IsBool ? Value.Bool((x | y) != 0) : Value.Int(x | y);
                case BinOp.Xor:
                    return a.IsBool && b.IsBool ? Value.Bool((x ^ y) != 0) : Value.Int(x ^ y);
            }
        }
        if (a.IsIntegral && b.IsIntegral)
        {
            return BigArith.TryBinary(op, a, b, vm, out Value r) ? r : BigBinary(op, a.AsBig, b.AsBig, vm);
        }
        if (a.IsNumber && b.IsNumber)
        {
            return FloatBinary(op, ToDouble(a), ToDouble(b), a, b);
        }
        return SeqBinary(op, a, b, vm);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Value BigBinary(BinOp op, BigInteger x, BigInteger y, Vm vm)
    {
        switch (op)
        {
            case BinOp.Add: return Charged(vm, x + y);
            case BinOp.Sub: return Charged(vm, x - y);
            case BinOp.Mul:
                vm.Charge((long)(x.GetBitLength() + y.GetBitLength()) / 8 + 16);
                return Value.Big(x * y);
            case BinOp.FloorDiv:
                if (y.IsZero)
                {
                    throw PyError.Of(ExcType.ZeroDivisionError, "integer division or modulo by zero");
                }
                return Value.Big(FloorDivBig(x, y));
            case BinOp.Mod:
                if (y.IsZero)
                {
                    throw PyError.Of(ExcType.ZeroDivisionError, "integer modulo by zero");
                }
                return Value.Big(FloorModBig(x, y));
            case BinOp.TrueDiv:
                return Value.FromDouble(IntTrueDiv(x, y));
            case BinOp.Pow:
                return IntPow(x, y, vm);
            case BinOp.LShift:
            {
                if (y.Sign < 0)
                {
                    throw ValueError("negative shift count");
                }
                if (x.IsZero)
                {
                    return Value.Int(0);
                }
                if (y > int.MaxValue)
                {
                    throw PyError.Of(ExcType.OverflowError, "too many digits in integer");
                }
                vm.Charge(((long)x.GetBitLength() + (long)y) / 8 + 16);
                return Value.Big(x << (int)y);
            }
            case BinOp.RShift:
                if (y.Sign < 0)
                {
                    throw ValueError("negative shift count");
                }
                return Value.Big(y > int.MaxValue ? (x.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero) : x >> (int)y);
            case BinOp.And: return Value.Big(x & y);
            case BinOp.Or: return Value.Big(x | y);
            case BinOp.Xor: return Value.Big(x ^ y);
        }
        throw new InvalidOperationException();
    }

    private static Value Charged(Vm vm, BigInteger v)
    {
        if (v < long.MinValue || v > long.MaxValue)
        {
            vm.Charge((long)v.GetBitLength() / 8 + 24);
        }
        return Value.Big(v);
    }

    public static Value IntPow(BigInteger x, BigInteger y, Vm vm)
    {
        if (y.Sign < 0)
        {
            if (x.IsZero)
            {
                throw PyError.Of(ExcType.ZeroDivisionError, "0.0 cannot be raised to a negative power");
            }
            return FloatBinary(BinOp.Pow, BigToDouble(x), BigToDouble(y), Value.Big(x), Value.Big(y));
        }
        if (x.IsZero || x.IsOne || y.IsZero)
        {
            return Value.Big(y.IsZero ? BigInteger.One : x);
        }
        if (x == BigInteger.MinusOne)
        {
            return Value.Int(y.IsEven ? 1 : -1);
        }
        double bits = (double)x.GetBitLength() * (double)y;
        vm.Charge((long)Math.Min(bits / 8, 1e15) + 16);
        return Value.Big(BigInteger.Pow(x, (int)y));
    }

    private static Value FloatBinary(BinOp op, double x, double y, Value a, Value b)
    {
        switch (op)
        {
            case BinOp.Add: return Value.FromDouble(x + y);
            case BinOp.Sub: return Value.FromDouble(x - y);
            case BinOp.Mul: return Value.FromDouble(x * y);
            case BinOp.TrueDiv:
                if (y == 0)
                {
                    throw PyError.Of(ExcType.ZeroDivisionError, "float division by zero");
                }
                return Value.FromDouble(x / y);
            case BinOp.FloorDiv:
                return Value.FromDouble(FloatFloorDiv(x, y));
            case BinOp.Mod:
                return Value.FromDouble(FloatMod(x, y));
            case BinOp.Pow:
                return Value.FromDouble(FloatPow(x, y));
        }
        throw TypeError($"unsupported operand type(s) for {BinSymbols[(int)op]}: '{TypeName(a)}' and '{TypeName(b)}'");
    }

    public static double FloatPow(double x, double y)
    {
        if (x == 0 && y < 0)
        {
            throw PyError.Of(ExcType.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        if (x < 0 && Math.Floor(y) != y && !double.IsInfinity(y))
        {
            throw ValueError("complex results are not supported in this job language");
        }
        double r = Math.Pow(x, y);
        if (double.IsInfinity(r) && !double.IsInfinity(x) && !double.IsInfinity(y))
        {
            throw PyError.Of(ExcType.OverflowError, "(34, 'Numerical result out of range')");
        }
        return r;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Value SeqBinary(BinOp op, Value a, Value b, Vm vm)
    {
        switch (op)
        {
            case BinOp.Add:
                if (a.Obj is string sa)
                {
                    if (b.Obj is string sb)
                    {
                        vm.Charge(2L * (sa.Length + sb.Length) + 24);
                        return new Value(string.Concat(sa, sb));
                    }
                    throw TypeError($"can only concatenate str (not \"{TypeName(b)}\") to str");
                }
                if (a.Obj is PyList la)
                {
                    if (b.Obj is PyList lb)
                    {
                        vm.Charge(16L * (la.Count + lb.Count) + 32);
                        var r = new PyList(la.Count + lb.Count);
                        Array.Copy(la.Items, r.Items, la.Count);
                        Array.Copy(lb.Items, 0, r.Items, la.Count, lb.Count);
                        r.Count = la.Count + lb.Count;
                        return new Value(r);
                    }
                    throw TypeError($"can only concatenate list (not \"{TypeName(b)}\") to list");
                }
                if (a.Obj is PyTuple ta)
                {
                    if (b.Obj is PyTuple tb)
                    {
                        vm.Charge(16L * (ta.Items.Length + tb.Items.Length) + 32);
                        var items = new Value[ta.Items.Length + tb.Items.Length];
                        ta.Items.CopyTo(items, 0);
                        tb.Items.CopyTo(items, ta.Items.Length);
                        return new Value(new PyTuple(items));
                    }
                    throw TypeError($"can only concatenate tuple (not \"{TypeName(b)}\") to tuple");
                }
                break;
            case BinOp.Mul:
                if (IsSequence(a) && (b.IsIntegral))
                {
                    return Repeat(a, b, vm);
                }
                if (IsSequence(b) && a.IsIntegral)
                {
                    return Repeat(b, a, vm);
                }
                if (IsSequence(a) || IsSequence(b))
                {
                    throw TypeError($"can't multiply sequence by non-int of type '{TypeName(IsSequence(a) ? b : a)}'");
                }
                break;
            case BinOp.Mod:
                if (a.Obj is string)
                {
                    throw TypeError("%-formatting is not supported in this job language");
                }
                break;
            case BinOp.Pow:
                if (a.IsNumber && b.IsNumber)
                {
                    break;
                }
                break;
        }
        throw TypeError($"unsupported operand type(s) for {BinSymbols[(int)op]}: '{TypeName(a)}' and '{TypeName(b)}'");
    }

    private static bool IsSequence(Value v) => v.Obj is string or PyList or PyTuple;

    private static Value Repeat(Value seq, Value count, Vm vm)
    {
        if (count.Obj is PyBigInt)
        {
            throw PyError.Of(ExcType.OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        long n = Math.Max(0, count.Bits);
        switch (seq.Obj)
        {
            case string s:
            {
                if (s.Length == 0 || n == 0)
                {
                    return new Value("");
                }
                vm.Charge(SafeMul(s.Length, n, 2) + 24);
                return new Value(string.Concat(System.Linq.Enumerable.Repeat(s, (int)n)));
            }
            case PyList l:
            {
                if (l.Count == 0 || n == 0)
                {
                    return new Value(new PyList());
                }
                vm.Charge(SafeMul(l.Count, n, 16) + 32);
                var r = new PyList((int)(l.Count * n));
                for (long i = 0; i < n; i++)
                {
                    Array.Copy(l.Items, 0, r.Items, i * l.Count, l.Count);
                }
                r.Count = (int)(l.Count * n);
                return new Value(r);
            }
            default:
            {
                var t = (PyTuple)seq.Obj!;
                if (t.Items.Length == 0 || n == 0)
                {
                    return new Value(PyTuple.Empty);
                }
                vm.Charge(SafeMul(t.Items.Length, n, 16) + 32);
                var items = new Value[t.Items.Length * n];
                for (long i = 0; i < n; i++)
                {
                    Array.Copy(t.Items, 0, items, i * t.Items.Length, t.Items.Length);
                }
                return new Value(new PyTuple(items));
            }
        }
    }

    private static long SafeMul(long len, long n, long unit)
    {
        double total = (double)len * n * unit;
        if (total > 1e15 || len * n > Array.MaxLength)
        {
            throw PyError.Of(ExcType.MemoryError, "");
        }
        return (long)total;
    }

    public static Value Unary(int op, Value v)
    {
        switch (op)
        {
            case 2:
                return Value.Bool(!Truthy(v));
            case 0:
                if (v.IsInt || v.IsBool)
                {
                    return v.Bits == long.MinValue ? Value.Big(-(BigInteger)v.Bits) : Value.Int(-v.Bits);
                }
                if (v.IsFloat)
                {
                    return Value.FromDouble(-v.Float);
                }
                if (v.Obj is PyBigInt b)
                {
                    return Value.Big(-b.V);
                }
                throw TypeError($"bad operand type for unary -: '{TypeName(v)}'");
            case 1:
                if (v.IsBool)
                {
                    return Value.Int(v.Bits);
                }
                if (v.IsNumber)
                {
                    return v;
                }
                throw TypeError($"bad operand type for unary +: '{TypeName(v)}'");
            default:
                if (v.IsInt || v.IsBool)
                {
                    return Value.Int(~v.Bits);
                }
                if (v.Obj is PyBigInt bb)
                {
                    return Value.Big(-bb.V - 1);
                }
                throw TypeError($"bad operand type for unary ~: '{TypeName(v)}'");
        }
    }
}
