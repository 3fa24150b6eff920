using System;
using System.Collections.Generic;

namespace Market.Jobs.Runtime;

/// <summary>Measures the live heap of a state (everything reachable from frames, globals and pending values).</summary>
internal static class HeapWalker
{
    public static long LiveBytes(JobState state)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var work = new Stack<object>();
        long total = 2L * state.OutputBuffer.Length;
        void Visit(Value v)
        {
            if (v.Obj is not null and not Tag && seen.Add(v.Obj))
            {
                work.Push(v.Obj);
            }
        }
        void VisitAll(ReadOnlySpan<Value> values)
        {
            foreach (var v in values)
            {
                Visit(v);
            }
        }
        VisitAll(state.Globals);
        VisitAll(state.EntryArgs);
        VisitAll(state.EntryKwValues);
        Visit(state.Result);
        foreach (var f in state.Frames)
        {
            total += 64 + 16L * (f.Stack.Length + f.Locals.Length);
            VisitAll(f.Stack.AsSpan(0, f.Sp));
            VisitAll(f.Locals);
        }
        while (work.Count > 0)
        {
            object o = work.Pop();
            switch (o)
            {
                case string s:
                    total += 24 + 2L * s.Length;
                    break;
                case PyBigInt b:
                    total += 24 + (long)b.V.GetByteCount();
                    break;
                case PyList l:
                    total += 32 + 16L * l.Count;
                    VisitAll(l.Span);
                    break;
                case PyTuple t:
                    total += 24 + 16L * t.Items.Length;
                    VisitAll(t.Items);
                    break;
                case PyDict d:
                    total += 64 + 48L * d.Count;
                    for (int i = 0; i < d.Used; i++)
                    {
                        Visit(d.Keys[i]);
                        Visit(d.Vals[i]);
                    }
                    break;
                case Cell c:
                    total += 24;
                    Visit(c.V);
                    break;
                case PyFunction fn:
                    total += 64 + 16L * (fn.Defaults.Length + fn.Closure.Length);
                    VisitAll(fn.Defaults);
                    foreach (var c in fn.Closure)
                    {
                        Visit(new Value(c));
                    }
                    break;
                case PyException e:
                    total += 48 + 16L * e.Args.Length + 16L * e.Traceback.Count;
                    VisitAll(e.Args);
                    break;
                case BoundMethod m:
                    total += 32;
                    Visit(m.Self);
                    break;
                case SeqIter si:
                    total += 32;
                    Visit(new Value(si.Seq));
                    break;
                case DictIter di:
                    total += 32;
                    Visit(new Value(di.Dict));
                    break;
                case DictView dv:
                    total += 32;
                    Visit(new Value(dv.Dict));
                    break;
                case EnumerateIter en:
                    total += 32;
                    Visit(en.Inner);
                    Visit(en.Next);
                    break;
                case ZipIter z:
                    total += 32 + 16L * z.Inners.Length;
                    VisitAll(z.Inners);
                    break;
                case PySlice sl:
                    total += 56;
                    Visit(sl.Start);
                    Visit(sl.Stop);
                    Visit(sl.Step);
                    break;
                default:
                    total += 32;
                    break;
            }
        }
        return total;
    }
}
