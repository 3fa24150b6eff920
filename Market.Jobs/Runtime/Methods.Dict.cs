using System;
using System.Runtime.CompilerServices;

namespace Market.Jobs.Runtime;

/// <summary>dict methods.</summary>
internal static partial class Methods
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Value DictMethod(Vm vm, PyDict d, string name, ReadOnlySpan<Value> a, string[]? kn, ReadOnlySpan<Value> kv)
    {
        if (name != "update")
        {
            Builtins.NoKeywords(name, kn);
        }
        switch (name)
        {
            case "get":
                Builtins.Arity("get", a, 1, 2, kn);
                return d.TryGet(a[0], out Value v) ? v : a.Length > 1 ? a[1] : Value.None;
            case "keys":
                Builtins.Arity("dict.keys", a, 0, 0, kn);
                return new Value(new DictView(d, 0));
            case "values":
                Builtins.Arity("dict.values", a, 0, 0, kn);
                return new Value(new DictView(d, 1));
            case "items":
                Builtins.Arity("dict.items", a, 0, 0, kn);
                return new Value(new DictView(d, 2));
            case "pop":
                Builtins.Arity("pop", a, 1, 2, kn);
                if (d.Remove(a[0], out Value removed))
                {
                    return removed;
                }
                if (a.Length > 1)
                {
                    return a[1];
                }
                throw new PyError(new PyException(ExcType.KeyError, new[] { a[0] }));
            case "popitem":
            {
                Builtins.Arity("popitem", a, 0, 0, kn);
                for (int i = d.Used - 1; i >= 0; i--)
                {
                    if (!d.Keys[i].IsUnbound)
                    {
                        Value k = d.Keys[i];
                        d.Remove(k, out Value val);
                        return new Value(new PyTuple(new[] { k, val }));
                    }
                }
                throw PyError.Of(ExcType.KeyError, "popitem(): dictionary is empty");
            }
            case "setdefault":
                Builtins.Arity("setdefault", a, 1, 2, kn);
                if (d.TryGet(a[0], out Value existing))
                {
                    return existing;
                }
                vm.Charge(48);
                d.Set(a[0], a.Length > 1 ? a[1] : Value.None);
                return a.Length > 1 ? a[1] : Value.None;
            case "update":
                if (a.Length > 1)
                {
                    throw Ops.TypeError($"update expected at most 1 argument, got {a.Length}");
                }
                if (a.Length == 1)
                {
                    Builtins.DictUpdate(vm, d, a[0]);
                }
                for (int i = 0; kn != null && i < kn.Length; i++)
                {
                    d.Set(new Value(kn[i]), kv[i]);
                }
                vm.Charge(48L * d.Count);
                return Value.None;
            case "copy":
            {
                Builtins.Arity("dict.copy", a, 0, 0, kn);
                var c = new PyDict();
                Builtins.DictUpdate(vm, c, new Value(d));
                vm.Charge(48L * c.Count + 64);
                return new Value(c);
            }
            case "clear":
                Builtins.Arity("dict.clear", a, 0, 0, kn);
                d.Clear();
                return Value.None;
        }
        throw PyError.Of(ExcType.AttributeError, $"'dict' object has no attribute '{name}'");
    }
}
