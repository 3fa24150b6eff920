using System;
using System.Collections.Generic;
using System.Text;
using Market.Jobs.Runtime;

namespace Market.Jobs;

/// <summary>
/// The complete execution state of a job: call frames, globals, heap (reachable from them), output and counters.
/// </summary>
/// <remarks>
/// It is a plain value in the sense that matters: StateSerializer turns it into canonical bytes and
/// back, and running a deserialized copy gives exactly what running the original would have.
/// A state is mutated by <see cref="JobRunner.Run"/>; it is not thread-safe.
/// </remarks>
public sealed class JobState
{
    internal JobState(CompiledModule module, JobLimits limits)
    {
        Module = module;
        Limits = limits;
        Globals = new Value[module.GlobalNames.Length];
    }

    /// <summary>The module this state runs.</summary>
    public CompiledModule Module { get; }

    /// <summary>The limits in force.</summary>
    public JobLimits Limits { get; }

    /// <summary>Running, completed or failed.</summary>
    public JobStatus Status { get; internal set; }

    /// <summary>Instructions executed so far.</summary>
    public long Instructions { get; internal set; }

    /// <summary>Everything the job has printed so far.</summary>
    public string Output => OutputBuffer.ToString();

    /// <summary>The repr of the entry function's result, once completed.</summary>
    public string? ResultRepr => Status == JobStatus.Completed ? Ops.Repr(Result) : null;

    /// <summary>The failure, once failed.</summary>
    public JobError? Error { get; internal set; }

    /// <summary>Number of active call frames.</summary>
    public int FrameCount => Frames.Count;

    /// <summary>The entry function's name.</summary>
    public string EntryName { get; internal set; } = "main";

    internal FrameStack Frames { get; } = new();

    internal Value[] Globals { get; set; }

    internal StringBuilder OutputBuffer { get; } = new();

    internal Value Result { get; set; } = Value.None;

    /// <summary>0 while the module body runs, 1 once the entry function has been called.</summary>
    internal int Phase { get; set; }

    internal Value[] EntryArgs { get; set; } = Array.Empty<Value>();

    internal string[] EntryKwNames { get; set; } = Array.Empty<string>();

    internal Value[] EntryKwValues { get; set; } = Array.Empty<Value>();

    /// <summary>Bytes allocated since the last live-heap measurement (plus that measurement).</summary>
    internal long HeapCounter { get; set; }

    internal void FailWith(JobError error)
    {
        Frames.Clear();
        Status = JobStatus.Failed;
        Error = error;
    }

    /// <summary>Creates the initial state: the module body will run, then <paramref name="entry"/>(args).</summary>
    /// <param name="module">The compiled job.</param>
    /// <param name="entry">Name of the entry function.</param>
    /// <param name="argsJson">A JSON array of positional arguments, an object of keyword arguments, or null.</param>
    /// <param name="limits">Limits, or the defaults.</param>
    /// <exception cref="ArgumentException">The JSON is invalid.</exception>
    public static JobState Create(CompiledModule module, string entry = "main", string? argsJson = null, JobLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentException.ThrowIfNullOrEmpty(entry);
        var state = new JobState(module, limits ?? JobLimits.Default) { EntryName = entry };
        if (!string.IsNullOrWhiteSpace(argsJson))
        {
            var (args, kwNames, kwValues) = JsonArgs.Parse(argsJson);
            state.EntryArgs = args;
            state.EntryKwNames = kwNames;
            state.EntryKwValues = kwValues;
        }
        state.Frames.Add(new Frame(module.Codes[0]));
        return state;
    }
}
