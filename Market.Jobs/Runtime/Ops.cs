using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Market.Jobs.Runtime;

/// <summary>Python semantics of values: type names, truth, equality, hashing.</summary>
internal static partial class Ops
{
    public const int NativeDepthLimit = 900;

    public static string TypeName(Value v) => v.Obj switch
    {
        Tag t => t.Name,
        string => "str",
        PyBigInt => "int",
        PyList => "list",
        PyTuple => "tuple",
        PyDict => "dict",
        PyRange => "range",
        PyFunction => "function",
        BuiltinFunction b => b.IsType ? "type" : "builtin_function_or_method",
        BoundMethod => "builtin_function_or_method",
        ExcType => "type",
        PyException e => e.Type.Name,
        PyModule => "module",
        SeqIter s => s.Seq switch
        {
            PyList => "list_iterator",
            PyTuple => "tuple_iterator",
            string => "str_ascii_iterator",
            _ => "range_iterator",
        },
        DictIter d => d.Kind switch { 0 => "dict_keyiterator", 1 => "dict_valueiterator", _ => "dict_itemiterator" },
        DictView d => d.Kind switch { 0 => "dict_keys", 1 => "dict_values", _ => "dict_items" },
        EnumerateIter => "enumerate",
        ZipIter => "zip",
        PyGenerator => "generator",
        PySlice => "slice",
        Cell => "cell",
        null => "unbound",
        _ => "object",
    };

    public static PyError TypeError(string message) => PyError.Of(ExcType.TypeError, message);

