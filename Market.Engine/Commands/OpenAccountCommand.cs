namespace Market.Engine;

/// <summary>Opens an account.</summary>
/// <param name="Time">When.</param>
public sealed record OpenAccountCommand(Instant Time) : MarketCommand(Time);
