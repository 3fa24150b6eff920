using System;
using System.Numerics;
using Market.Jobs.Runtime;

namespace Market.Jobs.Serialization;

/// <summary>Phase two: build and link objects against the module, validating as we go.</summary>
internal sealed partial class StateReader
{
    private object[] built = Array.Empty<object>();

    public JobState Build(CompiledModule module)
    {
        if (!ModuleHash.AsSpan().SequenceEqual(Convert.FromHexString(module.Hash)))
        {
            throw new CorruptState($"state belongs to module {Convert.ToHexString(ModuleHash).ToLowerInvariant()}, not {module.Hash}");
        }
        var functions = Builtins.AllFunctions();
        built = new object[objects.Count];
        // Shells first, so that cycles and shared objects link up.
        for (int i = 0; i < objects.Count; i++)
        {
            var o = objects[i];
            built[i] = o.Kind switch
            {
                ObjKind.Str => o.Text!,
                ObjKind.BigInt => BigOf(o.Bytes!),
                ObjKind.List => new PyList(new Value[Math.Max(4, o.Values.Length)], o.Values.Length),
                ObjKind.Tuple => o.Values.Length == 0 ? PyTuple.Empty : new PyTuple(new Value[o.Values.Length]),
                ObjKind.Dict => new PyDict(o.Values.Length / 2),
                ObjKind.Cell => new Cell(),
                ObjKind.Function => FunctionShell(module, o),
                ObjKind.Builtin => functions.TryGetValue(o.Text!, out var bf) ? bf
                    : o.A == 1 ? new BuiltinFunction(o.Text!, (vm, a, kn, kv) => throw Ops.TypeError($"cannot create '{o.Text}' instances"), true)
                    : throw new CorruptState($"unknown built-in '{o.Text}'"),
                ObjKind.BoundMethod => new BoundMethod(default, o.Text!, o.Text2!),
                ObjKind.ExcType => ExcType.ByName.TryGetValue(o.Text!, out var et) ? et : throw new CorruptState($"unknown exception type '{o.Text}'"),
                ObjKind.Exception => new PyException(
                    ExcType.ByName.TryGetValue(o.Text!, out var et2) ? et2 : throw new CorruptState($"unknown exception type '{o.Text}'"),
                    new Value[o.Values.Length]) { Traceback = o.Trace! },
                ObjKind.MathModule => PyModule.Math,
                ObjKind.SeqIter => new SeqIter(PyTuple.Empty, o.A),
                ObjKind.DictIter => new DictIter(new PyDict(), (int)o.A, 0, (int)o.C),
                ObjKind.DictView => new DictView(new PyDict(), (int)o.A),
                ObjKind.Enumerate => new EnumerateIter(default, default),
                ObjKind.Zip => new ZipIter(new Value[o.Values.Length]),
                ObjKind.Range => new PyRange(o.A, o.B, o.C == 0 ? throw new CorruptState("range step 0") : o.C),
                ObjKind.Slice => new PySlice(default, default, default),
                ObjKind.Generator => new PyGenerator(null, o.Text!) { Running = o.A == 2 },
                _ => throw new CorruptState("bad object kind"),
            };
        }
        for (int i = 0; i < objects.Count; i++)
        {
            if (objects[i].Kind != ObjKind.Dict)
            {
                Fill(objects[i], built[i], module);
            }
        }
        for (int i = 0; i < objects.Count; i++)
        {
            if (objects[i].Kind == ObjKind.Dict)
            {
                Fill(objects[i], built[i]);
            }
        }
        return BuildState(module);
    }

    private Frame LinkFrame(CompiledModule module, RawFrame rf)
    {
        if (rf.Code < 0 || rf.Code >= module.Codes.Length)
        {
            throw new CorruptState($"frame refers to missing code {rf.Code}");
        }
        var code = module.Codes[rf.Code];
        if (rf.Ip > code.Code.Length || rf.Stack.Length > code.MaxStack || rf.Locals.Length != code.LocalCount)
        {
            throw new CorruptState($"frame of {code.Name} is inconsistent with its code");
        }
        var f = new Frame(code) { Ip = rf.Ip, Sp = rf.Stack.Length };
        for (int i = 0; i < rf.Stack.Length; i++)
        {
            // An unbound stack slot is legal: it marks a plain call after LoadMethod.
            f.Stack[i] = V(rf.Stack[i]);
        }
        for (int i = 0; i < rf.Locals.Length; i++)
        {
            f.Locals[i] = V(rf.Locals[i]);
        }
        if (rf.Handlers.Length > code.Code.Length)
        {
            throw new CorruptState($"too many exception handlers in frame of {code.Name}");
        }
        foreach (var (target, depth) in rf.Handlers)
        {
            if (target >= code.Code.Length || depth > code.MaxStack)
            {
                throw new CorruptState($"bad exception handler in frame of {code.Name}");
            }
            f.PushHandler(target, depth);
        }
        return f;
    }

    private static PyBigInt BigOf(byte[] bytes)
    {
        var v = new BigInteger(bytes);
        if (v >= long.MinValue && v <= long.MaxValue)
        {
            throw new CorruptState("non-canonical big int");
        }
        return new PyBigInt(v);
    }

    private PyFunction FunctionShell(CompiledModule module, RawObject o)
    {
        if (o.A < 0 || o.A >= module.Codes.Length || o.A == 0)
        {
            throw new CorruptState($"function refers to missing code {o.A}");
        }
        var code = module.Codes[o.A];
        if (o.Values.Length != code.DefaultCount || o.Refs.Length != code.FreeSlots.Length)
        {
            throw new CorruptState($"function {code.Name} has the wrong number of defaults or closure cells");
        }
        return new PyFunction(code, new Value[o.Values.Length], new Cell[o.Refs.Length]);
    }

