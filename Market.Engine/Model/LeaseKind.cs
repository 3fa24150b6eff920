namespace Market.Engine;

/// <summary>What a lease is for.</summary>
public enum LeaseKind
{
    /// <summary>A slice of a job.</summary>
    Job,

    /// <summary>The standard speed-test workload.</summary>
    SpeedTest,
}
