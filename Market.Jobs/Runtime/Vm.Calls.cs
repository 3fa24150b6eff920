using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace Market.Jobs.Runtime;

/// <summary>Calls, argument binding, returns to the top level, exceptions and failure.</summary>
internal sealed partial class Vm
{
    /// <summary>Calls a value. Returns true when a new frame was pushed (its result arrives later).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool CallValue(Value func, ReadOnlySpan<Value> args, string[]? kwNames, ReadOnlySpan<Value> kwValues, out Value result)
    {
        switch (func.Obj)
        {
            case PyFunction pf:
            {
                var frame = BuildFrame(pf, args, kwNames, kwValues);
                if (pf.Code.IsGenerator)
                {
                    result = new Value(new PyGenerator(frame, pf.Code.Name));
                    return false;
                }
                CheckDepth();
                frames.Add(frame);
                result = default;
                return true;
            }
            case BuiltinFunction bf:
                try
                {
                    result = bf.Fn(this, args, kwNames, kwValues);
                }
                catch (NeedsDrain nd)
                {
                    DrainAndRetry(nd, func, args, kwNames, kwValues);
                    result = default;
                }
                return PendingCall != null && StartPending(out result);
            case BoundMethod bm:
                try
                {
                    if (bm.Self.IsUnbound)
                    {
                        if (args.Length == 0)
                        {
                            throw Ops.TypeError($"unbound method {bm.TypeName}.{bm.Name}() needs an argument");
                        }
                        result = Methods.Call(this, args[0], bm.Name, args[1..], kwNames, kwValues, bm.TypeName);
                    }
                    else
                    {
                        result = Methods.Call(this, bm.Self, bm.Name, args, kwNames, kwValues);
                    }
                }
                catch (NeedsDrain nd)
                {
                    DrainAndRetry(nd, func, args, kwNames, kwValues);
                    result = default;
                }
                return PendingCall != null && StartPending(out result);
            case ExcType et:
                if (kwNames != null && kwNames.Length > 0)
                {
                    throw Ops.TypeError($"{et.Name}() takes no keyword arguments");
                }
                result = new Value(new PyException(et, args.ToArray()));
                return false;
            default:
                throw Ops.TypeError($"'{Ops.TypeName(func)}' object is not callable");
        }
    }

