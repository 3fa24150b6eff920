using System;
using Market.Engine.Internal;

namespace Market.Engine;

/// <summary>What a policy sees in one matching step.</summary>
/// <remarks>The pool is in arrival order; every entry's client has a measured speed.</remarks>
public readonly ref struct MatchingInput
{
    private readonly PoolSpeedView? speedOrder;

    /// <summary>Creates an input.</summary>
    public MatchingInput(ReadOnlySpan<PoolEntry> pool, ReadyJobs jobs)
    {
        Pool = pool;
        Jobs = jobs;
    }

    /// <summary>An input whose pool's speed order the engine keeps.</summary>
    internal MatchingInput(ReadOnlySpan<PoolEntry> pool, ReadyJobs jobs, PoolSpeedView speedOrder)
        : this(pool, jobs)
        => this.speedOrder = speedOrder;

    /// <summary>The pooled requests, in arrival order.</summary>
    public ReadOnlySpan<PoolEntry> Pool { get; }

    /// <summary>The ready jobs.</summary>
    public ReadyJobs Jobs { get; }

    /// <summary>Writes the indexes into <see cref="Pool"/> of the <c>into.Length</c> fastest
    /// requests, fastest first (equal speeds: the earlier request first) — the order
    /// <see cref="SpeedOrder"/> sorts a pool into — when the engine keeps the pool in speed order,
    /// which costs O(<c>into.Length</c>). False, writing nothing, for an input built by hand: the
    /// policy then sorts the pool itself.</summary>
    /// <exception cref="ArgumentException"><paramref name="into"/> is longer than the pool.</exception>
    public bool TryFastestFirst(Span<int> into)
    {
        Guard.Require(into.Length <= Pool.Length, nameof(into), "More requests asked for than the pool holds.");
        if (speedOrder is null)
        {
            return false;
        }

        speedOrder.FastestFirst(into);
        return true;
    }
}
