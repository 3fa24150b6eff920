namespace Market.Live.Data;

/// <summary>One movement of money (table <c>ledger</c>): from the debited account to the credited one.</summary>
public sealed class LedgerRow
{
    public long Id { get; set; }
    public long Time { get; set; }
    public long DebitAccount { get; set; }
    public long CreditAccount { get; set; }
    public long AmountMicro { get; set; }
    public string Kind { get; set; } = "";
    public long? LeaseId { get; set; }
    public long? JobId { get; set; }
    public long? ClientId { get; set; }
}
