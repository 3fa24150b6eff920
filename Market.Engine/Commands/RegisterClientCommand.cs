namespace Market.Engine;

/// <summary>Registers a client.</summary>
/// <param name="Time">When.</param>
/// <param name="Owner">The owning account.</param>
public sealed record RegisterClientCommand(Instant Time, AccountId Owner) : MarketCommand(Time);
