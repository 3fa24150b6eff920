using System;
using System.Collections.Generic;
using System.Numerics;
using Market.Jobs.Runtime;

namespace Market.Jobs.Serialization;

/// <summary>
/// Writes a state canonically: roots first, then heap objects numbered in order of first discovery
/// (breadth-first from the roots), so the same state gives the same bytes everywhere.
/// </summary>
internal sealed class StateWriter
{
    public static readonly byte[] Magic = "MKJOBST\0"u8.ToArray();
    public const ushort FormatVersion = 1;

    private readonly ByteWriter w = new();
    private readonly Dictionary<object, int> ids = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> strIds = new(StringComparer.Ordinal);
    private readonly Dictionary<BigInteger, int> bigIds = new();
    private readonly List<object> queue = new();

    public byte[] Write(JobState s)
    {
        w.Bytes(Magic);
        w.Byte(FormatVersion & 0xFF);
        w.Byte(FormatVersion >> 8);
        w.Bytes(Convert.FromHexString(s.Module.Hash));
        w.VarU((ulong)s.Status);
        w.VarU((ulong)s.Instructions);
        w.VarU((ulong)s.Phase);
        w.VarU((ulong)s.HeapCounter);
        w.Str(s.EntryName);
        w.VarU((ulong)s.Limits.MaxHeapBytes);
        w.VarU((ulong)s.Limits.MaxRecursionDepth);
        w.VarU((ulong)s.Limits.MaxStateBytes);
        w.VarU((ulong)s.Limits.MaxInstructions);
        if (s.Status == JobStatus.Failed)
        {
            w.Str(s.Error!.Type);
            w.Str(s.Error.Message);
            w.Str(s.Error.Traceback);
        }
        w.Str(s.OutputBuffer.ToString());

        Vals(s.Globals);
        Vals(s.EntryArgs);
        w.VarU((ulong)s.EntryKwNames.Length);
        for (int i = 0; i < s.EntryKwNames.Length; i++)
        {
            w.Str(s.EntryKwNames[i]);
            Val(s.EntryKwValues[i]);
        }
        Val(s.Result);
        w.VarU((ulong)s.Frames.Count);
        foreach (var f in s.Frames)
        {
            WriteFrame(f);
            Val(f.Generator == null ? Value.None : new Value(f.Generator));
        }
        for (int i = 0; i < queue.Count; i++)
        {
            Obj(queue[i]);
        }
        w.Byte((byte)ObjKind.End);
        return w.ToArray();
    }

    private void WriteFrame(Frame f)
    {
        w.VarU((ulong)f.Code.Index);
        w.VarU((ulong)f.Ip);
        Vals(f.Stack.AsSpan(0, f.Sp));
        Vals(f.Locals);
        w.VarU((ulong)f.HandlerCount);
        for (int i = 0; i < f.HandlerCount; i++)
        {
            w.VarU((ulong)f.HandlerTargets[i]);
            w.VarU((ulong)f.HandlerDepths[i]);
        }
    }

    private int Id(object o)
    {
        Dictionary<object, int>? map = null;
        int id;
        switch (o)
        {
            case string s:
                if (!strIds.TryGetValue(s, out id))
                {
                    id = queue.Count;
                    strIds[s] = id;
                    queue.Add(o);
                }
                return id;
            case PyBigInt b:
                if (!bigIds.TryGetValue(b.V, out id))
                {
                    id = queue.Count;
                    bigIds[b.V] = id;
                    queue.Add(o);
                }
                return id;
            default:
                map = ids;
                if (!map.TryGetValue(o, out id))
                {
                    id = queue.Count;
                    map[o] = id;
                    queue.Add(o);
                }
                return id;
        }
    }

    private void Val(Value v)
    {
        switch (v.Obj)
        {
            case null:
                w.Byte(0);
                return;
            case Tag t when ReferenceEquals(t, Tag.None):
                w.Byte(1);
                return;
            case Tag t when ReferenceEquals(t, Tag.Bool):
                w.Byte(v.Bits != 0 ? (byte)3 : (byte)2);
                return;
            case Tag t when ReferenceEquals(t, Tag.Int):
                w.Byte(4);
                w.VarS(v.Bits);
                return;
            case Tag:
                w.Byte(5);
                w.Double(v.Float);
                return;
            default:
                w.Byte(6);
                w.VarU((ulong)Id(v.Obj));
                return;
        }
    }

    /// <summary>A count, then the values.</summary>
    private void Vals(ReadOnlySpan<Value> values)
    {
        w.VarU((ulong)values.Length);
        foreach (var v in values)
        {
            Val(v);
        }
    }

