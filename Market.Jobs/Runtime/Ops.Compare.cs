using System;
using System.Runtime.CompilerServices;

namespace Market.Jobs.Runtime;

/// <summary>Ordering comparisons and membership.</summary>
internal static partial class Ops
{
    private static readonly string[] CmpSymbols = { "<", "<=", "==", "!=", ">", ">=" };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Compare(CmpOp op, Value a, Value b)
    {
        switch (op)
        {
            case CmpOp.Eq: return Eq(a, b);
            case CmpOp.Ne: return !Eq(a, b);
            case CmpOp.Is: return Is(a, b);
            case CmpOp.IsNot: return !Is(a, b);
            case CmpOp.In: return Contains(b, a);
            case CmpOp.NotIn: return !Contains(b, a);
        }
        int c = Order(op, a, b, 0);
        if (c == int.MinValue)
        {
            return false;
        }
        return op switch
        {
            CmpOp.Lt => c < 0,
            CmpOp.Le => c <= 0,
            CmpOp.Gt => c > 0,
            _ => c >= 0,
        };
    }

    /// <summary>Orders two values for &lt; &lt;= &gt; &gt;= (int.MinValue when unordered, as with NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Order(CmpOp op, Value a, Value b, int depth)
    {
        if (a.IsInt && b.IsInt)
        {
            return a.Bits.CompareTo(b.Bits);
        }
        if (a.IsNumber && b.IsNumber)
        {
            return CompareNumbers(a, b);
        }
        if (a.Obj is string sa && b.Obj is string sb)
        {
            return Math.Sign(string.CompareOrdinal(sa, sb));
        }
        if (a.Obj is PyList la && b.Obj is PyList lb)
        {
            return SeqOrder(op, la.Items, la.Count, lb.Items, lb.Count, depth);
        }
        if (a.Obj is PyTuple ta && b.Obj is PyTuple tb)
        {
            return SeqOrder(op, ta.Items, ta.Items.Length, tb.Items, tb.Items.Length, depth);
        }
        throw TypeError($"'{CmpSymbols[(int)op]}' not supported between instances of '{TypeName(a)}' and '{TypeName(b)}'");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SeqOrder(CmpOp op, Value[] a, int na, Value[] b, int nb, int depth)
    {
        GuardDepth(depth, "in comparison");
        int n = Math.Min(na, nb);
        for (int i = 0; i < n; i++)
        {
            if (Is(a[i], b[i]) || Eq(a[i], b[i], depth + 1))
            {
                continue;
            }
            return Order(op, a[i], b[i], depth + 1);
        }
        return na.CompareTo(nb);
    }

    /// <summary>Orders for sorting: like &lt;, throwing TypeError for unorderable pairs.</summary>
    public static int SortCompare(Value a, Value b)
    {
        int c = Order(CmpOp.Lt, a, b, 0);
        return c == int.MinValue ? 0 : c;
    }

    public static bool Contains(Value container, Value item)
    {
        switch (container.Obj)
        {
            case string s:
                if (item.Obj is string sub)
                {
                    return s.Contains(sub, StringComparison.Ordinal);
                }
                throw TypeError($"'in <string>' requires string as left operand, not {TypeName(item)}");
            case PyList l:
                for (int i = 0; i < l.Count; i++)
                {
                    if (Is(l.Items[i], item) || Eq(l.Items[i], item))
                    {
                        return true;
                    }
                }
                return false;
            case PyTuple t:
                foreach (var x in t.Items)
                {
                    if (Is(x, item) || Eq(x, item))
                    {
                        return true;
                    }
                }
                return false;
            case PyDict d:
                return d.ContainsKey(item);
            case DictView dv:
                if (dv.Kind == 0)
                {
                    return dv.Dict.ContainsKey(item);
                }
                for (int i = 0; i < dv.Dict.Used; i++)
                {
                    if (dv.Dict.Keys[i].IsUnbound)
                    {
                        continue;
                    }
                    Value x = dv.Kind == 1 ? dv.Dict.Vals[i] : new Value(new PyTuple(new[] { dv.Dict.Keys[i], dv.Dict.Vals[i] }));
                    if (Eq(x, item))
                    {
                        return true;
                    }
                }
                return false;
            case PyRange r:
                if (item.IsInt || item.IsBool)
                {
                    long v = item.Bits;
                    long n = r.Length;
                    if (n == 0)
                    {
                        return false;
                    }
                    if (r.Step > 0 ? (v < r.Start || v >= r.Stop) : (v > r.Start || v <= r.Stop))
                    {
                        return false;
                    }
                    return (v - r.Start) % r.Step == 0;
                }
                if (item.IsFloat)
                {
                    double d = item.Float;
                    return Math.Floor(d) == d && d >= -9.2e18 && d <= 9.2e18 && Contains(container, Value.Int((long)d));
                }
                return false;
            default:
                throw TypeError($"argument of type '{TypeName(container)}' is not iterable");
        }
    }
}
