namespace Market.Engine;

/// <summary>An opaque job state as the engine sees it: its digest and its size in bytes.</summary>
/// <param name="Digest">SHA-256 of the state bytes.</param>
/// <param name="Size">Size of the state in bytes; not negative.</param>
public readonly record struct StateVersion(StateDigest Digest, long Size)
{
    /// <summary>A state with no bytes behind it (simulation).</summary>
    public static readonly StateVersion Empty = new(StateDigest.None, 0);
}
