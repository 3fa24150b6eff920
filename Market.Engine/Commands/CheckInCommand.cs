namespace Market.Engine;

/// <summary>A client checks a job lease in.</summary>
/// <param name="Time">When.</param>
/// <param name="Client">The client.</param>
/// <param name="Lease">The lease.</param>
/// <param name="Kind">Progress, completed or failed.</param>
/// <param name="NewState">The new state.</param>
/// <param name="Work">Work units done.</param>
public sealed record CheckInCommand(Instant Time, ClientId Client, LeaseId Lease, CheckInKind Kind, StateVersion NewState, long Work) : MarketCommand(Time);
