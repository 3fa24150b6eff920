namespace Market.Engine.Internal;

/// <summary>An open lease.</summary>
internal struct LeaseState
{
    public long Id;
    public LeaseKind Kind;
    public int Job;
    public int Client;
    public Instant Granted;
    public Instant Deadline;
    public long PaidPrice;
    public long Reserved;
    public long BaseVersion;
}