    private Value V(RawValue r) => r.Kind switch
    {
        0 => default,
        1 => Value.None,
        2 => Value.False,
        3 => Value.True,
        4 => Value.Int(r.Bits),
        5 => Value.FromDouble(BitConverter.Int64BitsToDouble(r.Bits)),
        _ => r.Ref < built.Length ? new Value(built[r.Ref]) : throw new CorruptState($"reference to missing object {r.Ref}"),
    };

    private Value Present(RawValue r)
    {
        var v = V(r);
        if (v.IsUnbound)
        {
            throw new CorruptState("unbound value inside an object");
        }
        return v;
    }

    private object RefObj(int i) => i < built.Length ? built[i] : throw new CorruptState($"reference to missing object {i}");

    private void Fill(RawObject o, object target, CompiledModule? module = null)
    {
        switch (target)
        {
            case PyList l:
                for (int i = 0; i < o.Values.Length; i++)
                {
                    l.Items[i] = Present(o.Values[i]);
                }
                break;
            case PyTuple t:
                for (int i = 0; i < o.Values.Length; i++)
                {
                    t.Items[i] = Present(o.Values[i]);
                }
                break;
            case PyDict d:
                for (int i = 0; i < o.Values.Length; i += 2)
                {
                    if (!d.Set(Present(o.Values[i]), Present(o.Values[i + 1])))
                    {
                        throw new CorruptState("duplicate dict key");
                    }
                }
                break;
            case Cell c:
                c.V = V(o.Values[0]);
                break;
            case PyFunction f:
                for (int i = 0; i < o.Values.Length; i++)
                {
                    f.Defaults[i] = Present(o.Values[i]);
                }
                for (int i = 0; i < o.Refs.Length; i++)
                {
                    f.Closure[i] = RefObj(o.Refs[i]) as Cell ?? throw new CorruptState("closure entry is not a cell");
                }
                break;
            case BoundMethod m:
                m.Self = V(o.Values[0]);
                break;
            case PyException e:
                for (int i = 0; i < o.Values.Length; i++)
                {
                    e.Args[i] = Present(o.Values[i]);
                }
                break;
            case SeqIter si:
                si.Seq = RefObj(o.Refs[0]) is var seq && seq is PyList or PyTuple or string or PyRange ? seq : throw new CorruptState("iterator over a non-sequence");
                break;
            case DictIter di:
                di.Dict = RefObj(o.Refs[0]) as PyDict ?? throw new CorruptState("dict iterator over a non-dict");
                di.Slot = o.B < 0 ? int.MaxValue : (int)Math.Min(o.B, int.MaxValue);
                break;
            case DictView dv:
                dv.Dict = RefObj(o.Refs[0]) as PyDict ?? throw new CorruptState("dict view of a non-dict");
                break;
            case EnumerateIter en:
                en.Inner = Present(o.Values[0]);
                en.Next = Present(o.Values[1]);
                break;
            case ZipIter z:
                for (int i = 0; i < o.Values.Length; i++)
                {
                    z.Inners[i] = Present(o.Values[i]);
                }
                break;
            case PyGenerator g:
                if (o.Frame != null)
                {
                    g.Frame = LinkFrame(module!, o.Frame);
                    if (!g.Frame.Code.IsGenerator)
                    {
                        throw new CorruptState("generator frame runs non-generator code");
                    }
                }
                break;
            case PySlice sl:
                sl.Start = Present(o.Values[0]);
                sl.Stop = Present(o.Values[1]);
                sl.Step = Present(o.Values[2]);
                break;
        }
    }

    private JobState BuildState(CompiledModule module)
    {
        var state = new JobState(module, Limits)
        {
            Status = Status,
            Instructions = Instructions,
            Phase = Phase,
            HeapCounter = HeapCounter,
            EntryName = EntryName,
            Error = Error,
        };
        state.OutputBuffer.Append(Output);
        if (globals.Length != module.GlobalNames.Length)
        {
            throw new CorruptState("wrong number of globals for this module");
        }
        for (int i = 0; i < globals.Length; i++)
        {
            state.Globals[i] = V(globals[i]);
        }
        state.EntryArgs = Array.ConvertAll(entryArgs, Present);
        state.EntryKwNames = entryKwNames;
        state.EntryKwValues = Array.ConvertAll(entryKwValues, Present);
        state.Result = Present(result);
        if (frames.Count > Limits.MaxRecursionDepth + 1)
        {
            throw new CorruptState("more frames than the recursion limit");
        }
        for (int fi = 0; fi < frames.Count; fi++)
        {
            var f = LinkFrame(module, frames[fi]);
            var gv = V(frameGenerators[fi]);
            if (gv.Obj is PyGenerator g)
            {
                if (!g.Running || g.Frame != null || fi == 0 || !f.Code.IsGenerator)
                {
                    throw new CorruptState("inconsistent running generator");
                }
                g.Frame = f;
                f.Generator = g;
            }
            else if (!gv.IsNone)
            {
                throw new CorruptState("frame generator is not a generator");
            }
            else if (f.Code.IsGenerator)
            {
                throw new CorruptState("generator code running outside a generator");
            }
            state.Frames.Add(f);
        }
        foreach (var o in built)
        {
            if (o is PyGenerator { Running: true, Frame: null })
            {
                throw new CorruptState("running generator without a frame");
            }
        }
        bool consistent = Status switch
        {
            JobStatus.Running => state.Frames.Count > 0,
            JobStatus.Completed => state.Frames.Count == 0,
            _ => state.Frames.Count == 0 && Error != null,
        };
        if (!consistent)
        {
            throw new CorruptState($"status {Status} does not match {state.Frames.Count} frames");
        }
        return state;
    }
}
