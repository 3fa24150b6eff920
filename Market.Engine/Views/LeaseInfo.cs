namespace Market.Engine;

/// <summary>An open lease, as seen from outside.</summary>
/// <param name="Id">The lease.</param>
/// <param name="Kind">Job slice or speed test.</param>
/// <param name="Job">The job (none for a speed test).</param>
/// <param name="Client">The client holding it.</param>
/// <param name="Granted">When it was granted.</param>
/// <param name="Deadline">The last moment a check-in is accepted.</param>
/// <param name="Paid">The price per hour charged for it.</param>
/// <param name="Reserved">What the job's owner has set aside for it.</param>
/// <param name="BaseVersion">The committed job version it started from.</param>
public readonly record struct LeaseInfo(LeaseId Id, LeaseKind Kind, JobId? Job, ClientId Client, Instant Granted, Instant Deadline, Price Paid, Credits Reserved, long BaseVersion)
{
    /// <summary>The granted length.</summary>
    public System.TimeSpan Length => Deadline.Since(Granted);
}
