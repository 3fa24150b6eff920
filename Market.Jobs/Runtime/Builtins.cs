using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Market.Jobs.Runtime;

/// <summary>The built-in namespace: registry and argument helpers (functions live in the other partial files).</summary>
internal static partial class Builtins
{
    private static readonly Dictionary<string, Value> Table = BuildTable();

    /// <summary>Every name the compiler accepts as a builtin.</summary>
    public static readonly HashSet<string> Names = new(Table.Keys);

    public static Value Lookup(string name) => Table.TryGetValue(name, out var v) ? v : default;

    /// <summary>Every built-in function value, by its serialized name.</summary>
    public static Dictionary<string, BuiltinFunction> AllFunctions()
    {
        var all = new Dictionary<string, BuiltinFunction>();
        foreach (var v in Table.Values)
        {
            if (v.Obj is BuiltinFunction f)
            {
                all[f.Name] = f;
            }
        }
        foreach (var f in MathModule.Functions)
        {
            all[f.Name] = f;
        }
        return all;
    }

    private static void Add(Dictionary<string, Value> t, string name, NativeFn fn, bool isType = false) =>
        t[name] = new Value(new BuiltinFunction(name, fn, isType));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Arity(string name, ReadOnlySpan<Value> args, int min, int max, string[]? kwNames)
    {
        NoKeywords(name, kwNames);
        if (args.Length < min || args.Length > max)
        {
            if (min == max)
            {
                throw Ops.TypeError(min == 1
                    ? $"{name}() takes exactly one argument ({args.Length} given)"
                    : $"{name} expected {min} arguments, got {args.Length}");
            }
            throw Ops.TypeError(args.Length < min
                ? $"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {args.Length}"
                : $"{name} expected at most {max} arguments, got {args.Length}");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void NoKeywords(string name, string[]? kwNames)
    {
        if (kwNames != null && kwNames.Length > 0)
        {
            throw Ops.TypeError($"{name}() takes no keyword arguments");
        }
    }

    /// <summary>Reads allowed keyword arguments into a lookup; unknown names are a TypeError.</summary>
    public static Value Kw(string fname, string[]? kwNames, ReadOnlySpan<Value> kwValues, string name, Value dflt, params string[] allowed)
    {
        Value result = dflt;
        if (kwNames == null)
        {
            return result;
        }
        for (int i = 0; i < kwNames.Length; i++)
        {
            if (kwNames[i] == name)
            {
                result = kwValues[i];
            }
            else if (Array.IndexOf(allowed, kwNames[i]) < 0)
            {
                throw Ops.TypeError($"'{kwNames[i]}' is an invalid keyword argument for {fname}()");
            }
        }
        return result;
    }

    public static double ToFloat(Value v, string fname)
    {
        if (v.IsFloat)
        {
            return v.Float;
        }
        if (v.IsIntegral)
        {
            return Ops.ToDouble(v);
        }
        throw Ops.TypeError($"must be real number, not {Ops.TypeName(v)}");
    }

    public static BigInteger ToBigInt(Value v, string fname)
    {
        if (v.IsIntegral)
        {
            return v.AsBig;
        }
        throw Ops.TypeError($"'{Ops.TypeName(v)}' object cannot be interpreted as an integer");
    }

    /// <summary>Materializes any iterable as a new list.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PyList ToList(Vm vm, Value v)
    {
        switch (v.Obj)
        {
            case PyList l:
                vm.Charge(16L * l.Count + 32);
                return new PyList(l.ToArray(), l.Count);
            case PyTuple t:
                vm.Charge(16L * t.Items.Length + 32);
                return new PyList((Value[])t.Items.Clone(), t.Items.Length);
            case PyRange r:
            {
                long n = r.Length;
                vm.Charge(16 * n + 32);
                var items = new Value[n];
                for (long i = 0; i < n; i++)
                {
                    items[i] = Value.Int(r[i]);
                }
                return new PyList(items, (int)n);
            }
            case string s:
            {
                vm.Charge(40L * s.Length + 32);
                var items = new Value[s.Length];
                for (int i = 0; i < s.Length; i++)
                {
                    items[i] = new Value(Iteration.CharString(s[i]));
                }
                return new PyList(items, s.Length);
            }
        }
        Value it = Iteration.GetIter(vm, v);
        var list = new PyList();
        while (Iteration.Next(vm, it, out Value item))
        {
            vm.Charge(16);
            list.Add(item);
        }
        return list;
    }

    public static void ExtendList(Vm vm, PyList l, Value other)
    {
        if (other.Obj is PyList ol)
        {
            vm.Charge(16L * ol.Count);
            int n = ol.Count;
            if (l.Count + n > l.Items.Length)
            {
                l.Grow(l.Count + n);
            }
            Array.Copy(ol.Items, 0, l.Items, l.Count, n);
            l.Count += n;
            return;
        }
        var items = ToList(vm, other);
        if (l.Count + items.Count > l.Items.Length)
        {
            l.Grow(l.Count + items.Count);
        }
        Array.Copy(items.Items, 0, l.Items, l.Count, items.Count);
        l.Count += items.Count;
    }

    public static void RepeatInPlace(Vm vm, PyList l, Value count)
    {
        var r = (PyList)Ops.Binary(BinOp.Mul, new Value(l), count, vm).Obj!;
        l.Items = r.Items;
        l.Count = r.Count;
    }

    public static string Ascii(string repr)
    {
        var sb = new StringBuilder();
        foreach (char c in repr)
        {
            if (c < 128)
            {
                sb.Append(c);
            }
            else if (c < 256)
            {
                sb.Append("\\x").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }

    public static string TypeNameOfType(Value t) => t.Obj switch
    {
        BuiltinFunction { IsType: true } b => b.Name,
        ExcType e => e.Name,
        _ => throw Ops.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union"),
    };
}
