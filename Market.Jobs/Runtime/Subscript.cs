using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace Market.Jobs.Runtime;

/// <summary>Indexing, slicing, item assignment and deletion.</summary>
internal static class Subscript
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Value Get(Vm vm, Value obj, Value index)
    {
        switch (obj.Obj)
        {
            case PyList l:
                if (index.Obj is PySlice ls)
                {
                    return ListSlice(vm, l, ls.Start, ls.Stop, ls.Step);
                }
                return l.Items[Index(index, l.Count, "list")];
            case PyTuple t:
                if (index.Obj is PySlice ts)
                {
                    var (start, step, n) = Indices(ts, t.Items.Length);
                    vm.Charge(16L * n + 24);
                    var items = new Value[n];
                    for (long i = 0, j = start; i < n; i++, j += step)
                    {
                        items[i] = t.Items[j];
                    }
                    return new Value(n == 0 ? PyTuple.Empty : new PyTuple(items));
                }
                return t.Items[Index(index, t.Items.Length, "tuple")];
            case string s:
                if (index.Obj is PySlice ss)
                {
                    var (start, step, n) = Indices(ss, s.Length);
                    vm.Charge(2L * n + 24);
                    if (step == 1)
                    {
                        return new Value(s.Substring((int)start, (int)n));
                    }
                    var sb = new StringBuilder((int)n);
                    for (long i = 0, j = start; i < n; i++, j += step)
                    {
                        sb.Append(s[(int)j]);
                    }
                    return new Value(sb.ToString());
                }
                return new Value(Iteration.CharString(s[Index(index, s.Length, "string")]));
            case PyDict d:
                if (d.TryGet(index, out Value v))
                {
                    return v;
                }
                throw new PyError(new PyException(ExcType.KeyError, new[] { index }));
            case PyRange r:
                if (index.Obj is PySlice rs)
                {
                    var (start, step, n) = Indices(rs, r.Length);
                    long first = r.Start + start * r.Step;
                    long st = r.Step * step;
                    return new Value(new PyRange(first, first + n * st, st));
                }
                return Value.Int(r[LongIndex(index, r.Length, "range object")]);
            default:
                throw Ops.TypeError($"'{Ops.TypeName(obj)}' object is not subscriptable");
        }
    }

    public static int Index(Value index, long length, string what) => (int)LongIndex(index, length, what);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long LongIndex(Value index, long length, string what)
    {
        if (!index.IsInt && !index.IsBool)
        {
            if (index.Obj is PyBigInt)
            {
                throw PyError.Of(ExcType.IndexError, $"cannot fit 'int' into an index-sized integer");
            }
            string kind = what == "range object" ? "range" : what;
            throw Ops.TypeError($"{kind} indices must be integers or slices, not {Ops.TypeName(index)}");
        }
        long i = index.Bits;
        if (i < 0)
        {
            i += length;
        }
        if (i < 0 || i >= length)
        {
            throw PyError.Of(ExcType.IndexError, $"{what} index out of range");
        }
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Clamp(Value v)
    {
        if (v.IsInt || v.IsBool)
        {
            return v.Bits;
        }
        if (v.Obj is PyBigInt b)
        {
            return b.V.Sign < 0 ? long.MinValue / 4 : long.MaxValue / 4;
        }
        throw Ops.TypeError("slice indices must be integers or None or have an __index__ method");
    }

    /// <summary>CPython's PySlice_AdjustIndices: the start, step and number of selected items.</summary>
    public static (long Start, long Step, long Count) Indices(PySlice s, long length) => Indices(s.Start, s.Stop, s.Step, length);

    /// <summary>CPython's PySlice_AdjustIndices for the parts of a slice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (long Start, long Step, long Count) Indices(Value startValue, Value stopValue, Value stepValue, long length)
    {
        long step = stepValue.IsNone ? 1 : Clamp(stepValue);
        if (step == 0)
        {
            throw Ops.ValueError("slice step cannot be zero");
        }
        long start, stop;
        if (startValue.IsNone)
        {
            start = step < 0 ? length - 1 : 0;
        }
        else
        {
            start = Clamp(startValue);
            if (start < 0)
            {
                start += length;
                if (start < 0)
                {
                    start = step < 0 ? -1 : 0;
                }
            }
            else if (start >= length)
            {
                start = step < 0 ? length - 1 : length;
            }
        }
        if (stopValue.IsNone)
        {
            stop = step < 0 ? -1 : length;
        }
        else
        {
            stop = Clamp(stopValue);
            if (stop < 0)
            {
                stop += length;
                if (stop < 0)
                {
                    stop = step < 0 ? -1 : 0;
                }
            }
            else if (stop >= length)
            {
                stop = step < 0 ? length - 1 : length;
            }
        }
        long count;
        if (step < 0)
        {
            count = stop < start ? (start - stop - 1) / -step + 1 : 0;
        }
        else
        {
            count = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return (start, step, count);
    }

    /// <summary>l[start:stop:step] as a new list (the loop calls this without building the slice object).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Value ListSlice(Vm vm, PyList l, Value startValue, Value stopValue, Value stepValue)
    {
        var (start, step, n) = Indices(startValue, stopValue, stepValue, l.Count);
        vm.Charge(16L * n + 32);
        var r = new PyList((int)Math.Max(n, 4));
        if (step == 1)
        {
            Array.Copy(l.Items, start, r.Items, 0, n);
        }
        else
        {
            for (long i = 0, j = start; i < n; i++, j += step)
            {
                r.Items[i] = l.Items[j];
            }
        }
        r.Count = (int)n;
        return new Value(r);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Set(Vm vm, Value obj, Value index, Value value)
    {
        switch (obj.Obj)
        {
            case PyList l:
                if (index.Obj is PySlice sl)
                {
                    SetSlice(vm, l, sl.Start, sl.Stop, sl.Step, value);
                    return;
                }
                l.Items[Index(index, l.Count, "list assignment")] = value;
                return;
            case PyDict d:
                if (d.Set(index, value))
                {
                    vm.Charge(48);
                }
                return;
            case string or PyTuple or PyRange:
                throw Ops.TypeError($"'{Ops.TypeName(obj)}' object does not support item assignment");
            default:
                throw Ops.TypeError($"'{Ops.TypeName(obj)}' object does not support item assignment");
        }
    }

    /// <summary>l[start:stop:step] = value, with the charges of materializing value first (as CPython, before the indices).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SetSlice(Vm vm, PyList l, Value startValue, Value stopValue, Value stepValue, Value value)
    {
        // A list or tuple is read in place (charged as the copy it stands for); anything else is materialized.
        ReadOnlySpan<Value> items;
        if (ReferenceEquals(value.Obj, l))
        {
            items = l.ToArray();
        }
        else if (value.Obj is PyList vl && !ReferenceEquals(vl.Items, l.Items))
        {
            vm.Charge(16L * vl.Count + 32);
            items = vl.Items.AsSpan(0, vl.Count);
        }
        else if (value.Obj is PyTuple vt)
        {
            vm.Charge(16L * vt.Items.Length + 32);
            items = vt.Items;
        }
        else
        {
            items = Iteration.ToArray(vm, value);
        }
        var (start, step, n) = Indices(startValue, stopValue, stepValue, l.Count);
        if (step == 1)
        {
            long stop = start + n;
            int newCount = (int)(l.Count - n + items.Length);
            vm.Charge(16L * items.Length);
            if (items.Length == n)
            {
                items.CopyTo(l.Items.AsSpan((int)start));
                return;
            }
            var result = new Value[Math.Max(newCount, 4)];
            Array.Copy(l.Items, 0, result, 0, start);
            items.CopyTo(result.AsSpan((int)start));
            Array.Copy(l.Items, stop, result, start + items.Length, l.Count - stop);
            l.Items = result;
            l.Count = newCount;
            return;
        }
        if (items.Length != n)
        {
            throw Ops.ValueError($"attempt to assign sequence of size {items.Length} to extended slice of size {n}");
        }
        for (long i = 0, j = start; i < n; i++, j += step)
        {
            l.Items[j] = items[(int)i];
        }
    }

    public static void Delete(Vm vm, Value obj, Value index)
    {
        switch (obj.Obj)
        {
            case PyList l:
                if (index.Obj is PySlice sl)
                {
                    var (start, step, n) = Indices(sl, l.Count);
                    if (n == 0)
                    {
                        return;
                    }
                    if (step < 0)
                    {
                        start = start + (n - 1) * step;
                        step = -step;
                    }
                    var keep = new PyList(l.Count);
                    long next = start;
                    long removed = 0;
                    for (int i = 0; i < l.Count; i++)
                    {
                        if (removed < n && i == next)
                        {
                            removed++;
                            next += step;
                            continue;
                        }
                        keep.Add(l.Items[i]);
                    }
                    l.Items = keep.Items;
                    l.Count = keep.Count;
                    return;
                }
                l.RemoveAt(Index(index, l.Count, "list assignment"));
                return;
            case PyDict d:
                if (!d.Remove(index, out _))
                {
                    throw new PyError(new PyException(ExcType.KeyError, new[] { index }));
                }
                return;
            default:
                throw Ops.TypeError($"'{Ops.TypeName(obj)}' object doesn't support item deletion");
        }
    }
}
