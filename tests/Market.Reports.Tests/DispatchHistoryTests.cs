namespace Market.Reports.Tests;

public sealed class DispatchHistoryTests
{
    [Fact]
    public void History_SampleMarket_RecordsEachOutcome()
    {
        var market = new SampleMarket();
        IReadOnlyList<Dispatch> d = market.History.Dispatches;
        Assert.Equal(4, d.Count);
        Assert.Equal(DispatchOutcome.Accepted, d.Single(x => x.CheckedIn is not null).Outcome);
        Assert.Contains(d, x => x.Outcome == DispatchOutcome.Rejected && x.CheckedIn is null);
        Assert.Contains(d, x => x.Outcome == DispatchOutcome.Expired);
        Assert.Equal(DispatchOutcome.Open, d[^1].Outcome);
        Assert.All(d, x => Assert.True(x.Deadline > x.CheckedOut));
    }

    [Fact]
    public void History_PassesEveryEventOn()
    {
        var inner = new Counting();
        var history = new DispatchHistory(inner);
        var engine = new MarketEngine(new MarketOptions(), history);
        engine.OpenAccount(Instant.Epoch2000);
        Assert.Equal(engine.EventCount, inner.Count);
    }

    private sealed class Counting : IMarketEventSink
    {
        public long Count;

        public void On(in MarketEvent e) => Count++;
    }
}
