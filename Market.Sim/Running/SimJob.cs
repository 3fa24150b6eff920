using Market.Engine;

namespace Market.Sim.Running;

/// <summary>A simulated job: how much work it has left, and what happened to it. A small struct in
/// a <see cref="JobTable"/>: 96 bytes per job (what jobs.csv, report.xml and the summary need)
/// rather than an object per job, and in memory only while recent or running (a run's table writes
/// older ones to a scratch file). The engine forgets a job once it has ended
/// (<see cref="MarketOptions.ForgetEndedJobs"/>), so the facts the reports need of an ended job
/// (price, version, work done, rollbacks) are kept here, folded in from the engine's events.</summary>
internal struct SimJob
{
    // First what a slice's start and check-in touch, so that those mostly find one cache line.
    public double WorkLeft;

    /// <summary>Its committed version number, as the engine has it.</summary>
    public long Version;

    /// <summary>Work units checked in, as the engine counts them.</summary>
    public long WorkDone;

    /// <summary>Ticks of completion, or <see cref="long.MinValue"/> while not completed.</summary>
    public long CompletedTicks;

    /// <summary>Ticks of the first lease, or <see cref="long.MinValue"/> for none yet.</summary>
    public long FirstLeaseTicks;

    /// <summary>The sum of the speeds of the clients of its slices (for their mean).</summary>
    public double SpeedSum;
    public int Slices;

    /// <summary>Leases of it that expired, as the engine counts them.</summary>
    public int Rollbacks;

    public double InitialPrice;
    public double Work;
    public long SubmittedTicks;

    /// <summary>Its owner's account id.</summary>
    public int Owner;

    /// <summary>Its price in micro-credits per hour, as the engine has it.</summary>
    public long PriceMicro;

    public readonly Instant Submitted => new(SubmittedTicks);

    public readonly Instant? FirstLease => FirstLeaseTicks == long.MinValue ? null : new Instant(FirstLeaseTicks);

    public readonly Instant? Completed => CompletedTicks == long.MinValue ? null : new Instant(CompletedTicks);
}
