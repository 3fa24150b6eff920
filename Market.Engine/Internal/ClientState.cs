namespace Market.Engine.Internal;

/// <summary>What a client's requests, grants and check-ins read and write, its open lease included
/// (a client holds at most one): 64 bytes, one cache line in the engine's aligned client table, so a
/// check-in of a market of many machines misses the cache once for its client, not three times.</summary>
/// <remarks>The rest of a client is in <see cref="ClientTotals"/> (written at every check-in, dense)
/// and <see cref="ClientRecord"/> (registration and speed history).</remarks>
internal struct ClientState
{
    /// <summary>The open lease's id, or 0; the lease fields below are meaningful only while it is open.</summary>
    public long OpenLease;
    public long LeaseGranted;
    public long LeaseDeadline;
    public long LeasePaidPrice;
    public double Speed;

    /// <summary>Ticks of the last speed test that came back, or long.MinValue for none.</summary>
    public long LastTestTicks;
    public int Owner;

    /// <summary>Index of the client's request in the pool, or -1.</summary>
    public int PoolSlot;

    /// <summary>The open lease's job (0 for a speed test).</summary>
    public int LeaseJob;
    public LeaseKind LeaseKind;
}

/// <summary>A client's running totals: 16 bytes, so the table of them stays in the processor's cache.</summary>
internal struct ClientTotals
{
    public long LeasesCompleted;
    public long Earned;
}

/// <summary>The parts of a client that the lease cycle never reads.</summary>
internal struct ClientRecord
{
    public Instant Registered;
    public long Measurements;

    /// <summary>Where the next measurement goes in the client's ring of the engine's speed history
    /// (EngineState.History): Measurements modulo its length, kept rather than computed (a 64-bit
    /// division per speed test).</summary>
    public int HistoryNext;
}
