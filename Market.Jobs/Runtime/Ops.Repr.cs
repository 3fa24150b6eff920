using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Market.Jobs.Runtime;

/// <summary>repr() and str() exactly as CPython prints them.</summary>
internal static partial class Ops
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Repr(Value v)
    {
        switch (v.Obj)
        {
            case Tag:
                return ScalarRepr(v);
            case string s:
                return StrRepr(s);
            case PyBigInt b:
                return BigToString(b);
            default:
                var sb = new StringBuilder();
                Repr(v, sb, new List<object>(), 0);
                return sb.ToString();
        }
    }

    public static string Str(Value v) => Str(v, 0);

    private static string Str(Value v, int depth)
    {
        switch (v.Obj)
        {
            case string s:
                return s;
            case PyException e:
                return ExceptionStr(e, depth);
            default:
                return Repr(v);
        }
    }

    public static string ExceptionStr(PyException e) => ExceptionStr(e, 0);

    private static string ExceptionStr(PyException e, int depth)
    {
        GuardDepth(depth, "while getting the str of an object");
        if (e.Args.Length == 0)
        {
            return "";
        }
        if (e.Args.Length == 1)
        {
            return e.Type == ExcType.KeyError ? Repr(e.Args[0]) : Str(e.Args[0], depth + 1);
        }
        return Repr(new Value(new PyTuple(e.Args)));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string ScalarRepr(Value v)
    {
        if (v.IsInt)
        {
            return v.Bits.ToString(CultureInfo.InvariantCulture);
        }
        if (v.IsFloat)
        {
            return FloatFormat.Repr(v.Float);
        }
        if (v.IsBool)
        {
            return v.Bits != 0 ? "True" : "False";
        }
        return "None";
    }

    private static void Repr(Value v, StringBuilder sb, List<object> active, int depth)
    {
        GuardDepth(depth, "while getting the repr of an object");
        switch (v.Obj)
        {
            case Tag:
                sb.Append(ScalarRepr(v));
                return;
            case string s:
                sb.Append(StrRepr(s));
                return;
            case PyBigInt b:
                sb.Append(BigToString(b));
                return;
            case PyList l:
                if (Enter(v.Obj, active, sb, "[...]", depth))
                {
                    sb.Append('[');
                    ReprItems(l.Span, sb, active, depth);
                    sb.Append(']');
                    active.RemoveAt(active.Count - 1);
                }
                return;
            case PyTuple t:
                if (Enter(v.Obj, active, sb, "(...)", depth))
                {
                    sb.Append('(');
                    ReprItems(t.Items, sb, active, depth);
                    sb.Append(t.Items.Length == 1 ? ",)" : ")");
                    active.RemoveAt(active.Count - 1);
                }
                return;
            case PyDict d:
                if (Enter(v.Obj, active, sb, "{...}", depth))
                {
                    sb.Append('{');
                    bool first = true;
                    for (int i = 0; i < d.Used; i++)
                    {
                        if (d.Keys[i].IsUnbound)
                        {
                            continue;
                        }
                        if (!first)
                        {
                            sb.Append(", ");
                        }
                        first = false;
                        Repr(d.Keys[i], sb, active, depth + 1);
                        sb.Append(": ");
                        Repr(d.Vals[i], sb, active, depth + 1);
                    }
                    sb.Append('}');
                    active.RemoveAt(active.Count - 1);
                }
                return;
            case DictView dv:
                sb.Append(TypeName(v)).Append('(');
                var items = new PyList();
                for (int i = 0; i < dv.Dict.Used; i++)
                {
                    if (!dv.Dict.Keys[i].IsUnbound)
                    {
                        items.Add(dv.Kind == 0 ? dv.Dict.Keys[i] : dv.Kind == 1 ? dv.Dict.Vals[i] : new Value(new PyTuple(new[] { dv.Dict.Keys[i], dv.Dict.Vals[i] })));
                    }
                }
                Repr(new Value(items), sb, active, depth + 1);
                sb.Append(')');
                return;
            case PyRange r:
                sb.Append("range(").Append(r.Start.ToString(CultureInfo.InvariantCulture)).Append(", ").Append(r.Stop.ToString(CultureInfo.InvariantCulture));
                if (r.Step != 1)
                {
                    sb.Append(", ").Append(r.Step.ToString(CultureInfo.InvariantCulture));
                }
                sb.Append(')');
                return;
            case PyException e:
                sb.Append(e.Type.Name).Append('(');
                for (int i = 0; i < e.Args.Length; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }
                    Repr(e.Args[i], sb, active, depth + 1);
                }
                sb.Append(')');
                return;
            case PyFunction f:
                sb.Append("<function ").Append(f.Code.Name).Append('>');
                return;
            case BuiltinFunction b:
                sb.Append(b.IsType ? $"<class '{b.Name}'>" : $"<built-in function {b.Name}>");
                return;
            case BoundMethod m:
                sb.Append(m.Self.IsUnbound ? $"<method '{m.Name}' of '{m.TypeName}' objects>" : $"<built-in method {m.Name} of {m.TypeName} object>");
                return;
            case ExcType et:
                sb.Append("<class '").Append(et.Name).Append("'>");
                return;
            case PyModule:
                sb.Append("<module 'math' (built-in)>");
                return;
            case PySlice sl:
                sb.Append("slice(");
                Repr(sl.Start, sb, active, depth + 1);
                sb.Append(", ");
                Repr(sl.Stop, sb, active, depth + 1);
                sb.Append(", ");
                Repr(sl.Step, sb, active, depth + 1);
                sb.Append(')');
                return;
            default:
                sb.Append('<').Append(TypeName(v)).Append(" object>");
                return;
        }
    }

    private static bool Enter(object o, List<object> active, StringBuilder sb, string cycle, int depth)
    {
        foreach (object a in active)
        {
            if (ReferenceEquals(a, o))
            {
                sb.Append(cycle);
                return false;
            }
        }
        GuardDepth(depth, "while getting the repr of an object");
        active.Add(o);
        return true;
    }

    /// <summary>The items of a list or tuple, comma-separated.</summary>
    private static void ReprItems(ReadOnlySpan<Value> items, StringBuilder sb, List<object> active, int depth)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            Repr(items[i], sb, active, depth + 1);
        }
    }

    public static string BigToString(PyBigInt b)
    {
        if (BigArith.BitLength(false, b.Magnitude) > 14000)
        {
            throw ValueError("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        return BigArith.ToDecimal(b);
    }

    public static string BigToString(System.Numerics.BigInteger v)
    {
        if (System.Numerics.BigInteger.Abs(v).GetBitLength() > 14000)
        {
            throw ValueError("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        return v.ToString(CultureInfo.InvariantCulture);
    }

    public static string StrRepr(string s)
    {
        bool hasSingle = s.Contains('\'');
        bool hasDouble = s.Contains('"');
        char q = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(q);
        foreach (char c in s)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c == q)
                    {
                        sb.Append('\\').Append(c);
                    }
                    else if (c < 0x20 || c == 0x7f)
                    {
                        sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else if ((c >= 0x80 && c < 0xa0) || c == 0xad)
                    {
                        sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsSurrogate(c) || !IsPrintable(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        sb.Append(q);
        return sb.ToString();
    }

    private static bool IsPrintable(char c)
    {
        var cat = char.GetUnicodeCategory(c);
        return cat is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse
            or UnicodeCategory.SpaceSeparator) || c == ' ';
    }
}
