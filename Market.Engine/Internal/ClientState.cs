namespace Market.Engine.Internal;

/// <summary>A client's mutable state.</summary>
internal struct ClientState
{
    public int Owner;
    public Instant Registered;

    /// <summary>Ticks of the last speed test that came back, or long.MinValue for none.</summary>
    public long LastTestTicks;
    public double Speed;

    /// <summary>The last measurements, a ring of MarketOptions.SpeedHistory entries.</summary>
    public SpeedMeasurement[] History;
    public long Measurements;

    /// <summary>The open lease's id, or 0.</summary>
    public long OpenLease;

    /// <summary>Index of the client's request in the pool, or -1.</summary>
    public int PoolSlot;

    public long LeasesCompleted;
    public long Earned;
}
