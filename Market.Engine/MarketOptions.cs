using System;
using System.Collections.Generic;

namespace Market.Engine;

/// <summary>The market's parameters. Immutable; validated when an engine is created.</summary>
public sealed record MarketOptions
{
    /// <summary>The shortest lease the engine grants.</summary>
    public TimeSpan MinLease { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest lease the engine grants.</summary>
    public TimeSpan MaxLease { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How long the pooling window stays open after the first request joins an empty pool
    /// (or, when no job was ready, after the first job becomes ready). Requests wait in a dormant
    /// pool while no job is ready, so idle machines cost no matching steps.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A pool that reaches this size is matched at once, without waiting for the window to
    /// end (a pool that stays larger is matched when its window ends).</summary>
    public int PoolThreshold { get; init; } = 1000;

    /// <summary>A client whose last speed test is older than this gets a test job.</summary>
    public TimeSpan TestInterval { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The work units of the standard test workload.</summary>
    public double TestWork { get; init; } = 1_000_000;

    /// <summary>The deadline given to a speed-test lease.</summary>
    public TimeSpan TestLease { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The platform commission on every payment, in parts per million (0 to 1,000,000).</summary>
    public int CommissionPpm { get; init; }

    /// <summary>The matching policy.</summary>
    public MatchingPolicyKind Policy { get; init; } = MatchingPolicyKind.Rank;

    /// <summary>The seed of the engine's random generator (used by the lottery).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>How many speed measurements the engine keeps per client (older ones are in the events).</summary>
    public int SpeedHistory { get; init; } = 16;

    /// <summary>Whether a job that completes or fails is forgotten once its ending event is applied
    /// (default false: every job is kept, as the live dispatcher needs).</summary>
    /// <remarks>A forgotten job's facts are all in the events up to its end, so a caller whose sink
    /// keeps what it needs of them (the simulator) holds memory for the jobs still running, not for
    /// every job ever submitted. A forgotten job is unknown from then on: <see cref="MarketEngine.GetJob"/>
    /// returns null, <see cref="MarketEngine.Jobs"/> skips it, and a command naming it is rejected as
    /// <see cref="RejectionCode.UnknownJob"/> (not <see cref="RejectionCode.JobEnded"/>). Ids are never reused.
    /// Applying the same events gives the same state, so replay and snapshots are unchanged.</remarks>
    public bool ForgetEndedJobs { get; init; }

    /// <summary>Every problem with these options, each naming its field; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MinLease <= TimeSpan.Zero)
        {
            problems.Add("MinLease must be positive.");
        }

        if (MaxLease < MinLease)
        {
            problems.Add("MaxLease must be at least MinLease.");
        }

        if (Window < TimeSpan.Zero)
        {
            problems.Add("Window must not be negative.");
        }

        if (PoolThreshold < 1)
        {
            problems.Add("PoolThreshold must be at least 1.");
        }

        if (TestInterval <= TimeSpan.Zero)
        {
            problems.Add("TestInterval must be positive.");
        }

        if (!(TestWork > 0) || double.IsInfinity(TestWork))
        {
            problems.Add("TestWork must be a positive finite number.");
        }

        if (TestLease <= TimeSpan.Zero)
        {
            problems.Add("TestLease must be positive.");
        }

        if (CommissionPpm is < 0 or > 1_000_000)
        {
            problems.Add("CommissionPpm must be between 0 and 1000000.");
        }

        if (!Enum.IsDefined(Policy))
        {
            problems.Add("Policy is not a known policy.");
        }

        if (SpeedHistory < 1)
        {
            problems.Add("SpeedHistory must be at least 1.");
        }

        return problems;
    }

    /// <summary>The lease length granted for a requested one: clamped to [MinLease, MaxLease].</summary>
    public TimeSpan GrantLength(TimeSpan requested)
        => requested < MinLease ? MinLease : requested > MaxLease ? MaxLease : requested;
}
