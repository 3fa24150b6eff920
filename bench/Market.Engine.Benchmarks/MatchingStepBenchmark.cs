using BenchmarkDotNet.Attributes;
using Market.Engine;

namespace Market.Engine.Benchmarks;

/// <summary>One rank matching step: a 100,000-request pool against 1,000,000 ready jobs, grants and
/// events included. Baseline: what the step would cost if it sorted the ready-list instead.</summary>
[MemoryDiagnoser]
public class MatchingStepBenchmark
{
    private const int Jobs = 1_000_000;
    private const int Pool = 100_000;
    private MarketEngine engine = null!;
    private ClientId[] clients = [];
    private Instant now;
    private (long Price, int Job)[] prices = [];
    private (long Price, int Job)[] scratch = [];

    [GlobalSetup]
    public void Setup()
    {
        (engine, clients, now) = BenchMarket.Build(Pool, Jobs, poolThreshold: Pool + 1, window: TimeSpan.FromHours(1));
        prices = engine.Jobs().Select(j => (j.Price.MicroPerHour, j.Id.Value)).ToArray();
        scratch = new (long, int)[prices.Length];
    }

    [IterationSetup(Target = nameof(RankMatchingStep))]
    public void FillPool()
    {
        // Give back the leases of the previous step, then pool every client again.
        now = now.Plus(TimeSpan.FromSeconds(1));
        foreach (ClientId c in clients)
        {
            if (engine.OpenLeaseOf(c) is LeaseId lease)
            {
                engine.CheckIn(now, c, lease, CheckInKind.Progress, StateVersion.Empty, 1);
            }

            engine.RequestWork(now, c, BenchMarket.LeaseLength);
        }
    }

    [Benchmark(Description = "rank step: 100k pool x 1M ready jobs")]
    public int RankMatchingStep()
    {
        now = now.Plus(TimeSpan.FromHours(1));
        engine.Advance(now);
        return engine.OpenLeaseCount;
    }

    [Benchmark(Baseline = true, Description = "baseline: full sort of 1M ready jobs by price")]
    public long SortReadyList()
    {
        Array.Copy(prices, scratch, prices.Length);
        Array.Sort(scratch, static (a, b) => a.Price != b.Price ? b.Price.CompareTo(a.Price) : a.Job.CompareTo(b.Job));
        return scratch[Pool - 1].Price;
    }
}
