namespace Market.Engine;

/// <summary>A job in the ready-list, as a matching policy sees it.</summary>
/// <param name="Job">The job.</param>
/// <param name="Price">Its current price.</param>
public readonly record struct ReadyJob(JobId Job, Price Price);
