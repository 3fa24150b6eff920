using Market.Engine;

namespace Market.Reports;

/// <summary>One job lease, from grant to its end.</summary>
/// <param name="Lease">The lease.</param>
/// <param name="Job">The job leased.</param>
/// <param name="Client">The client that held it.</param>
/// <param name="CheckedOut">When it was granted.</param>
/// <param name="Deadline">Its deadline.</param>
/// <param name="CheckedIn">When it was checked in, if it was.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Price">The price per hour paid for it.</param>
public sealed record Dispatch(LeaseId Lease, JobId Job, ClientId Client, Instant CheckedOut, Instant Deadline, Instant? CheckedIn, DispatchOutcome Outcome, Price Price);
