using Market.Engine;

namespace Market.Sim.Running;

/// <summary>A simulated machine: 96 bytes (the 4-byte fields side by side, then the 8-byte ones;
/// in declaration order they padded it to 112).</summary>
internal struct SimClient
{
    public ClientId Id;

    /// <summary>Bumped whenever the client goes down: events scheduled before carry the old value and are ignored.</summary>
    public int Generation;

    /// <summary>The job of its open job lease (a client holds at most one lease).</summary>
    public int LeaseJob;
    public bool Up;

    /// <summary>Inside one of its population's available periods.</summary>
    public bool PlannedUp;
    public double TrueSpeed;

    /// <summary>Work done in its open job lease (lost if the lease expires).</summary>
    public double InFlightWork;

    /// <summary>When its open lease (job or speed test) was granted, in ticks.</summary>
    public long LeaseGrantedTicks;

    /// <summary>The price paid for its open job lease.</summary>
    public double LeasePrice;
    public double LeasedSeconds;
    public long Leases;
    public double TestSeconds;

    /// <summary>After vanishing, not back before this time (ticks).</summary>
    public long BackTicks;
    public long UpSinceTicks;
    public double AvailableSeconds;
}
