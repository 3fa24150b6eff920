namespace Market.Engine.Internal;

/// <summary>What matching and leasing read and write of a job: kept to one cache line, since a
/// matching step touches thousands of these at random (the rest is in <see cref="JobRecord"/>).</summary>
internal struct JobState
{
    public int Owner;
    public JobStatus Status;
    public long Price;

    /// <summary>The committed version number (0 is the initial state).</summary>
    public long Version;

    /// <summary>The open lease's id, or 0.</summary>
    public long OpenLease;

    /// <summary>When the job last entered the ready-list (the FCFS order).</summary>
    public long ReadySequence;

    /// <summary>The matching round in which the job was last assigned (catches a policy assigning it twice).</summary>
    public long ClaimedRound;
}
