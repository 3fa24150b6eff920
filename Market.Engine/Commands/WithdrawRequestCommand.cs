namespace Market.Engine;

/// <summary>A client leaves the pool.</summary>
/// <param name="Time">When.</param>
/// <param name="Client">The client.</param>
public sealed record WithdrawRequestCommand(Instant Time, ClientId Client) : MarketCommand(Time);
