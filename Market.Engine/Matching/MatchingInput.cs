using System;

namespace Market.Engine;

/// <summary>What a policy sees in one matching step.</summary>
/// <remarks>The pool is in arrival order; every entry's client has a measured speed.</remarks>
public readonly ref struct MatchingInput
{
    /// <summary>Creates an input.</summary>
    public MatchingInput(ReadOnlySpan<PoolEntry> pool, ReadyJobs jobs)
    {
        Pool = pool;
        Jobs = jobs;
    }

    /// <summary>The pooled requests, in arrival order.</summary>
    public ReadOnlySpan<PoolEntry> Pool { get; }

    /// <summary>The ready jobs.</summary>
    public ReadyJobs Jobs { get; }
}
