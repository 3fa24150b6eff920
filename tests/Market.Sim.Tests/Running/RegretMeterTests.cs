using Market.Sim.Running;

namespace Market.Sim.Tests.Running;

public sealed class RegretMeterTests
{
    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 1)]
    [InlineData(5, 300)]
    [InlineData(74, 2000)]
    [InlineData(300, 300)]
    public void Fastest_AnyPool_TheFrontOfTheSpeedsSortedDescending(int top, int poolSize)
    {
        var rng = new DeterministicRandom((ulong)(top + poolSize));
        PoolEntry[] pool = Enumerable.Range(0, poolSize)
            .Select(i => new PoolEntry(new ClientId(i + 1), Math.Round(rng.NextDouble() * 50) + (i * 0.01 % 3), i, TimeSpan.FromMinutes(10)))
            .ToArray();
        double[] expected = pool.Select(p => p.Speed).OrderDescending().Take(top).ToArray();
        double[] actual = new double[top];
        RegretMeter.Fastest(pool, actual);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(MatchingPolicyKind.Rank)]
    [InlineData(MatchingPolicyKind.Vickrey)]
    [InlineData(MatchingPolicyKind.Fcfs)]
    [InlineData(MatchingPolicyKind.Lottery)]
    public void Match_SmallWindows_RegretAndGainAsBruteForceFindsThem(MatchingPolicyKind policy)
    {
        var rng = new DeterministicRandom(17 + (ulong)policy);
        int regretful = 0;
        for (int trial = 0; trial < 60; trial++)
        {
            // One window of the engine with the meter as its policy: up to six machines of
            // different speeds pooled in a known order, up to six jobs with prices that may tie.
            var options = new MarketOptions { Policy = policy, Seed = (ulong)trial, TestWork = 100, Window = TimeSpan.FromSeconds(10) };
            var meter = new RegretMeter(MarketEngine.CreatePolicy(policy));
            var grants = new List<MarketEvent>();
            var engine = new MarketEngine(options, meter, new Grants(grants));
            Instant now = Instant.Epoch2000;
            AccountId owner = engine.OpenAccount(now);
            Assert.True(engine.Deposit(now, owner, 1_000_000m).IsAccepted);
            var clients = new List<ClientId>();
            for (int c = 0; c < 1 + (int)(rng.NextUInt64() % 6); c++)
            {
                ClientId id = engine.RegisterClient(now, owner).Value;
                LeaseId test = engine.RequestWork(now, id, TimeSpan.FromMinutes(10)).Value.Lease!.Value.Id;
                var elapsed = TimeSpan.FromSeconds(1 + (rng.NextUInt64() % 50));
                now = now.Plus(elapsed);
                Assert.True(engine.ReportSpeedTest(now, id, test, elapsed).IsAccepted);
                clients.Add(id);
            }

            now = now.Plus(TimeSpan.FromMinutes(1));
            var prices = new Dictionary<JobId, double>();
            for (int j = 0; j < 1 + (int)(rng.NextUInt64() % 6); j++)
            {
                decimal price = 0.5m * (1 + (int)(rng.NextUInt64() % 6));
                prices[engine.SubmitJob(now, owner, "job", price, StateVersion.Empty).Value] = (double)price;
            }

            ClientId[] arrival = clients.OrderBy(_ => rng.NextUInt64()).ToArray();
            foreach (ClientId c in arrival)
            {
                Assert.Equal(WorkKind.Pooled, engine.RequestWork(now, c, TimeSpan.FromMinutes(10)).Value.Kind);
            }

            double[] pooled = arrival.Select(c => engine.GetClient(c)!.Speed!.Value).ToArray();
            engine.Advance(now.Plus(options.Window));
            Assert.Equal(1, meter.Windows);
            int n = grants.Count;
            Assert.Equal(Math.Min(clients.Count, prices.Count), n);

            double actual = grants.Sum(g => prices[g.Job] * engine.GetClient(g.Client)!.Speed!.Value);
            double best = BestPairing(pooled, prices.Values.ToArray(), n, 0, new bool[prices.Count]);
            double noWindow = prices.Values.OrderDescending().Take(n).Select((price, i) => price * pooled[i]).Sum();
            Close(best, meter.Best);
            Close(Math.Max(0, best - actual), meter.Regret);
            Close(actual - noWindow, meter.GainOverNoWindow);
            regretful += best - actual > 1e-9 ? 1 : 0;
        }

        // The rearrangement inequality: rank's pairing (and Vickrey's, which pairs as rank does)
        // is the best; the price-blind policies miss it in some windows.
        Assert.True(policy is MatchingPolicyKind.Rank or MatchingPolicyKind.Vickrey ? regretful == 0 : regretful > 5, $"{regretful} windows with regret");
    }

    /// <summary>The largest Σ price × speed over every way of making exactly <paramref name="pairs"/>
    /// pairs of distinct machines and distinct jobs.</summary>
    private static double BestPairing(double[] speeds, double[] prices, int pairs, int machine, bool[] taken)
    {
        if (pairs == 0)
        {
            return 0;
        }

        if (machine == speeds.Length)
        {
            return double.NegativeInfinity;
        }

        double best = BestPairing(speeds, prices, pairs, machine + 1, taken); // this machine gets nothing
        for (int j = 0; j < prices.Length; j++)
        {
            if (!taken[j])
            {
                taken[j] = true;
                best = Math.Max(best, (speeds[machine] * prices[j]) + BestPairing(speeds, prices, pairs - 1, machine + 1, taken));
                taken[j] = false;
            }
        }

        return best;
    }

    private static void Close(double expected, double actual)
        => Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, the meter says {actual:R}");

    private sealed class Grants(List<MarketEvent> into) : IMarketEventSink
    {
        public void On(in MarketEvent e)
        {
            if (e.Kind == EventKind.LeaseGranted)
            {
                into.Add(e);
            }
        }
    }
}
