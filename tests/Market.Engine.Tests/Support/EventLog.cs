namespace Market.Engine.Tests.Support;

/// <summary>A sink that keeps every event.</summary>
internal sealed class EventLog : IMarketEventSink
{
    public List<MarketEvent> Events { get; } = new();

    public void On(in MarketEvent e) => Events.Add(e);

    public IEnumerable<MarketEvent> OfKind(EventKind kind) => Events.Where(e => e.Kind == kind);
}
