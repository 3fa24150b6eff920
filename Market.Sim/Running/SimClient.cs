using Market.Engine;

namespace Market.Sim.Running;

/// <summary>A simulated machine.</summary>
internal struct SimClient
{
    public ClientId Id;
    public double TrueSpeed;
    public bool Up;

    /// <summary>Inside one of its population's available periods.</summary>
    public bool PlannedUp;

    /// <summary>After vanishing, not back before this time (ticks).</summary>
    public long BackTicks;

    /// <summary>Bumped whenever the client goes down: events scheduled before carry the old value and are ignored.</summary>
    public int Generation;
    public long UpSinceTicks;
    public double AvailableSeconds;
    public double LeasedSeconds;
    public double TestSeconds;
    public long Leases;

    /// <summary>The job of its open job lease (a client holds at most one lease).</summary>
    public int LeaseJob;

    /// <summary>When its open lease (job or speed test) was granted, in ticks.</summary>
    public long LeaseGrantedTicks;

    /// <summary>The price paid for its open job lease.</summary>
    public double LeasePrice;

    /// <summary>Work done in its open job lease (lost if the lease expires).</summary>
    public double InFlightWork;
}
