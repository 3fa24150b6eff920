using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Market.Jobs.Runtime;

/// <summary>Executes a <see cref="JobState"/>: the interpreter loop, calls, exceptions and limits.</summary>
internal sealed partial class Vm
{
    private readonly JobState state;
    private readonly CompiledModule module;
    private readonly FrameStack frames;
    private readonly Value[] globals;
    private readonly Value[] consts;
    private readonly Value[] builtinFallback;
    private readonly int maxDepth;
    private readonly long maxHeap;

    /// <summary>When set, every instruction goes through <see cref="Step"/> (the reference the fast paths are tested against).</summary>
    private readonly bool generalOnly;

    public Vm(JobState state, bool generalOnly = false)
    {
        this.generalOnly = generalOnly;
        this.state = state;
        module = state.Module;
        frames = state.Frames;
        globals = state.Globals;
        consts = module.Constants;
        builtinFallback = module.BuiltinFallback;
        maxDepth = state.Limits.MaxRecursionDepth;
        maxHeap = state.Limits.MaxHeapBytes;
    }

    public JobState State => state;

    /// <summary>Scratch limbs of a small int operand of a big-int operation (<see cref="BigArith"/>).</summary>
    public uint[] LimbsA { get; } = new uint[2];

    /// <summary>The other operand's scratch limbs.</summary>
    public uint[] LimbsB { get; } = new uint[2];

    /// <summary>A native built-in sets this to hand the rest of its work to a prelude function.</summary>
    public (Value Func, Value[] Args, string[]? KwNames, Value[]? KwValues)? PendingCall { get; set; }

    public void Print(string s) => state.OutputBuffer.Append(s);

    /// <summary>Accounts for an allocation; measures the live heap when the running total passes the limit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Charge(long bytes)
    {
        long limit = state.Limits.MaxHeapBytes;
        long total = state.HeapCounter + bytes;
        if (total <= limit && total >= 0)
        {
            state.HeapCounter = total;
            return;
        }
        long live = HeapWalker.LiveBytes(state);
        if (live + bytes > limit || bytes > limit)
        {
            throw new LimitExceeded("MemoryError", $"heap limit of {limit} bytes exceeded");
        }
        state.HeapCounter = live + bytes;
    }

    /// <summary>
    /// Counts one element step of a built-in that loops without allocating (sum, any, all): a single such
    /// instruction may not do more work than the job's remaining instruction allowance.
    /// </summary>
    public bool NativeStep(ref long steps)
    {
        if (++steps > state.Limits.MaxInstructions - state.Instructions)
        {
            throw new LimitExceeded("LimitExceeded", $"a built-in call needed more than the remaining {state.Limits.MaxInstructions - state.Instructions} instructions");
        }
        return true;
    }

    public Value GlobalByName(string name)
    {
        int i = Array.IndexOf(module.GlobalNames, name);
        return i < 0 ? default : globals[i];
    }

    /// <summary>Asks for a prelude function to run in place of the current native call (its result becomes the result).</summary>
    public Value TailCall(string preludeFunction, params Value[] args)
    {
        PendingCall = (GlobalByName(preludeFunction), args, null, null);
        return Value.None;
    }

    /// <summary>Re-runs a native call once the generator among its arguments has been drained by the prelude.</summary>
    private void DrainAndRetry(NeedsDrain nd, Value func, ReadOnlySpan<Value> args, string[]? kwNames, ReadOnlySpan<Value> kwValues)
    {
        int index = -1;
        for (int i = 0; i < args.Length; i++)
        {
            if (ReferenceEquals(args[i].Obj, nd.Gen))
            {
                index = i;
                break;
            }
        }
        if (index < 0)
        {
            throw Ops.TypeError("a generator is not supported in this position in this job language");
        }
        var names = new Value[kwNames?.Length ?? 0];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = new Value(kwNames![i]);
        }
        PendingCall = (GlobalByName("__p_drain_call"), new[]
        {
            func,
            new Value(new PyList(args.ToArray(), args.Length)),
            Value.Int(index),
            new Value(new PyTuple(names)),
            new Value(new PyList(kwValues.ToArray(), kwValues.Length)),
        }, null, null);
    }
}
