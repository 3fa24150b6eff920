namespace Market.Live.Data;

/// <summary>A machine that sells time (table <c>clients</c>); its id is the engine's client id and
/// its token is stored as the SHA-256 of the secret. Its leases are in <c>leases</c>, its earnings
/// in <c>ledger</c>.</summary>
public sealed class ClientRow
{
    public long Id { get; set; }
    public long AccountId { get; set; }
    public string Name { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public long RegisteredAt { get; set; }
    public double? Speed { get; set; }
    public long? LastTestAt { get; set; }
    public bool Revoked { get; set; }
}
