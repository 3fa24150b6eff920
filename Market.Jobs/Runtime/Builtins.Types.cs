using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Market.Jobs.Runtime;

/// <summary>The built-in types as callables: int, float, str, bool, list, tuple, dict, range.</summary>
internal static partial class Builtins
{
    private static void AddTypes(Dictionary<string, Value> t)
    {
        Add(t, "int", IntNew, true);
        Add(t, "float", (vm, a, kn, kv) =>
        {
            Arity("float", a, 0, 1, kn);
            if (a.Length == 0)
            {
                return Value.FromDouble(0);
            }
            Value v = a[0];
            if (v.IsFloat)
            {
                return v;
            }
            if (v.IsIntegral)
            {
                return Value.FromDouble(Ops.ToDouble(v));
            }
            if (v.Obj is string s)
            {
                return Value.FromDouble(ParseFloat(s));
            }
            throw Ops.TypeError($"float() argument must be a string or a real number, not '{Ops.TypeName(v)}'");
        }, true);
        Add(t, "str", [MethodImpl(MethodImplOptions.AggressiveOptimization)] (vm, a, kn, kv) =>
        {
            Arity("str", a, 0, 1, kn);
            if (a.Length == 0)
            {
                return new Value("");
            }
            string s = Ops.Str(a[0]);
            vm.Charge(2L * s.Length + 24);
            return new Value(s);
        }, true);
        Add(t, "bool", (vm, a, kn, kv) =>
        {
            Arity("bool", a, 0, 1, kn);
            return Value.Bool(a.Length > 0 && Ops.Truthy(a[0]));
        }, true);
        Add(t, "list", (vm, a, kn, kv) =>
        {
            Arity("list", a, 0, 1, kn);
            return new Value(a.Length == 0 ? new PyList() : ToList(vm, a[0]));
        }, true);
        Add(t, "tuple", (vm, a, kn, kv) =>
        {
            Arity("tuple", a, 0, 1, kn);
            if (a.Length == 0)
            {
                return new Value(PyTuple.Empty);
            }
            if (a[0].Obj is PyTuple)
            {
                return a[0];
            }
            var l = ToList(vm, a[0]);
            return new Value(new PyTuple(l.ToArray()));
        }, true);
        Add(t, "dict", (vm, a, kn, kv) =>
        {
            if (a.Length > 1)
            {
                throw Ops.TypeError($"dict expected at most 1 argument, got {a.Length}");
            }
            var d = new PyDict();
            if (a.Length == 1)
            {
                DictUpdate(vm, d, a[0]);
            }
            for (int i = 0; kn != null && i < kn.Length; i++)
            {
                d.Set(new Value(kn[i]), kv[i]);
            }
            vm.Charge(48L * d.Count + 64);
            return new Value(d);
        }, true);
        Add(t, "range", (vm, a, kn, kv) =>
        {
            Arity("range", a, 1, 3, kn);
            long start = 0, stop, step = 1;
            if (a.Length == 1)
            {
                stop = RangeArg(a[0]);
            }
            else
            {
                start = RangeArg(a[0]);
                stop = RangeArg(a[1]);
                if (a.Length == 3)
                {
                    step = RangeArg(a[2]);
                    if (step == 0)
                    {
                        throw Ops.ValueError("range() arg 3 must not be zero");
                    }
                }
            }
            return new Value(new PyRange(start, stop, step));
        }, true);
        Add(t, "NoneType", (vm, a, kn, kv) => Value.None, true);
        Add(t, "function", (vm, a, kn, kv) => throw Ops.TypeError("cannot create 'function' instances"), true);
        Add(t, "object", (vm, a, kn, kv) => throw Ops.TypeError("cannot create 'object' instances in this job language"), true);
    }

    private static long RangeArg(Value v)
    {
        if (v.IsInt || v.IsBool)
        {
            return v.Bits;
        }
        if (v.Obj is PyBigInt)
        {
            throw PyError.Of(ExcType.OverflowError, "range() arguments beyond 64 bits are not supported in this job language");
        }
        throw Ops.TypeError($"'{Ops.TypeName(v)}' object cannot be interpreted as an integer");
    }

