using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text;

namespace Market.Jobs.Runtime;

/// <summary>print, len, min/max, sum, round and the integer-string helpers.</summary>
internal static partial class Builtins
{
    private static Value RadixString(ReadOnlySpan<Value> a, string[]? kn, int radix, string prefix)
    {
        Arity(prefix == "0x" ? "hex" : prefix == "0o" ? "oct" : "bin", a, 1, 1, kn);
        BigInteger n = ToBigInt(a[0], "hex");
        string body = Ops.ToRadix(BigInteger.Abs(n), radix);
        return new Value((n.Sign < 0 ? "-" : "") + prefix + body);
    }

    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger mm = BigInteger.Abs(m);
        BigInteger g = mm, x = 0, x1 = 1, a1 = ((a % mm) + mm) % mm;
        BigInteger b = a1;
        BigInteger old = mm;
        while (b != 0)
        {
            BigInteger q = old / b;
            (old, b) = (b, old - q * b);
            (x, x1) = (x1, x - q * x1);
        }
        if (old != 1)
        {
            throw Ops.ValueError("base is not invertible for the given modulus");
        }
        _ = g;
        return ((x % mm) + mm) % mm;
    }

    private static Value Print(Vm vm, ReadOnlySpan<Value> a, string[]? kn, ReadOnlySpan<Value> kv)
    {
        Value sep = Kw("print", kn, kv, "sep", Value.None, "end", "flush");
        Value end = Kw("print", kn, kv, "end", Value.None, "sep", "flush");
        string sepS = sep.IsNone ? " " : sep.Obj as string ?? throw Ops.TypeError($"sep must be None or a string, not {Ops.TypeName(sep)}");
        string endS = end.IsNone ? "\n" : end.Obj as string ?? throw Ops.TypeError($"end must be None or a string, not {Ops.TypeName(end)}");
        var sb = new StringBuilder();
        for (int i = 0; i < a.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(sepS);
            }
            sb.Append(Ops.Str(a[i]));
        }
        sb.Append(endS);
        vm.Charge(2L * sb.Length);
        vm.Print(sb.ToString());
        return Value.None;
    }

    public static long Len(Value v) => v.Obj switch
    {
        string s => s.Length,
        PyList l => l.Count,
        PyTuple t => t.Items.Length,
        PyDict d => d.Count,
        PyRange r => r.Length,
        DictView dv => dv.Dict.Count,
        _ => throw Ops.TypeError($"object of type '{Ops.TypeName(v)}' has no len()"),
    };

    private static Value MinMax(Vm vm, ReadOnlySpan<Value> a, string[]? kn, ReadOnlySpan<Value> kv, bool isMax)
    {
        string name = isMax ? "max" : "min";
        Value key = Kw(name, kn, kv, "key", Value.None, "default");
        Value dflt = Kw(name, kn, kv, "default", default, "key");
        if (a.Length == 0)
        {
            throw Ops.TypeError($"{name} expected at least 1 argument, got 0");
        }
        PyList items;
        if (a.Length == 1)
        {
            items = ToList(vm, a[0]);
        }
        else
        {
            if (!dflt.IsUnbound)
            {
                throw Ops.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
            }
            items = new PyList(a.ToArray(), a.Length);
        }
        if (!key.IsNone)
        {
            vm.PendingCall = (vm.GlobalByName("__p_minmax"), new[] { new Value(items), key, dflt.IsUnbound ? Value.None : dflt, Value.Bool(!dflt.IsUnbound), Value.Bool(isMax), new Value(name) }, null, null);
            return Value.None;
        }
        if (items.Count == 0)
        {
            if (!dflt.IsUnbound)
            {
                return dflt;
            }
            throw Ops.ValueError($"{name}() arg is an empty sequence");
        }
        Value best = items.Items[0];
        for (int i = 1; i < items.Count; i++)
        {
            Value x = items.Items[i];
            int c = Ops.Order(isMax ? CmpOp.Gt : CmpOp.Lt, x, best, 0);
            if (c != int.MinValue && (isMax ? c > 0 : c < 0))
            {
                best = x;
            }
        }
        return best;
    }

    /// <summary>any(x) stops at the first true item, all(x) at the first false one; a generator goes to the prelude.</summary>
    private static Value AnyAll(Vm vm, ReadOnlySpan<Value> a, string[]? kn, bool any)
    {
        Arity(any ? "any" : "all", a, 1, 1, kn);
        if (a[0].Obj is PyGenerator)
        {
            return vm.TailCall(any ? "__p_any" : "__p_all", a[0]);
        }
        Value it = Iteration.GetIter(vm, a[0]);
        long steps = 0;
        while (Iteration.Next(vm, it, out Value x) && vm.NativeStep(ref steps))
        {
            if (Ops.Truthy(x) == any)
            {
                return Value.Bool(any);
            }
        }
        return Value.Bool(!any);
    }

    private static Value Sum(Vm vm, ReadOnlySpan<Value> a, string[]? kn, ReadOnlySpan<Value> kv)
    {
        Value start = Kw("sum", kn, kv, "start", a.Length > 1 ? a[1] : Value.Int(0));
        if (a.Length < 1 || a.Length > 2)
        {
            throw Ops.TypeError($"sum() takes at most 2 arguments ({a.Length} given)");
        }
        if (start.Obj is string)
        {
            throw Ops.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        Value acc = start;
        Value it = Iteration.GetIter(vm, a[0]);
        long steps = 0;
        while (Iteration.Next(vm, it, out Value x) && vm.NativeStep(ref steps))
        {
            if (acc.IsFloat && x.IsFloat)
            {
                acc = Value.FromDouble(acc.Float + x.Float);
                continue;
            }
            acc = Ops.Binary(BinOp.Add, acc, x, vm);
        }
        return acc;
    }

    private static Value Round(Vm vm, ReadOnlySpan<Value> a, string[]? kn, ReadOnlySpan<Value> kv)
    {
        Value nd = Kw("round", kn, kv, "ndigits", a.Length > 1 ? a[1] : Value.None);
        if (a.Length < 1 || a.Length > 2)
        {
            throw Ops.TypeError($"round() takes at most 2 arguments ({a.Length} given)");
        }
        Value x = a[0];
        if (x.IsIntegral)
        {
            if (nd.IsNone || Ops.ToIndex(nd) >= 0)
            {
                return x.IsBool ? Value.Int(x.Bits) : x;
            }
            BigInteger p = BigInteger.Pow(10, (int)Math.Min(-Ops.ToIndex(nd), 10000));
            BigInteger v = x.AsBig;
            BigInteger q = Ops.FloorDivBig(v, p);
            BigInteger r = v - q * p;
            BigInteger twice = r * 2;
            if (twice > p || (twice == p && !q.IsEven))
            {
                q += 1;
            }
            return Value.Big(q * p);
        }
        if (!x.IsFloat)
        {
            throw Ops.TypeError($"type {Ops.TypeName(x)} doesn't define __round__ method");
        }
        double d = x.Float;
        if (nd.IsNone)
        {
            return Ops.FloatToInt(Math.Round(d, MidpointRounding.ToEven));
        }
        long n = Ops.ToIndex(nd);
        if (double.IsNaN(d) || double.IsInfinity(d) || d == 0)
        {
            return x;
        }
        if (n > 330)
        {
            return x;
        }
        if (n < -330)
        {
            return Value.FromDouble(Math.CopySign(0.0, d));
        }
        return Value.FromDouble(RoundDecimal(d, (int)n));
    }

    /// <summary>Rounds a double to n decimal places exactly (half to even on the exact binary value), like CPython.</summary>
    private static double RoundDecimal(double d, int n)
    {
        long bits = BitConverter.DoubleToInt64Bits(d);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0)
        {
            exp = 1;
        }
        else
        {
            mant |= 1L << 52;
        }
        exp -= 1075;
        // value = mant * 2^exp; scaled = value * 10^n = num / den
        BigInteger num = mant;
        BigInteger den = BigInteger.One;
        if (exp >= 0)
        {
            num <<= exp;
        }
        else
        {
            den <<= -exp;
        }
        if (n >= 0)
        {
            num *= BigInteger.Pow(10, n);
        }
        else
        {
            den *= BigInteger.Pow(10, -n);
        }
        BigInteger q = BigInteger.DivRem(num, den, out BigInteger rem);
        BigInteger twice = rem * 2;
        if (twice > den || (twice == den && !q.IsEven))
        {
            q += 1;
        }
        string text = q.ToString(System.Globalization.CultureInfo.InvariantCulture) + "e" + (-n).ToString(System.Globalization.CultureInfo.InvariantCulture);
        double r = double.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        if (double.IsInfinity(r))
        {
            throw PyError.Of(ExcType.OverflowError, "rounded value too large to represent");
        }
        return neg ? -r : r;
    }
}
