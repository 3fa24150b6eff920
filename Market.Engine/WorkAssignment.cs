namespace Market.Engine;

/// <summary>What a client got for its request.</summary>
/// <param name="Kind">A speed test, a wait in the pool, or a job lease.</param>
/// <param name="Lease">The lease, for a speed test or a job lease.</param>
public readonly record struct WorkAssignment(WorkKind Kind, LeaseInfo? Lease);
