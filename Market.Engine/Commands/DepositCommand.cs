namespace Market.Engine;

/// <summary>Deposits credits into an account.</summary>
/// <param name="Time">When.</param>
/// <param name="Account">The account.</param>
/// <param name="Amount">Credits, at most six places.</param>
public sealed record DepositCommand(Instant Time, AccountId Account, decimal Amount) : MarketCommand(Time);
