using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text;

namespace Market.Jobs.Runtime;

/// <summary>The built-in functions.</summary>
internal static partial class Builtins
{
    private static Dictionary<string, Value> BuildTable()
    {
        var t = new Dictionary<string, Value>();
        foreach (var (name, exc) in ExcType.ByName)
        {
            t[name] = new Value(exc);
        }
        Add(t, "print", Print);
        Add(t, "len", (vm, a, kn, kv) =>
        {
            Arity("len", a, 1, 1, kn);
            return Value.Int(Len(a[0]));
        });
        Add(t, "repr", (vm, a, kn, kv) =>
        {
            Arity("repr", a, 1, 1, kn);
            string s = Ops.Repr(a[0]);
            vm.Charge(2L * s.Length + 24);
            return new Value(s);
        });
        Add(t, "ascii", (vm, a, kn, kv) =>
        {
            Arity("ascii", a, 1, 1, kn);
            return new Value(Ascii(Ops.Repr(a[0])));
        });
        Add(t, "abs", (vm, a, kn, kv) =>
        {
            Arity("abs", a, 1, 1, kn);
            Value v = a[0];
            if (v.IsFloat)
            {
                return Value.FromDouble(Math.Abs(v.Float));
            }
            if (v.IsIntegral)
            {
                return v.AsBig.Sign < 0 ? Ops.Unary(0, v) : Ops.Unary(1, v);
            }
            throw Ops.TypeError($"bad operand type for abs(): '{Ops.TypeName(v)}'");
        });
        Add(t, "min", (vm, a, kn, kv) => MinMax(vm, a, kn, kv, false));
        Add(t, "max", (vm, a, kn, kv) => MinMax(vm, a, kn, kv, true));
        Add(t, "sum", Sum);
        Add(t, "sorted", (vm, a, kn, kv) =>
        {
            Arity("sorted", a, 1, 1, null);
            Value key = Kw("sorted", kn, kv, "key", Value.None, "reverse");
            bool reverse = Ops.Truthy(Kw("sorted", kn, kv, "reverse", Value.False, "key"));
            var list = ToList(vm, a[0]);
            if (key.IsNone)
            {
                Sorting.Sort(list.Items, list.Count, reverse);
                return new Value(list);
            }
            vm.PendingCall = (vm.GlobalByName("__p_sorted"), new[] { new Value(list), key, Value.Bool(reverse) }, null, null);
            return Value.None;
        });
        Add(t, "__apply", (vm, a, kn, kv) =>
        {
            var names = ((PyTuple)a[2].Obj!).Items;
            var kwNames = new string[names.Length];
            for (int i = 0; i < names.Length; i++)
            {
                kwNames[i] = (string)names[i].Obj!;
            }
            vm.PendingCall = (a[0], ((PyList)a[1].Obj!).ToArray(), kwNames.Length == 0 ? null : kwNames, ((PyList)a[3].Obj!).ToArray());
            return Value.None;
        });
        Add(t, "__sort_by_keys", (vm, a, kn, kv) =>
        {
            var list = (PyList)a[0].Obj!;
            var keys = (PyList)a[1].Obj!;
            if (keys.Count != list.Count)
            {
                throw Ops.ValueError("list modified during sort");
            }
            var idx = new int[list.Count];
            for (int i = 0; i < idx.Length; i++)
            {
                idx[i] = i;
            }
            Sorting.SortIndices(idx, keys.Items, Ops.Truthy(a[2]));
            var items = list.ToArray();
            for (int i = 0; i < idx.Length; i++)
            {
                list.Items[i] = items[idx[i]];
            }
            return Value.None;
        });
        Add(t, "reversed", (vm, a, kn, kv) =>
        {
            Arity("reversed", a, 1, 1, kn);
            switch (a[0].Obj)
            {
                case PyRange r:
                {
                    long n = r.Length;
                    return new Value(new SeqIter(new PyRange(r.Start + (n - 1) * r.Step, r.Start - r.Step, -r.Step)));
                }
                case PyList or PyTuple or string:
                {
                    var l = ToList(vm, a[0]);
                    Array.Reverse(l.Items, 0, l.Count);
                    return new Value(new SeqIter(l));
                }
                case PyDict d:
                {
                    var l = ToList(vm, a[0]);
                    Array.Reverse(l.Items, 0, l.Count);
                    return new Value(new SeqIter(l));
                }
                default:
                    throw Ops.TypeError($"'{Ops.TypeName(a[0])}' object is not reversible");
            }
        });
        Add(t, "enumerate", (vm, a, kn, kv) =>
        {
            Value start = Kw("enumerate", kn, kv, "start", a.Length > 1 ? a[1] : Value.Int(0));
            if (a.Length < 1 || a.Length > 2)
            {
                throw Ops.TypeError($"enumerate() takes at most 2 arguments ({a.Length} given)");
            }
            if (!start.IsIntegral)
            {
                throw Ops.TypeError($"'{Ops.TypeName(start)}' object cannot be interpreted as an integer");
            }
            if (a[0].Obj is PyGenerator eg && !eg.Finished)
            {
                throw new NeedsDrain(eg);
            }
            return new Value(new EnumerateIter(Iteration.GetIter(vm, a[0]), start.IsBool ? Value.Int(start.Bits) : start));
        });
        Add(t, "zip", (vm, a, kn, kv) =>
        {
            Kw("zip", kn, kv, "strict", Value.False);
            var its = new Value[a.Length];
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i].Obj is PyGenerator zg && !zg.Finished)
                {
                    throw new NeedsDrain(zg);
                }
                its[i] = Iteration.GetIter(vm, a[i]);
            }
            return new Value(new ZipIter(its));
        });
        Add(t, "iter", (vm, a, kn, kv) =>
        {
            Arity("iter", a, 1, 1, kn);
            return Iteration.GetIter(vm, a[0]);
        });
        Add(t, "next", (vm, a, kn, kv) =>
        {
            Arity("next", a, 1, 2, kn);
            if (a[0].Obj is PyGenerator)
            {
                return vm.TailCall("__p_next", a[0], a.Length == 2 ? a[1] : Value.None, Value.Bool(a.Length == 2));
            }
            if (a[0].Obj is not (SeqIter or DictIter or EnumerateIter or ZipIter))
            {
                throw Ops.TypeError($"'{Ops.TypeName(a[0])}' object is not an iterator");
            }
            if (Iteration.Next(vm, a[0], out Value item))
            {
                return item;
            }
            if (a.Length == 2)
            {
                return a[1];
            }
            throw new PyError(new PyException(ExcType.StopIteration, Array.Empty<Value>()));
        });
        Add(t, "map", (vm, a, kn, kv) =>
        {
            NoKeywords("map", kn);
            if (a.Length < 2)
            {
                throw Ops.TypeError("map() must have at least two arguments.");
            }
            if (a.Length > 4)
            {
                throw Ops.TypeError("map() with more than three iterables is not supported in this job language");
            }
            string helper = a.Length switch { 2 => "__p_map1", 3 => "__p_map2", _ => "__p_map3" };
            vm.PendingCall = (vm.GlobalByName(helper), a.ToArray(), null, null);
            return Value.None;
        });
        Add(t, "filter", (vm, a, kn, kv) =>
        {
            Arity("filter", a, 2, 2, kn);
            vm.PendingCall = (vm.GlobalByName("__p_filter"), a.ToArray(), null, null);
            return Value.None;
        });
        Add(t, "any", (vm, a, kn, kv) => AnyAll(vm, a, kn, any: true));
        Add(t, "all", (vm, a, kn, kv) => AnyAll(vm, a, kn, any: false));
        Add(t, "isinstance", (vm, a, kn, kv) =>
        {
            Arity("isinstance", a, 2, 2, kn);
            return Value.Bool(IsInstance(a[0], a[1]));
        });
        Add(t, "callable", (vm, a, kn, kv) =>
        {
            Arity("callable", a, 1, 1, kn);
            return Value.Bool(a[0].Obj is PyFunction or BuiltinFunction or BoundMethod or ExcType);
        });
        Add(t, "divmod", (vm, a, kn, kv) =>
        {
            Arity("divmod", a, 2, 2, kn);
            if (a[0].IsFloat || a[1].IsFloat)
            {
                if (a[0].IsNumber && a[1].IsNumber && Ops.ToDouble(a[1]) == 0)
                {
                    throw PyError.Of(ExcType.ZeroDivisionError, "float divmod()");
                }
            }
            return new Value(new PyTuple(new[] { Ops.Binary(BinOp.FloorDiv, a[0], a[1], vm), Ops.Binary(BinOp.Mod, a[0], a[1], vm) }));
        });
        Add(t, "pow", (vm, a, kn, kv) =>
        {
            Arity("pow", a, 2, 3, kn);
            if (a.Length == 3 && !a[2].IsNone)
            {
                BigInteger m = ToBigInt(a[2], "pow");
                if (m.IsZero)
                {
                    throw Ops.ValueError("pow() 3rd argument cannot be 0");
                }
                BigInteger b = ToBigInt(a[0], "pow"), e = ToBigInt(a[1], "pow");
                if (e.Sign < 0)
                {
                    b = ModInverse(b, m);
                    e = -e;
                }
                BigInteger r = BigInteger.ModPow(b, e, BigInteger.Abs(m));
                if (!r.IsZero && (r.Sign < 0) != (m.Sign < 0))
                {
                    r += m;
                }
                return Value.Big(r);
            }
            return Ops.Binary(BinOp.Pow, a[0], a[1], vm);
        });
        Add(t, "round", Round);
        Add(t, "chr", (vm, a, kn, kv) =>
        {
            Arity("chr", a, 1, 1, kn);
            long c = Ops.ToIndex(a[0]);
            if (c < 0 || c > 0x10FFFF)
            {
                throw Ops.ValueError("chr() arg not in range(0x110000)");
            }
            return new Value(c >= 0xD800 && c <= 0xDFFF ? ((char)c).ToString() : char.ConvertFromUtf32((int)c));
        });
        Add(t, "ord", (vm, a, kn, kv) =>
        {
            Arity("ord", a, 1, 1, kn);
            if (a[0].Obj is not string s)
            {
                throw Ops.TypeError($"ord() expected string of length 1, but {Ops.TypeName(a[0])} found");
            }
            if (s.Length == 2 && char.IsSurrogatePair(s[0], s[1]))
            {
                return Value.Int(char.ConvertToUtf32(s[0], s[1]));
            }
            if (s.Length != 1)
            {
                throw Ops.TypeError($"ord() expected a character, but string of length {s.Length} found");
            }
            return Value.Int(s[0]);
        });
        Add(t, "hex", (vm, a, kn, kv) => RadixString(a, kn, 16, "0x"));
        Add(t, "oct", (vm, a, kn, kv) => RadixString(a, kn, 8, "0o"));
        Add(t, "bin", (vm, a, kn, kv) => RadixString(a, kn, 2, "0b"));
        Add(t, "format", (vm, a, kn, kv) =>
        {
            Arity("format", a, 1, 2, kn);
            return new Value(Ops.Format(a[0], a.Length > 1 ? (string)a[1].Obj! : ""));
        });
        Add(t, "hash", (vm, a, kn, kv) =>
        {
            Arity("hash", a, 1, 1, kn);
            if (a[0].IsIntegral)
            {
                return a[0].IsBool ? Value.Int(a[0].Bits) : a[0];
            }
            return Value.Int(Ops.Hash(a[0]));
        });
        Add(t, "type", (vm, a, kn, kv) =>
        {
            Arity("type", a, 1, 1, kn);
            return TypeOf(a[0]);
        });
        AddTypes(t);
        return t;
    }
}
