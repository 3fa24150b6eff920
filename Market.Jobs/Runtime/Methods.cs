using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Market.Jobs.Runtime;

/// <summary>Methods of the built-in types (str, list, dict), dispatched by receiver type and name.</summary>
internal static partial class Methods
{
    private static readonly HashSet<string> StrMethods = new()
    {
        "join", "split", "rsplit", "strip", "lstrip", "rstrip", "lower", "upper", "capitalize", "title", "swapcase",
        "replace", "startswith", "endswith", "find", "rfind", "index", "rindex", "count", "rjust", "ljust", "center",
        "zfill", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "isdecimal", "isnumeric",
        "splitlines", "partition", "rpartition", "format", "removeprefix", "removesuffix", "istitle", "casefold",
    };

    private static readonly HashSet<string> ListMethods = new()
    {
        "append", "extend", "insert", "pop", "remove", "index", "count", "reverse", "sort", "copy", "clear",
    };

    private static readonly HashSet<string> DictMethods = new()
    {
        "get", "keys", "values", "items", "pop", "setdefault", "update", "copy", "clear", "popitem",
    };

    private static readonly HashSet<string> TupleMethods = new() { "index", "count" };

    private static readonly HashSet<string> IntMethods = new() { "bit_length", "conjugate" };

    private static readonly HashSet<string> FloatMethods = new() { "is_integer", "conjugate" };

    public static bool Has(string type, string name) => type switch
    {
        "str" => StrMethods.Contains(name),
        "list" => ListMethods.Contains(name),
        "dict" => DictMethods.Contains(name),
        "tuple" => TupleMethods.Contains(name),
        "int" or "bool" => IntMethods.Contains(name),
        "float" => FloatMethods.Contains(name),
        _ => false,
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Value Call(Vm vm, Value self, string name, ReadOnlySpan<Value> a, string[]? kn, ReadOnlySpan<Value> kv, string? expectedType = null)
    {
        if (expectedType != null)
        {
            string actual = Ops.TypeName(self);
            if (actual != expectedType && !(expectedType == "int" && self.IsIntegral))
            {
                throw Ops.TypeError($"descriptor '{name}' for '{expectedType}' objects doesn't apply to a '{actual}' object");
            }
        }
        switch (self.Obj)
        {
            case string s:
                return StrMethod(vm, s, name, a, kn, kv);
            case PyList l:
                return ListMethod(vm, l, name, a, kn, kv);
            case PyDict d:
                return DictMethod(vm, d, name, a, kn, kv);
            case PyTuple t:
                Builtins.NoKeywords(name, kn);
                if (name == "count")
                {
                    Builtins.Arity("count", a, 1, 1, kn);
                    return Value.Int(CountIn(t.Items, t.Items.Length, a[0]));
                }
                if (name == "index")
                {
                    return Value.Int(IndexIn(t.Items, t.Items.Length, a, "tuple.index(x): x not in tuple"));
                }
                break;
        }
        if (self.IsIntegral && name == "bit_length")
        {
            return Value.Int((long)System.Numerics.BigInteger.Abs(self.AsBig).GetBitLength());
        }
        if (self.IsNumber && name == "conjugate")
        {
            return self.IsBool ? Value.Int(self.Bits) : self;
        }
        if (self.IsFloat && name == "is_integer")
        {
            double d = self.Float;
            return Value.Bool(!double.IsInfinity(d) && Math.Floor(d) == d);
        }
        throw PyError.Of(ExcType.AttributeError, $"'{Ops.TypeName(self)}' object has no attribute '{name}'");
    }

    public static long CountIn(Value[] items, int n, Value x)
    {
        long c = 0;
        for (int i = 0; i < n; i++)
        {
            if (Ops.Is(items[i], x) || Ops.Eq(items[i], x))
            {
                c++;
            }
        }
        return c;
    }

    public static int IndexIn(Value[] items, int n, ReadOnlySpan<Value> a, string notFound)
    {
        if (a.Length < 1 || a.Length > 3)
        {
            throw Ops.TypeError($"index expected at least 1 argument, got {a.Length}");
        }
        int start = 0, stop = n;
        if (a.Length > 1)
        {
            start = (int)Math.Clamp(Adjust(Ops.ToIndex(a[1]), n), 0, n);
        }
        if (a.Length > 2)
        {
            stop = (int)Math.Clamp(Adjust(Ops.ToIndex(a[2]), n), 0, n);
        }
        for (int i = start; i < stop; i++)
        {
            if (Ops.Is(items[i], a[0]) || Ops.Eq(items[i], a[0]))
            {
                return i;
            }
        }
        throw Ops.ValueError(notFound);
    }

    private static long Adjust(long i, long n) => i < 0 ? i + n : i;
}