    public static PyError ValueError(string message) => PyError.Of(ExcType.ValueError, message);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Truthy(Value v)
    {
        switch (v.Obj)
        {
            case Tag t:
                if (ReferenceEquals(t, Tag.Float))
                {
                    return v.Float != 0.0;
                }
                return !ReferenceEquals(t, Tag.None) && v.Bits != 0;
            case string s: return s.Length != 0;
            case PyList l: return l.Count != 0;
            case PyTuple t: return t.Items.Length != 0;
            case PyDict d: return d.Count != 0;
            case PyRange r: return r.Length != 0;
            case DictView dv: return dv.Dict.Count != 0;
            default: return true;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Is(Value a, Value b)
    {
        if (a.Obj is Tag || b.Obj is Tag)
        {
            return ReferenceEquals(a.Obj, b.Obj) && a.Bits == b.Bits;
        }
        if (a.Obj is string sa && b.Obj is string sb)
        {
            return sa == sb;
        }
        if (a.Obj is PyBigInt ba && b.Obj is PyBigInt bb)
        {
            return ba.V == bb.V;
        }
        return ReferenceEquals(a.Obj, b.Obj);
    }

    public static bool Eq(Value a, Value b) => Eq(a, b, 0);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Eq(Value a, Value b, int depth)
    {
        if (a.IsInt && b.IsInt)
        {
            return a.Bits == b.Bits;
        }
        if (a.IsNumber && b.IsNumber)
        {
            return CompareNumbers(a, b) == 0;
        }
        switch (a.Obj)
        {
            case string sa:
                return b.Obj is string sb && sa == sb;
            case Tag ta:
                return ReferenceEquals(ta, b.Obj);
            case PyTuple ta:
                return b.Obj is PyTuple tb && SeqEq(ta.Items, tb.Items, ta.Items.Length, tb.Items.Length, depth);
            case PyList la:
                return b.Obj is PyList lb && SeqEq(la.Items, lb.Items, la.Count, lb.Count, depth);
            case PyDict da:
                return b.Obj is PyDict db && DictEq(da, db, depth);
            case PyRange ra:
                return b.Obj is PyRange rb && RangeEq(ra, rb);
            case DictView va when va.Kind == 0:
                return b.Obj is DictView vb && vb.Kind == 0 && va.Dict.Count == vb.Dict.Count && KeysSubset(va.Dict, vb.Dict);
            case PyException ea:
                return ReferenceEquals(ea, b.Obj);
            default:
                return ReferenceEquals(a.Obj, b.Obj);
        }
    }

    private static bool RangeEq(PyRange a, PyRange b)
    {
        long n = a.Length;
        if (n != b.Length)
        {
            return false;
        }
        if (n == 0)
        {
            return true;
        }
        return a.Start == b.Start && (n == 1 || a.Step == b.Step);
    }

    private static bool KeysSubset(PyDict a, PyDict b)
    {
        for (int i = 0; i < a.Used; i++)
        {
            if (!a.Keys[i].IsUnbound && !b.ContainsKey(a.Keys[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool SeqEq(Value[] a, Value[] b, int na, int nb, int depth)
    {
        if (na != nb)
        {
            return false;
        }
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        GuardDepth(depth, "in comparison");
        for (int i = 0; i < na; i++)
        {
            if (!Is(a[i], b[i]) && !Eq(a[i], b[i], depth + 1))
            {
                return false;
            }
        }
        return true;
    }

    private static bool DictEq(PyDict a, PyDict b, int depth)
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        GuardDepth(depth, "in comparison");
        for (int i = 0; i < a.Used; i++)
        {
            if (a.Keys[i].IsUnbound)
            {
                continue;
            }
            if (!b.TryGet(a.Keys[i], out Value bv) || (!Is(a.Vals[i], bv) && !Eq(a.Vals[i], bv, depth + 1)))
            {
                return false;
            }
        }
        return true;
    }

    public static void GuardDepth(int depth, string where)
    {
        if (depth > NativeDepthLimit)
        {
            throw PyError.Of(ExcType.RecursionError, "maximum recursion depth exceeded " + where);
        }
    }

    public static int Hash(Value v) => Hash(v, 0);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Hash(Value v, int depth)
    {
        switch (v.Obj)
        {
            case Tag t:
                if (ReferenceEquals(t, Tag.Float))
                {
                    double d = v.Float;
                    if (Math.Floor(d) == d && !double.IsInfinity(d))
                    {
                        if (d >= -9.223372036854775808e18 && d < 9.223372036854775808e18)
                        {
                            return ((long)d).GetHashCode();
                        }
                        return new BigInteger(d).GetHashCode();
                    }
                    return d.GetHashCode();
                }
                return v.Bits.GetHashCode();
            case string s:
                return StringHash(s);
            case PyBigInt b:
                return b.V.GetHashCode();
            case PyTuple t:
                GuardDepth(depth, "while hashing");
                int h = 17;
                foreach (var item in t.Items)
                {
                    h = unchecked(h * 31 + Hash(item, depth + 1));
                }
                return h;
            case PyList or PyDict or DictView or PySlice:
                throw TypeError($"unhashable type: '{TypeName(v)}'");
            default:
                return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(v.Obj);
        }
    }

    /// <summary>A deterministic string hash (FNV-1a), so nothing depends on per-process hash seeds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int StringHash(string s)
    {
        uint h = 2166136261;
        foreach (char c in s)
        {
            h = unchecked((h ^ c) * 16777619);
        }
        return unchecked((int)h);
    }

    /// <summary>Compares two numbers exactly (int vs float without rounding); NaN gives int.MinValue.</summary>
    public static int CompareNumbers(Value a, Value b)
    {
        if (a.IsFloat || b.IsFloat)
        {
            if (a.IsFloat && b.IsFloat)
            {
                double x = a.Float, y = b.Float;
                return double.IsNaN(x) || double.IsNaN(y) ? int.MinValue : x.CompareTo(y);
            }
            if (a.IsFloat)
            {
                int c = CompareIntFloat(b, a.Float);
                return c == int.MinValue ? c : -c;
            }
            return CompareIntFloat(a, b.Float);
        }
        if (!a.IsBig && !b.IsBig)
        {
            return a.Bits.CompareTo(b.Bits);
        }
        return a.AsBig.CompareTo(b.AsBig);
    }

    private static int CompareIntFloat(Value i, double f)
    {
        if (double.IsNaN(f))
        {
            return int.MinValue;
        }
        if (double.IsInfinity(f))
        {
            return f > 0 ? -1 : 1;
        }
        if (!i.IsBig && Math.Abs(i.Bits) < (1L << 53))
        {
            return ((double)i.Bits).CompareTo(f);
        }
        double fl = Math.Floor(f);
        int c = i.AsBig.CompareTo(new BigInteger(fl));
        if (c != 0)
        {
            return c;
        }
        return fl == f ? 0 : -1;
    }
}
