namespace Market.Engine;

/// <summary>A policy's decision: the request at <paramref name="PoolIndex"/> gets <paramref name="Job"/>,
/// whose owner pays <paramref name="Paid"/> per hour for it.</summary>
/// <param name="PoolIndex">Index into <see cref="MatchingInput.Pool"/>.</param>
/// <param name="Job">A ready job.</param>
/// <param name="Paid">The price charged for this lease; never more than the job's own price.</param>
public readonly record struct Assignment(int PoolIndex, JobId Job, Price Paid);