    private void Ref(object o) => w.VarU((ulong)Id(o));

    private void Obj(object o)
    {
        switch (o)
        {
            case string s:
                w.Byte((byte)ObjKind.Str);
                w.Str(s);
                break;
            case PyBigInt b:
            {
                w.Byte((byte)ObjKind.BigInt);
                var bytes = b.V.ToByteArray();
                w.VarU((ulong)bytes.Length);
                w.Bytes(bytes);
                break;
            }
            case PyList l:
                w.Byte((byte)ObjKind.List);
                Vals(l.Span);
                break;
            case PyTuple t:
                w.Byte((byte)ObjKind.Tuple);
                Vals(t.Items);
                break;
            case PyDict d:
                w.Byte((byte)ObjKind.Dict);
                w.VarU((ulong)d.Count);
                for (int i = 0; i < d.Used; i++)
                {
                    if (!d.Keys[i].IsUnbound)
                    {
                        Val(d.Keys[i]);
                        Val(d.Vals[i]);
                    }
                }
                break;
            case Cell c:
                w.Byte((byte)ObjKind.Cell);
                Val(c.V);
                break;
            case PyFunction f:
                w.Byte((byte)ObjKind.Function);
                w.VarU((ulong)f.Code.Index);
                Vals(f.Defaults);
                w.VarU((ulong)f.Closure.Length);
                foreach (var c in f.Closure)
                {
                    Ref(c);
                }
                break;
            case BuiltinFunction bf:
                w.Byte((byte)ObjKind.Builtin);
                w.Str(bf.Name);
                w.Byte(bf.IsType ? (byte)1 : (byte)0);
                break;
            case BoundMethod m:
                w.Byte((byte)ObjKind.BoundMethod);
                Val(m.Self);
                w.Str(m.TypeName);
                w.Str(m.Name);
                break;
            case ExcType et:
                w.Byte((byte)ObjKind.ExcType);
                w.Str(et.Name);
                break;
            case PyException e:
                w.Byte((byte)ObjKind.Exception);
                w.Str(e.Type.Name);
                Vals(e.Args);
                w.VarU((ulong)e.Traceback.Count);
                foreach (var t in e.Traceback)
                {
                    w.Str(t.Function);
                    w.VarU((ulong)t.Line);
                }
                break;
            case PyModule:
                w.Byte((byte)ObjKind.MathModule);
                break;
            case SeqIter si:
                w.Byte((byte)ObjKind.SeqIter);
                Ref(si.Seq);
                w.VarS(si.Index);
                break;
            case DictIter di:
            {
                w.Byte((byte)ObjKind.DictIter);
                Ref(di.Dict);
                w.VarU((ulong)di.Kind);
                // Entry slots include deleted entries; store the logical position, which survives compaction.
                long logical = 0;
                if (di.Slot >= di.Dict.Used || di.Dict.NextLive(di.Slot) < 0)
                {
                    logical = -1;
                }
                else
                {
                    for (int i = 0; i < di.Slot; i++)
                    {
                        if (!di.Dict.Keys[i].IsUnbound)
                        {
                            logical++;
                        }
                    }
                }
                w.VarS(logical);
                w.VarU((ulong)di.Size);
                break;
            }
            case DictView dv:
                w.Byte((byte)ObjKind.DictView);
                Ref(dv.Dict);
                w.VarU((ulong)dv.Kind);
                break;
            case EnumerateIter en:
                w.Byte((byte)ObjKind.Enumerate);
                Val(en.Inner);
                Val(en.Next);
                break;
            case ZipIter z:
                w.Byte((byte)ObjKind.Zip);
                Vals(z.Inners);
                break;
            case PyRange r:
                w.Byte((byte)ObjKind.Range);
                w.VarS(r.Start);
                w.VarS(r.Stop);
                w.VarS(r.Step);
                break;
            case PyGenerator g:
                w.Byte((byte)ObjKind.Generator);
                w.Str(g.Name);
                // 0 finished, 1 suspended (frame follows), 2 running (its frame is on the call stack).
                if (g.Finished)
                {
                    w.Byte(0);
                }
                else if (g.Running)
                {
                    w.Byte(2);
                }
                else
                {
                    w.Byte(1);
                    WriteFrame(g.Frame!);
                }
                break;
            case PySlice sl:
                w.Byte((byte)ObjKind.Slice);
                Val(sl.Start);
                Val(sl.Stop);
                Val(sl.Step);
                break;
            default:
                throw new InvalidOperationException("cannot serialize " + o.GetType().Name);
        }
    }
}
