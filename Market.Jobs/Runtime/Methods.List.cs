using System;
using System.Runtime.CompilerServices;

namespace Market.Jobs.Runtime;

/// <summary>list methods.</summary>
internal static partial class Methods
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Value ListMethod(Vm vm, PyList l, string name, ReadOnlySpan<Value> a, string[]? kn, ReadOnlySpan<Value> kv)
    {
        if (name != "sort")
        {
            Builtins.NoKeywords(name, kn);
        }
        switch (name)
        {
            case "append":
                Builtins.Arity("list.append", a, 1, 1, kn);
                vm.Charge(16);
                l.Add(a[0]);
                return Value.None;
            case "extend":
                Builtins.Arity("list.extend", a, 1, 1, kn);
                Builtins.ExtendList(vm, l, a[0]);
                return Value.None;
            case "insert":
            {
                Builtins.Arity("insert", a, 2, 2, kn);
                long i = Ops.ToIndex(a[0]);
                if (i < 0)
                {
                    i = Math.Max(0, i + l.Count);
                }
                i = Math.Min(i, l.Count);
                vm.Charge(16);
                l.Insert((int)i, a[1]);
                return Value.None;
            }
            case "pop":
            {
                Builtins.Arity("pop", a, 0, 1, kn);
                if (l.Count == 0)
                {
                    throw PyError.Of(ExcType.IndexError, "pop from empty list");
                }
                long i = a.Length == 0 ? l.Count - 1 : Ops.ToIndex(a[0]);
                if (i < 0)
                {
                    i += l.Count;
                }
                if (i < 0 || i >= l.Count)
                {
                    throw PyError.Of(ExcType.IndexError, "pop index out of range");
                }
                Value v = l.Items[i];
                l.RemoveAt((int)i);
                return v;
            }
            case "remove":
            {
                Builtins.Arity("list.remove", a, 1, 1, kn);
                for (int i = 0; i < l.Count; i++)
                {
                    if (Ops.Is(l.Items[i], a[0]) || Ops.Eq(l.Items[i], a[0]))
                    {
                        l.RemoveAt(i);
                        return Value.None;
                    }
                }
                throw Ops.ValueError("list.remove(x): x not in list");
            }
            case "index":
                return Value.Int(IndexIn(l.Items, l.Count, a, $"{Ops.Repr(a.Length > 0 ? a[0] : Value.None)} is not in list"));
            case "count":
                Builtins.Arity("list.count", a, 1, 1, kn);
                return Value.Int(CountIn(l.Items, l.Count, a[0]));
            case "reverse":
                Builtins.Arity("list.reverse", a, 0, 0, kn);
                Array.Reverse(l.Items, 0, l.Count);
                return Value.None;
            case "copy":
                Builtins.Arity("list.copy", a, 0, 0, kn);
                return new Value(Builtins.ToList(vm, new Value(l)));
            case "clear":
                Builtins.Arity("list.clear", a, 0, 0, kn);
                Array.Clear(l.Items);
                l.Count = 0;
                return Value.None;
            case "sort":
            {
                if (a.Length > 0)
                {
                    throw Ops.TypeError("sort() takes no positional arguments");
                }
                Value key = Builtins.Kw("sort", kn, kv, "key", Value.None, "reverse");
                bool reverse = Ops.Truthy(Builtins.Kw("sort", kn, kv, "reverse", Value.False, "key"));
                if (key.IsNone)
                {
                    Sorting.Sort(l.Items, l.Count, reverse);
                    return Value.None;
                }
                vm.PendingCall = (vm.GlobalByName("__p_sort"), new[] { new Value(l), key, Value.Bool(reverse) }, null, null);
                return Value.None;
            }
        }
        throw PyError.Of(ExcType.AttributeError, $"'list' object has no attribute '{name}'");
    }
}
