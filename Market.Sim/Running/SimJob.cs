using Market.Engine;

namespace Market.Sim.Running;

/// <summary>A simulated job: how much work it has left, and what happened to it. A small struct in
/// a <see cref="JobTable"/>, so a run keeps 64 bytes per job (what jobs.csv and the summary need)
/// rather than an object per job.</summary>
internal struct SimJob
{
    public double InitialPrice;
    public double Work;
    public double WorkLeft;
    public long SubmittedTicks;

    /// <summary>Ticks of the first lease, or <see cref="long.MinValue"/> for none yet.</summary>
    public long FirstLeaseTicks;

    /// <summary>Ticks of completion, or <see cref="long.MinValue"/> while not completed.</summary>
    public long CompletedTicks;

    /// <summary>The sum of the speeds of the clients of its slices (for their mean).</summary>
    public double SpeedSum;
    public int Slices;

    /// <summary>Its owner's account id.</summary>
    public int Owner;

    public readonly Instant Submitted => new(SubmittedTicks);

    public readonly Instant? FirstLease => FirstLeaseTicks == long.MinValue ? null : new Instant(FirstLeaseTicks);

    public readonly Instant? Completed => CompletedTicks == long.MinValue ? null : new Instant(CompletedTicks);
}
