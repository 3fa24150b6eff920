namespace Market.Engine;

/// <summary>A job, as seen from outside.</summary>
/// <param name="Id">The job.</param>
/// <param name="Owner">The account that owns it.</param>
/// <param name="Name">Its name.</param>
/// <param name="Price">Its current price.</param>
/// <param name="Status">Where it is in its life.</param>
/// <param name="Submitted">When it was submitted.</param>
/// <param name="Version">Its committed version number (0 = initial state; one more per check-in).</param>
/// <param name="Committed">The committed state (its rollback point).</param>
/// <param name="WorkDone">Work units reported by check-ins.</param>
/// <param name="Rollbacks">Leases that expired on it.</param>
/// <param name="OpenLease">The open lease, if leased.</param>
public readonly record struct JobInfo(JobId Id, AccountId Owner, string Name, Price Price, JobStatus Status, Instant Submitted, long Version, StateVersion Committed, long WorkDone, long Rollbacks, LeaseId? OpenLease);
