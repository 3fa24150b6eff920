using BenchmarkDotNet.Attributes;
using Market.Engine;

namespace Market.Engine.Benchmarks;

/// <summary>Full lease cycles through the engine: request, match (the pool fills to its threshold),
/// grant, check-in with ledger and events. One operation is one cycle.</summary>
[MemoryDiagnoser]
public class LeaseCycleBenchmark
{
    private const int Clients = 10_000;
    private const int Threshold = 1_000;
    private readonly CountingSink sink = new();
    private MarketEngine engine = null!;
    private ClientId[] clients = [];
    private Instant now;

    [GlobalSetup]
    public void Setup()
    {
        (MarketEngine built, ClientId[] ids, Instant start) = BenchMarket.Build(Clients, Clients * 5, Threshold, TimeSpan.FromMinutes(1));
        engine = MarketEngine.Restore(built.Snapshot(), sink);
        clients = ids;
        now = start;
        Cycles(); // reach the steady state: every buffer at its working size
    }

    [Benchmark(OperationsPerInvoke = Clients, Description = "lease cycle (request, match, grant, check-in)")]
    public long Cycles()
    {
        now = now.Plus(TimeSpan.FromSeconds(1));
        foreach (ClientId c in clients)
        {
            engine.RequestWork(now, c, BenchMarket.LeaseLength);
        }

        now = now.Plus(TimeSpan.FromSeconds(1));
        foreach (ClientId c in clients)
        {
            LeaseId lease = engine.OpenLeaseOf(c)!.Value;
            engine.CheckIn(now, c, lease, CheckInKind.Progress, StateVersion.Empty, 1000);
        }

        return sink.Count;
    }

    private sealed class CountingSink : IMarketEventSink
    {
        public long Count;

        public void On(in MarketEvent e) => Count++;
    }
}
