namespace Market.Engine;

/// <summary>The answer to a work request.</summary>
public enum WorkKind
{
    /// <summary>Run the standard workload and report its elapsed time.</summary>
    SpeedTest,

    /// <summary>Wait: the request is in the pool until its window is matched.</summary>
    Pooled,

    /// <summary>A job lease was granted at once (the request filled the pool).</summary>
    Lease,
}