    /// <summary>Starts the prelude call a native asked for; false (with its result) if it finished at once.</summary>
    private bool StartPending(out Value result)
    {
        var (func, args, kwNames, kwValues) = PendingCall!.Value;
        PendingCall = null;
        return CallValue(func, args, kwNames, kwValues, out result);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Frame BuildFrame(PyFunction pf, ReadOnlySpan<Value> args, string[]? kwNames, ReadOnlySpan<Value> kwValues)
    {
        CodeObject code = pf.Code;
        var frame = frames.Rent(code);
        Value[] locals = frame.Locals;
        int n = code.ArgCount;
        if (args.Length > n)
        {
            int min = n - pf.Defaults.Length;
            string takes = min == n ? $"{n} positional argument{(n == 1 ? "" : "s")}" : $"from {min} to {n} positional arguments";
            throw Ops.TypeError($"{code.Name}() takes {takes} but {args.Length} {(args.Length == 1 ? "was" : "were")} given");
        }
        args.CopyTo(locals);
        if (kwNames != null)
        {
            for (int k = 0; k < kwNames.Length; k++)
            {
                int idx = Array.IndexOf(code.ParamNames, kwNames[k]);
                if (idx < 0)
                {
                    throw Ops.TypeError($"{code.Name}() got an unexpected keyword argument '{kwNames[k]}'");
                }
                if (!locals[idx].IsUnbound)
                {
                    throw Ops.TypeError($"{code.Name}() got multiple values for argument '{kwNames[k]}'");
                }
                locals[idx] = kwValues[k];
            }
        }
        if (args.Length < n || kwNames != null)
        {
            int firstDefault = n - pf.Defaults.Length;
            StringBuilder? missing = null;
            int missingCount = 0;
            string? lastMissing = null;
            for (int i = 0; i < n; i++)
            {
                if (!locals[i].IsUnbound)
                {
                    continue;
                }
                if (i >= firstDefault)
                {
                    locals[i] = pf.Defaults[i - firstDefault];
                    continue;
                }
                missingCount++;
                if (lastMissing != null)
                {
                    missing ??= new StringBuilder();
                    if (missing.Length > 0)
                    {
                        missing.Append(", ");
                    }
                    missing.Append('\'').Append(lastMissing).Append('\'');
                }
                lastMissing = code.ParamNames[i];
            }
            if (missingCount > 0)
            {
                string list = missingCount == 1 ? $"'{lastMissing}'" : $"{missing}{(missingCount > 2 ? "," : "")} and '{lastMissing}'";
                throw Ops.TypeError($"{code.Name}() missing {missingCount} required positional argument{(missingCount == 1 ? "" : "s")}: {list}");
            }
        }
        for (int i = 0; i < code.FreeSlots.Length; i++)
        {
            locals[code.FreeSlots[i]] = new Value(pf.Closure[i]);
        }
        return frame;
    }

    /// <summary>The bottom frame returned: the module body (then call the entry) or the entry (then complete).</summary>
    private void FinishTop(Value result)
    {
        if (state.Phase == 0)
        {
            state.Phase = 1;
            Value entry = GlobalByName(state.EntryName);
            if (entry.IsUnbound)
            {
                Fail("NameError", $"name '{state.EntryName}' is not defined", null);
                return;
            }
            try
            {
                if (!CallValue(entry, state.EntryArgs, state.EntryKwNames.Length == 0 ? null : state.EntryKwNames, state.EntryKwValues, out Value immediate))
                {
                    Complete(immediate);
                }
                state.EntryArgs = Array.Empty<Value>();
                state.EntryKwNames = Array.Empty<string>();
                state.EntryKwValues = Array.Empty<Value>();
            }
            catch (PyError e)
            {
                e.Exc.Traceback = new();
                Fail(e.Exc.Type.Name, Ops.ExceptionStr(e.Exc), e.Exc);
            }
            return;
        }
        Complete(result);
    }

    private void Complete(Value result)
    {
        state.Result = result;
        state.Status = JobStatus.Completed;
    }

    private PyError DerefError(Frame f, int slot)
    {
        string name = f.Code.SlotNames[slot];
        bool own = Array.IndexOf(f.Code.FreeSlots, slot) < 0;
        return own
            ? PyError.Of(ExcType.UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value")
            : PyError.Of(ExcType.NameError, $"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");
    }

    /// <summary>Delivers an exception to the innermost handler, or fails the job with a traceback.</summary>
    private void Unwind(PyException exc)
    {
        if (exc.Traceback.Count == 0)
        {
            foreach (var fr in frames)
            {
                if (!fr.Code.Hidden)
                {
                    exc.Traceback.Add(new TraceEntry(fr.Code.Name, fr.Line));
                }
            }
        }
        while (frames.Count > 0)
        {
            Frame f = frames[^1];
            if (f.HandlerCount > 0)
            {
                f.HandlerCount--;
                int depth = f.HandlerDepths[f.HandlerCount];
                Array.Clear(f.Stack, depth, f.Stack.Length - depth);
                f.Sp = depth;
                f.Stack[f.Sp++] = new Value(exc);
                f.Ip = f.HandlerTargets[f.HandlerCount];
                return;
            }
            if (f.Generator != null)
            {
                f.Generator.Running = false;
                f.Generator.Frame = null;
                f.Generator = null;
            }
            frames.Pop();
        }
        Fail(exc.Type.Name, Ops.ExceptionStr(exc), exc);
    }

    private void Fail(string type, string message, PyException? exc)
    {
        var sb = new StringBuilder();
        if (exc != null && exc.Traceback.Count > 0)
        {
            sb.Append("Traceback (most recent call last):\n");
            foreach (var t in exc.Traceback)
            {
                sb.Append("  File \"").Append(module.FileName).Append("\", line ").Append(t.Line).Append(", in ").Append(t.Function).Append('\n');
                if (t.Line >= 1 && t.Line <= module.SourceLines.Length)
                {
                    string text = module.SourceLines[t.Line - 1].Trim();
                    if (text.Length > 0)
                    {
                        sb.Append("    ").Append(text).Append('\n');
                    }
                }
            }
        }
        sb.Append(type);
        if (message.Length > 0)
        {
            sb.Append(": ").Append(message);
        }
        frames.Clear();
        state.Status = JobStatus.Failed;
        state.Error = new JobError(type, message, sb.ToString());
    }
}
