namespace Market.Engine.Internal;

/// <summary>A job's mutable state.</summary>
internal struct JobState
{
    public int Owner;
    public string Name;
    public long Price;
    public JobStatus Status;
    public Instant Submitted;

    /// <summary>The committed version number (0 is the initial state) and the state it names.</summary>
    public long Version;
    public StateVersion Committed;
    public long WorkDone;
    public long Rollbacks;

    /// <summary>The open lease's id, or 0.</summary>
    public long OpenLease;

    /// <summary>When the job last entered the ready-list (the FCFS order).</summary>
    public long ReadySequence;

    /// <summary>The matching round in which the job was last assigned (catches a policy assigning it twice).</summary>
    public long ClaimedRound;
}
