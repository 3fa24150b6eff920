using Market.Engine;

namespace Market.Live.Server;

/// <summary>Collects the events of the command being executed, for the writer to store.</summary>
internal sealed class CollectingSink : IMarketEventSink
{
    public List<MarketEvent> Events { get; } = new();

    public void On(in MarketEvent e) => Events.Add(e);
}
