namespace Market.Engine;

/// <summary>Changes a job's price.</summary>
/// <param name="Time">When.</param>
/// <param name="Requester">Who asks (must own the job).</param>
/// <param name="Job">The job.</param>
/// <param name="Price">The new price.</param>
public sealed record ChangePriceCommand(Instant Time, AccountId Requester, JobId Job, decimal Price) : MarketCommand(Time);
