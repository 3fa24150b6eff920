namespace Market.Jobs;

/// <summary>Where a job stands after a run slice.</summary>
public enum JobStatus
{
    /// <summary>Out of fuel for this slice; run it again (here or anywhere) to continue.</summary>
    Running,

    /// <summary>The entry function returned.</summary>
    Completed,

    /// <summary>An uncaught exception or a limit ended the job.</summary>
    Failed,
}
