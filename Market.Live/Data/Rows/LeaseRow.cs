namespace Market.Live.Data;

/// <summary>Every lease, of a job or a speed test (table <c>leases</c>); its id is the engine's.</summary>
public sealed class LeaseRow
{
    public long Id { get; set; }
    public string Kind { get; set; } = "job";
    public long? JobId { get; set; }
    public long ClientId { get; set; }
    public long GrantedAt { get; set; }
    public long Deadline { get; set; }
    public long BaseVersion { get; set; }
    public long PriceMicro { get; set; }
    public long? CheckedInAt { get; set; }
    public string Outcome { get; set; } = "open";
    public long Work { get; set; }
}
