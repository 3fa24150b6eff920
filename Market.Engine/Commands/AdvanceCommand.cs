namespace Market.Engine;

/// <summary>Time passes: expiries and window ends are processed.</summary>
/// <param name="Time">When.</param>
public sealed record AdvanceCommand(Instant Time) : MarketCommand(Time);
