namespace Market.Engine;

/// <summary>What a client reports when it checks a job lease in.</summary>
public enum CheckInKind
{
    /// <summary>The slice ran; the job goes on from the new state.</summary>
    Progress,

    /// <summary>The job finished; the new state carries its result.</summary>
    Completed,

    /// <summary>The job raised an error; it ends failed.</summary>
    Failed,
}
