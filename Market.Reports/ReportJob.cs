using Market.Engine;

namespace Market.Reports;

/// <summary>A job in a report. <see cref="Owner"/> and <see cref="Name"/> are set only for the reader's own.</summary>
/// <param name="Id">The job.</param>
/// <param name="Price">Its current price.</param>
/// <param name="Status">Its status.</param>
/// <param name="Submitted">When it was submitted.</param>
/// <param name="Slices">Committed slices (its version number).</param>
/// <param name="Work">Work units (job-VM instructions in the live market) reported so far.</param>
/// <param name="Rollbacks">Leases that expired on it.</param>
/// <param name="Owner">Its owner, for the reader's own jobs only.</param>
/// <param name="Name">Its name, for the reader's own jobs only.</param>
public sealed record ReportJob(JobId Id, Price Price, JobStatus Status, Instant Submitted, long Slices, long Work, long Rollbacks, AccountId? Owner, string? Name);
