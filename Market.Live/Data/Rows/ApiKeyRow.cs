namespace Market.Live.Data;

/// <summary>An account's API key (table <c>api_keys</c>), stored as the SHA-256 of the secret.</summary>
public sealed class ApiKeyRow
{
    public long Id { get; set; }
    public long AccountId { get; set; }
    public string KeyHash { get; set; } = "";
    public long CreatedAt { get; set; }
    public bool Revoked { get; set; }
}
