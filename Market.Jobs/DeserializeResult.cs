namespace Market.Jobs;

/// <summary>A deserialized state, or the reason the bytes were rejected.</summary>
public sealed record DeserializeResult(JobState? State, string? Error)
{
    /// <summary>Whether the bytes were a valid state of the module.</summary>
    public bool Success => State != null;
}
