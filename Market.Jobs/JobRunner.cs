using System;
using Market.Jobs.Runtime;

namespace Market.Jobs;

/// <summary>Runs job states: the only way a job makes progress.</summary>
public static class JobRunner
{
    /// <summary>Executes at most <paramref name="fuel"/> instructions of the job, then returns its status.</summary>
    /// <remarks>Stopping is exact: the state after N instructions is the same however the N are split into slices.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">fuel is negative.</exception>
    public static JobStatus Run(JobState state, long fuel)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfNegative(fuel);
        new Vm(state).Run(fuel);
        return state.Status;
    }

    /// <summary>As <see cref="Run"/>, but every instruction takes the interpreter's general path (tests compare the two).</summary>
    internal static JobStatus RunGeneral(JobState state, long fuel)
    {
        new Vm(state, generalOnly: true).Run(fuel);
        return state.Status;
    }

    /// <summary>Compiles and runs a job to the end in one go (for tools and tests).</summary>
    /// <exception cref="ArgumentException">The source does not compile, or the JSON is invalid.</exception>
    public static JobState RunToEnd(string source, string entry = "main", string? argsJson = null, JobLimits? limits = null, string fileName = "job.py")
    {
        var compiled = JobCompiler.Compile(source, fileName);
        if (compiled.Module == null)
        {
            throw new ArgumentException("compile errors: " + string.Join("; ", compiled.Errors), nameof(source));
        }
        var state = JobState.Create(compiled.Module, entry, argsJson, limits);
        while (Run(state, 1_000_000) == JobStatus.Running)
        {
        }
        return state;
    }
}
