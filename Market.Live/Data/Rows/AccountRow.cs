namespace Market.Live.Data;

/// <summary>An account (table <c>accounts</c>); its id is the engine's account id. Balances live in
/// the engine and in the ledger.</summary>
public sealed class AccountRow
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public long CreatedAt { get; set; }
}