    public static void DictUpdate(Vm vm, PyDict d, Value src)
    {
        if (src.Obj is PyDict other)
        {
            for (int i = 0; i < other.Used; i++)
            {
                if (!other.Keys[i].IsUnbound)
                {
                    d.Set(other.Keys[i], other.Vals[i]);
                }
            }
            return;
        }
        Value it = Iteration.GetIter(vm, src);
        int index = 0;
        while (Iteration.Next(vm, it, out Value item))
        {
            Value[]? pair = item.Obj switch
            {
                PyTuple tp => tp.Items,
                PyList lp => lp.ToArray(),
                string sp => Iteration.ToArray(vm, item),
                _ => null,
            };
            if (pair == null)
            {
                throw Ops.TypeError($"cannot convert dictionary update sequence element #{index} to a sequence");
            }
            if (pair.Length != 2)
            {
                throw Ops.ValueError($"dictionary update sequence element #{index} has length {pair.Length}; 2 is required");
            }
            d.Set(pair[0], pair[1]);
            index++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Value IntNew(Vm vm, ReadOnlySpan<Value> a, string[]? kn, ReadOnlySpan<Value> kv)
    {
        Value baseV = Kw("int", kn, kv, "base", a.Length > 1 ? a[1] : Value.None);
        if (a.Length > 2)
        {
            throw Ops.TypeError($"int() takes at most 2 arguments ({a.Length} given)");
        }
        if (a.Length == 0)
        {
            return Value.Int(0);
        }
        Value v = a[0];
        if (!baseV.IsNone)
        {
            if (v.Obj is not string bs)
            {
                throw Ops.TypeError("int() can't convert non-string with explicit base");
            }
            return ParseInt(bs, (int)Ops.ToIndex(baseV));
        }
        if (v.IsInt || v.IsBig)
        {
            return v;
        }
        if (v.IsBool)
        {
            return Value.Int(v.Bits);
        }
        if (v.IsFloat)
        {
            return Ops.FloatToInt(v.Float);
        }
        if (v.Obj is string s)
        {
            return ParseInt(s, 10);
        }
        throw Ops.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{Ops.TypeName(v)}'");
    }

    public static Value ParseInt(string s, int radix)
    {
        string original = s;
        s = s.Trim();
        bool neg = false;
        if (s.StartsWith('-') || s.StartsWith('+'))
        {
            neg = s[0] == '-';
            s = s[1..];
        }
        if (radix == 0 || radix == 16 || radix == 8 || radix == 2)
        {
            string low = s.ToLowerInvariant();
            int detected = low.StartsWith("0x") ? 16 : low.StartsWith("0o") ? 8 : low.StartsWith("0b") ? 2 : 0;
            if (detected != 0 && (radix == 0 || radix == detected))
            {
                radix = detected;
                s = s[2..].TrimStart('_');
            }
            else if (radix == 0)
            {
                radix = 10;
            }
        }
        if (radix < 2 || radix > 36)
        {
            throw Ops.ValueError("int() base must be >= 2 and <= 36, or 0");
        }
        BigInteger v = 0;
        bool any = false;
        bool lastUnderscore = true;
        foreach (char c in s)
        {
            if (c == '_' && !lastUnderscore)
            {
                lastUnderscore = true;
                continue;
            }
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
            if (d >= radix)
            {
                any = false;
                break;
            }
            v = v * radix + d;
            any = true;
            lastUnderscore = false;
        }
        if (!any || lastUnderscore)
        {
            throw Ops.ValueError($"invalid literal for int() with base {radix}: {Ops.StrRepr(original)}");
        }
        return Value.Big(neg ? -v : v);
    }

    public static double ParseFloat(string s)
    {
        string t = s.Trim().Replace("_", "");
        string low = t.ToLowerInvariant();
        string body = low.TrimStart('+', '-');
        bool neg = low.StartsWith('-');
        if (body is "inf" or "infinity")
        {
            return neg ? double.NegativeInfinity : double.PositiveInfinity;
        }
        if (body == "nan")
        {
            return double.NaN;
        }
        bool ok = body.Length > 0;
        foreach (char c in body)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or '+' or '-'))
            {
                ok = false;
            }
        }
        if (ok && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
        {
            return d;
        }
        throw Ops.ValueError($"could not convert string to float: {Ops.StrRepr(s)}");
    }

    public static bool IsInstance(Value v, Value type)
    {
        if (type.Obj is PyTuple t)
        {
            foreach (var x in t.Items)
            {
                if (IsInstance(v, x))
                {
                    return true;
                }
            }
            return false;
        }
        if (type.Obj is ExcType et)
        {
            return v.Obj is PyException e && e.Type.IsSubclassOf(et);
        }
        string name = TypeNameOfType(type);
        string actual = Ops.TypeName(v);
        return name switch
        {
            "int" => v.IsIntegral,
            "object" => true,
            _ => actual == name,
        };
    }

    public static Value TypeOf(Value v)
    {
        if (v.Obj is PyException e)
        {
            return new Value(e.Type);
        }
        string name = Ops.TypeName(v);
        Value t = Lookup(name);
        if (t.Obj is BuiltinFunction { IsType: true })
        {
            return t;
        }
        return new Value(new BuiltinFunction(name, (vm, a, kn, kv) => throw Ops.TypeError($"cannot create '{name}' instances"), true));
    }
}
