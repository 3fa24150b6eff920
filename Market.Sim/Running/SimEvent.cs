namespace Market.Sim.Running;

/// <summary>What happens at a point of simulated time.</summary>
internal enum SimEventKind
{
    /// <summary>The engine has something due (a window end or a lease deadline).</summary>
    EngineDue,

    /// <summary>A client finished its speed test.</summary>
    TestDone,

    /// <summary>A client finished a slice and sends the state back.</summary>
    SliceDone,

    /// <summary>A client asks for work.</summary>
    Request,

    /// <summary>A client's available period starts (Lease holds the period's index).</summary>
    ClientUp,

    /// <summary>A client vanishes mid-lease.</summary>
    ClientDown,

    /// <summary>New jobs arrive.</summary>
    JobArrival,

    /// <summary>An owner reconsiders a job's price.</summary>
    Reprice,

    /// <summary>A time-series sample.</summary>
    Sample,

    /// <summary>A client's available period ends (its owner needs it, or it is switched off).</summary>
    PlannedDown,

    /// <summary>A client that vanished mid-lease may come back.</summary>
    Return,
}

/// <summary>A scheduled event: a small struct, so the queue allocates nothing per event. Events run
/// in (time, priority, insertion sequence) order, the priority being the kind (see <see cref="EventQueue"/>).</summary>
/// <param name="Kind">What happens.</param>
/// <param name="Subject">The client or job index.</param>
/// <param name="Generation">The client's generation when scheduled; a stale one is ignored (lazy cancel).</param>
/// <param name="Lease">The lease concerned, if any.</param>
internal readonly record struct SimEvent(SimEventKind Kind, int Subject, int Generation, long Lease);
