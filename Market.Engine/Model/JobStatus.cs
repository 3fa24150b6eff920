namespace Market.Engine;

/// <summary>Where a job is in its life. The names are part of the report contract.</summary>
public enum JobStatus
{
    /// <summary>Ready to be leased: it waits in the ready-list.</summary>
    Queued,

    /// <summary>A client holds a lease on it.</summary>
    Leased,

    /// <summary>Finished with a result.</summary>
    Completed,

    /// <summary>Ended with an error.</summary>
    Failed,

    /// <summary>Not dispatched because its owner cannot pay for its next lease.</summary>
    Paused,
}
