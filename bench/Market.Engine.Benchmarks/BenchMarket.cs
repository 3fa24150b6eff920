using Market.Engine;

namespace Market.Engine.Benchmarks;

/// <summary>Builds large markets for the benchmarks: one rich account, tested clients, priced jobs.</summary>
internal static class BenchMarket
{
    public static readonly TimeSpan LeaseLength = TimeSpan.FromMinutes(30);

    public static (MarketEngine Engine, ClientId[] Clients, Instant Now) Build(int clients, int jobs, int poolThreshold, TimeSpan window, ulong seed = 42)
    {
        var options = new MarketOptions
        {
            PoolThreshold = poolThreshold,
            Window = window,
            TestInterval = TimeSpan.FromDays(3650),
            TestWork = 1000,
            MaxLease = LeaseLength,
        };
        var engine = new MarketEngine(options);
        Instant now = Instant.Epoch2000;
        AccountId owner = engine.OpenAccount(now);
        engine.Deposit(now, owner, 1_000_000_000_000m);
        var rng = new DeterministicRandom(seed);
        for (int i = 0; i < jobs; i++)
        {
            // Prices in whole micro-credits across three decades, many ties.
            decimal price = (1 + (long)(rng.NextUInt64() % 100_000)) / 1000m;
            engine.SubmitJob(now, owner, "j", price, StateVersion.Empty);
        }

        var ids = new ClientId[clients];
        var tests = new LeaseId[clients];
        for (int i = 0; i < clients; i++)
        {
            ids[i] = engine.RegisterClient(now, owner).Value;
            tests[i] = engine.RequestWork(now, ids[i], LeaseLength).Value.Lease!.Value.Id;
        }

        // Every test comes back at once; the elapsed times spread the speeds over a factor of 40.
        Instant back = now.Plus(TimeSpan.FromSeconds(21));
        for (int i = 0; i < clients; i++)
        {
            double seconds = 0.5 + (rng.NextDouble() * 20);
            if (!engine.ReportSpeedTest(back, ids[i], tests[i], TimeSpan.FromSeconds(seconds)).IsAccepted)
            {
                throw new InvalidOperationException("The speed test of the bench market was refused.");
            }
        }

        return (engine, ids, now.Plus(TimeSpan.FromMinutes(1)));
    }
}
