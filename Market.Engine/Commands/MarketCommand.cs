namespace Market.Engine;

/// <summary>A command to the engine, as a value: the form a dispatcher logs and a replay feeds back
/// through <see cref="MarketEngine.Execute"/>.</summary>
/// <param name="Time">When the command happened; commands are executed in time order.</param>
public abstract record MarketCommand(Instant Time);
