using Market.Engine.Tests.Support;

namespace Market.Engine.Tests.Matching;

/// <summary>A window large enough that the engine grants in several batches, each read ahead in
/// several chunks, with owners who run out of money part-way (which flushes a batch early).</summary>
public sealed class LargeWindowTests
{
    private const int Clients = 12_000;
    private const int Jobs = 14_000;

    [Theory]
    [InlineData(MatchingPolicyKind.Rank)]
    [InlineData(MatchingPolicyKind.Vickrey)]
    [InlineData(MatchingPolicyKind.Fcfs)]
    [InlineData(MatchingPolicyKind.Lottery)]
    public void Advance_LargeWindow_SameStateAsReplayingItsEventsOneByOne(MatchingPolicyKind policy)
    {
        var market = new TestMarket(new MarketOptions
        {
            Window = TimeSpan.FromMinutes(10),
            PoolThreshold = Clients + 1,
            TestWork = 100,
            TestInterval = TimeSpan.FromDays(365),
            Policy = policy,
            Seed = 7,
        });
        var rng = new DeterministicRandom(11);
        AccountId machines = market.Account(0m);
        var clients = new ClientId[Clients];
        for (int i = 0; i < Clients; i++)
        {
            clients[i] = market.Client(machines, 1 + (rng.NextUInt64() % 400));
        }

        // Rich owners, and poor ones whose money lasts a few grants of a 10-minute lease.
        var owners = new AccountId[12];
        for (int i = 0; i < owners.Length; i++)
        {
            owners[i] = market.Account(i % 3 == 0 ? 0.5m : 1_000_000m);
        }

        for (int i = 0; i < Jobs; i++)
        {
            market.Job(owners[(int)(rng.NextUInt64() % (ulong)owners.Length)], (1 + (long)(rng.NextUInt64() % 5_000)) / 100m);
        }

        foreach (ClientId c in clients)
        {
            market.Request(c);
        }

        EngineSnapshot before = market.Engine.Snapshot();
        int from = market.Log.Events.Count;
        market.Engine.Advance(market.Tick(TimeSpan.FromMinutes(10)));

        List<MarketEvent> window = market.Log.Events.Skip(from).ToList();
        int granted = window.Count(e => e.Kind == EventKind.LeaseGranted);
        int paused = window.Count(e => e.Kind == EventKind.JobPaused);
        Assert.True(granted > 2 * 4096, "The window should grant more than two batches, but granted " + granted + ".");
        Assert.True(paused > 0, "Some owner should have run out of money.");
        Assert.Equal(granted, market.Engine.OpenLeaseCount);
        Assert.Equal(granted, window.Where(e => e.Kind == EventKind.LeaseGranted).Select(e => e.Client).Distinct().Count());
        Assert.Equal(granted, window.Where(e => e.Kind == EventKind.LeaseGranted).Select(e => e.Job).Distinct().Count());
        Assert.Equal(Clients - granted, market.Engine.PoolSize);

        MarketEngine replayed = MarketEngine.Restore(before);
        foreach (MarketEvent e in window)
        {
            replayed.Apply(e);
        }

        Assert.Equal(replayed.DescribeState(), market.Engine.DescribeState());
    }
}
