namespace Market.Engine;

/// <summary>A sink that says which kinds of event it wants: the engine applies every event as
/// always, but hands the sink only those (a simulator that folds a few kinds into its metrics
/// need not be called for every payment and pooled request).</summary>
public interface IFilteredMarketEventSink : IMarketEventSink
{
    /// <summary>Whether events of <paramref name="kind"/> are to be handed to
    /// <see cref="IMarketEventSink.On"/>. Asked once for each kind, when the engine is created
    /// (or restored) with this sink.</summary>
    bool Wants(EventKind kind);
}
