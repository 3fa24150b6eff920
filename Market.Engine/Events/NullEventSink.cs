namespace Market.Engine;

/// <summary>A sink that drops every event.</summary>
public sealed class NullEventSink : IMarketEventSink
{
    /// <summary>The one instance.</summary>
    public static readonly NullEventSink Instance = new();

    private NullEventSink()
    {
    }

    /// <inheritdoc/>
    public void On(in MarketEvent e)
    {
    }
}
