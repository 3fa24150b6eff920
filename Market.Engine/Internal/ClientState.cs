namespace Market.Engine.Internal;

/// <summary>A client's mutable state, its open lease included (a client holds at most one, so the
/// lease lives here rather than in a table of its own: a check-in reads one record).</summary>
internal struct ClientState
{
    /// <summary>The open lease's id, or 0; its other fields below are meaningful only while it is open.</summary>
    public long OpenLease;

    /// <summary>Ticks of the last speed test that came back, or long.MinValue for none.</summary>
    public long LastTestTicks;
    public double Speed;
    public int Owner;

    /// <summary>Index of the client's request in the pool, or -1.</summary>
    public int PoolSlot;

    /// <summary>The open lease's job (0 for a speed test).</summary>
    public int LeaseJob;
    public LeaseKind LeaseKind;
    public long LeaseGranted;
    public long LeaseDeadline;
    public long LeasePaidPrice;
    public long LeaseReserved;
    public long LeaseBaseVersion;

    public long LeasesCompleted;
    public long Earned;
    public Instant Registered;

    /// <summary>The last measurements, a ring of MarketOptions.SpeedHistory entries.</summary>
    public SpeedMeasurement[] History;
    public long Measurements;

    /// <summary>The open lease as a value (valid while <see cref="OpenLease"/> is not 0).</summary>
    public readonly LeaseState Lease(int client) => new()
    {
        Id = OpenLease,
        Kind = LeaseKind,
        Job = LeaseJob,
        Client = client,
        Granted = new Instant(LeaseGranted),
        Deadline = new Instant(LeaseDeadline),
        PaidPrice = LeasePaidPrice,
        Reserved = LeaseReserved,
        BaseVersion = LeaseBaseVersion,
    };
}
