using Market.Engine.Tests.Support;

namespace Market.Engine.Tests.Events;

public sealed class FilteredSinkTests
{
    /// <summary>Keeps the events of the kinds it wants.</summary>
    private sealed class Picky(params EventKind[] kinds) : IFilteredMarketEventSink
    {
        public List<EventKind> Asked { get; } = new();

        public List<MarketEvent> Events { get; } = new();

        public bool Wants(EventKind kind)
        {
            Asked.Add(kind);
            return kinds.Contains(kind);
        }

        public void On(in MarketEvent e) => Events.Add(e);
    }

    [Fact]
    public void On_SinkWantsSomeKinds_GetsExactlyThoseInOrderAndTheStateIsUnchanged()
    {
        var options = new MarketOptions { Window = TimeSpan.FromSeconds(10), TestWork = 100, CommissionPpm = 20_000 };
        var full = new EventLog();
        var picky = new Picky(EventKind.LeaseGranted, EventKind.CheckedIn, EventKind.LeaseExpired);
        var a = new MarketEngine(options, full);
        var b = new MarketEngine(options, picky);
        foreach (MarketEngine engine in new[] { a, b })
        {
            Play(engine);
        }

        Assert.Equal(a.DescribeState(), b.DescribeState());
        Assert.Equal(a.EventCount, b.EventCount);
        Assert.Equal(full.Events.Where(e => e.Kind is EventKind.LeaseGranted or EventKind.CheckedIn or EventKind.LeaseExpired), picky.Events);
        Assert.Contains(picky.Events, e => e.Kind == EventKind.LeaseExpired);
        Assert.Equal(Enum.GetValues<EventKind>().Length, picky.Asked.Distinct().Count());
    }

    /// <summary>Two clients, three jobs: grants in a window, a check-in, an expiry, a rejection.</summary>
    private static void Play(MarketEngine engine)
    {
        Instant now = TestMarket.Start;
        AccountId owner = engine.OpenAccount(now);
        engine.Deposit(now, owner, 1000m);
        var clients = new List<ClientId>();
        foreach (double speed in new[] { 10.0, 20.0 })
        {
            ClientId c = engine.RegisterClient(now, owner).Value;
            LeaseId test = engine.RequestWork(now, c, TimeSpan.FromMinutes(10)).Value.Lease!.Value.Id;
            var elapsed = TimeSpan.FromSeconds(100 / speed);
            now = now.Plus(elapsed);
            engine.ReportSpeedTest(now, c, test, elapsed);
            clients.Add(c);
        }

        for (int i = 0; i < 3; i++)
        {
            engine.SubmitJob(now, owner, "job" + i, 1m + i, StateVersion.Empty);
        }

        foreach (ClientId c in clients)
        {
            engine.RequestWork(now, c, TimeSpan.FromMinutes(5));
        }

        now = now.Plus(TimeSpan.FromSeconds(10));
        engine.Advance(now); // both granted
        LeaseId first = engine.OpenLeaseOf(clients[0])!.Value;
        LeaseId second = engine.OpenLeaseOf(clients[1])!.Value;
        now = now.Plus(TimeSpan.FromMinutes(1));
        engine.CheckIn(now, clients[0], first, CheckInKind.Progress, TestMarket.State(1), 50);
        engine.CheckIn(now, clients[0], first, CheckInKind.Progress, TestMarket.State(1), 50); // rejected: closed
        now = now.Plus(TimeSpan.FromMinutes(10));
        engine.Advance(now); // the second lease expires
        engine.CheckIn(now, clients[1], second, CheckInKind.Progress, TestMarket.State(2), 50); // late
    }
}
