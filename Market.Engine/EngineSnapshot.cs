using Market.Engine.Internal;

namespace Market.Engine;

/// <summary>A frozen copy of an engine's whole state, taken by <see cref="MarketEngine.Snapshot"/>.
/// Immutable: restoring it any number of times gives the same engine.</summary>
public sealed class EngineSnapshot
{
    internal EngineSnapshot(MarketOptions options, EngineState state)
    {
        Options = options;
        State = state;
    }

    /// <summary>The options of the engine it was taken from.</summary>
    public MarketOptions Options { get; }

    /// <summary>The time of the last event before it.</summary>
    public Instant Time => State.Now;

    /// <summary>Events emitted before it.</summary>
    public long EventCount => State.EventCount;

    internal EngineState State { get; }
}
