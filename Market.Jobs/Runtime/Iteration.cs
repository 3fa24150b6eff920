using System;
using System.Runtime.CompilerServices;

namespace Market.Jobs.Runtime;

/// <summary>iter(), next() and unpacking for every iterable kind.</summary>
internal static class Iteration
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Value GetIter(Vm vm, Value v)
    {
        switch (v.Obj)
        {
            case PyList or PyTuple or string or PyRange:
                return new Value(new SeqIter(v.Obj));
            case PyDict d:
                return new Value(new DictIter(d, 0, 0, d.Count));
            case DictView dv:
                return new Value(new DictIter(dv.Dict, dv.Kind, 0, dv.Dict.Count));
            case SeqIter or DictIter or EnumerateIter or ZipIter or PyGenerator:
                return v;
            default:
                throw Ops.TypeError($"'{Ops.TypeName(v)}' object is not iterable");
        }
    }

    public static bool Next(Vm vm, Value iterator, out Value item) => Next(vm, iterator, out item, 0);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Next(Vm vm, Value iterator, out Value item, int depth)
    {
        switch (iterator.Obj)
        {
            case SeqIter s:
                switch (s.Seq)
                {
                    case PyList l:
                        if (s.Index < l.Count)
                        {
                            item = l.Items[s.Index++];
                            return true;
                        }
                        s.Index = long.MaxValue / 2;
                        break;
                    case PyTuple t:
                        if (s.Index < t.Items.Length)
                        {
                            item = t.Items[s.Index++];
                            return true;
                        }
                        break;
                    case string str:
                        if (s.Index < str.Length)
                        {
                            item = new Value(CharString(str[(int)s.Index++]));
                            return true;
                        }
                        break;
                    case PyRange r:
                        if (s.Index < r.Length)
                        {
                            item = Value.Int(r[s.Index++]);
                            return true;
                        }
                        break;
                }
                item = default;
                return false;
            case DictIter d:
            {
                if (d.Dict.Count != d.Size)
                {
                    d.Slot = int.MaxValue;
                    throw PyError.Of(ExcType.RuntimeError, "dictionary changed size during iteration");
                }
                int slot = d.Slot >= d.Dict.Used ? -1 : d.Dict.NextLive(d.Slot);
                if (slot < 0)
                {
                    d.Slot = int.MaxValue;
                    item = default;
                    return false;
                }
                d.Slot = slot + 1;
                item = d.Kind switch
                {
                    0 => d.Dict.Keys[slot],
                    1 => d.Dict.Vals[slot],
                    _ => new Value(new PyTuple(new[] { d.Dict.Keys[slot], d.Dict.Vals[slot] })),
                };
                return true;
            }
            case EnumerateIter e:
                Ops.GuardDepth(depth, "in an iterator chain");
                if (Next(vm, e.Inner, out Value inner, depth + 1))
                {
                    item = new Value(new PyTuple(new[] { e.Next, inner }));
                    e.Next = Ops.Binary(BinOp.Add, e.Next, Value.Int(1), vm);
                    return true;
                }
                item = default;
                return false;
            case ZipIter z:
            {
                if (z.Inners.Length == 0)
                {
                    item = default;
                    return false;
                }
                var items = new Value[z.Inners.Length];
                for (int i = 0; i < items.Length; i++)
                {
                    Ops.GuardDepth(depth, "in an iterator chain");
                    if (!Next(vm, z.Inners[i], out items[i], depth + 1))
                    {
                        item = default;
                        return false;
                    }
                }
                item = new Value(new PyTuple(items));
                return true;
            }
            case PyGenerator g:
                if (g.Finished)
                {
                    item = default;
                    return false;
                }
                throw new NeedsDrain(g);
            default:
                throw Ops.TypeError($"'{Ops.TypeName(iterator)}' object is not an iterator");
        }
    }

    private static readonly string[] Ascii = BuildAscii();

    private static string[] BuildAscii()
    {
        var a = new string[128];
        for (int i = 0; i < 128; i++)
        {
            a[i] = ((char)i).ToString();
        }
        return a;
    }

    public static string CharString(char c) => c < 128 ? Ascii[c] : c.ToString();

    /// <summary>Unpacks exactly <paramref name="n"/> items onto the stack, first item on top.</summary>
    public static void Unpack(Vm vm, Value seq, int n, Value[] stack, int sp)
    {
        Value[]? items = null;
        int count = 0;
        switch (seq.Obj)
        {
            case PyTuple t:
                items = t.Items;
                count = t.Items.Length;
                break;
            case PyList l:
                items = l.Items;
                count = l.Count;
                break;
        }
        if (items == null)
        {
            var list = Builtins.ToList(vm, seq);
            items = list.Items;
            count = list.Count;
        }
        if (count != n)
        {
            throw count > n
                ? Ops.ValueError($"too many values to unpack (expected {n})")
                : Ops.ValueError($"not enough values to unpack (expected {n}, got {count})");
        }
        for (int i = 0; i < n; i++)
        {
            stack[sp + i] = items[n - 1 - i];
        }
    }

    /// <summary>Reads a whole iterable into a new array (for natives).</summary>
    public static Value[] ToArray(Vm vm, Value v) => Builtins.ToList(vm, v).ToArray();
}
