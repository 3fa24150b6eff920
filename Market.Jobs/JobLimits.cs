namespace Market.Jobs;

/// <summary>Resource limits of one job; exceeding any of them fails the job with a clear error.</summary>
public sealed record JobLimits
{
    /// <summary>The limits used when none are given.</summary>
    public static readonly JobLimits Default = new();

    /// <summary>Approximate bytes of live heap objects (lists, strings, ...).</summary>
    public long MaxHeapBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Maximum call depth; deeper calls raise RecursionError (catchable, as in CPython).</summary>
    public int MaxRecursionDepth { get; init; } = 1000;

    /// <summary>Maximum size of the serialized state.</summary>
    public long MaxStateBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Maximum instructions over the whole life of the job.</summary>
    public long MaxInstructions { get; init; } = 1_000_000_000_000;
}
