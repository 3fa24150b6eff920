namespace Market.Live.Data;

/// <summary>A committed job state version (table <c>job_states</c>): the bytes, and the lease that
/// produced it (none for version 0, which the dispatcher created at submission).</summary>
public sealed class JobStateRow
{
    public long Id { get; set; }
    public long JobId { get; set; }
    public long Version { get; set; }
    public byte[] State { get; set; } = [];
    public string Digest { get; set; } = "";
    public long Size { get; set; }
    public long? ClientId { get; set; }
    public long? LeaseId { get; set; }
    public long? CheckedOut { get; set; }
    public long? CheckedIn { get; set; }
    public string Outcome { get; set; } = "submitted";
}
