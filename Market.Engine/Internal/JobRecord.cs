namespace Market.Engine.Internal;

/// <summary>The parts of a job that matching never reads: kept apart from <see cref="JobState"/>.</summary>
internal struct JobRecord
{
    public string Name;
    public Instant Submitted;

    /// <summary>The committed state the version number names (the rollback point).</summary>
    public StateVersion Committed;
    public long WorkDone;
    public long Rollbacks;
}
