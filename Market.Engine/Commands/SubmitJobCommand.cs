namespace Market.Engine;

/// <summary>Submits a job.</summary>
/// <param name="Time">When.</param>
/// <param name="Owner">The owning account.</param>
/// <param name="Name">The job's name.</param>
/// <param name="Price">Credits per compute-hour.</param>
/// <param name="Initial">The initial state.</param>
public sealed record SubmitJobCommand(Instant Time, AccountId Owner, string Name, decimal Price, StateVersion Initial) : MarketCommand(Time);
