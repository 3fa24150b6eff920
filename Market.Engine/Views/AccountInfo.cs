namespace Market.Engine;

/// <summary>An account's money.</summary>
/// <param name="Id">The account.</param>
/// <param name="Balance">Credits held.</param>
/// <param name="Reserved">Credits set aside for open leases of its jobs.</param>
public readonly record struct AccountInfo(AccountId Id, Credits Balance, Credits Reserved)
{
    /// <summary>What it can still commit or withdraw.</summary>
    public Credits Available => Balance - Reserved;
}
