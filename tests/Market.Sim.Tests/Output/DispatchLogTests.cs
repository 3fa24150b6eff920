using Market.Reports;
using Market.Sim.Output;
using Market.Sim.Running;

namespace Market.Sim.Tests.Output;

public sealed class DispatchLogTests : IDisposable
{
    /// <summary>Churn, vanishing machines and short leases: leases are checked in, expire, and stay open at the end.</summary>
    internal const string Churn = """
        {
          "durationHours": 8,
          "market": { "policy": "vickrey", "windowSeconds": 5, "testWork": 60000, "minLeaseMinutes": 1 },
          "clients": { "count": 40, "owners": 5, "speed": { "lognormal": { "median": 1000, "sigma": 0.6 } },
                       "availability": "onoff", "meanUpHours": 2, "meanDownHours": 1, "vanishPerHour": 0.5, "bandwidthMBps": 0.5, "leaseMinutes": 3 },
          "jobs": { "initial": 60, "arrivalsPerHour": 40, "work": { "lognormal": { "median": 1800000, "sigma": 0.8 } },
                    "price": { "uniform": { "min": 0.1, "max": 5 } }, "owners": 6, "budget": 10000, "stateSizeMB": 20,
                    "repricing": "randomWalk", "repricingMinutes": 30 }
        }
        """;

    /// <summary><see cref="Churn"/> with ten times the machines and the jobs: more leases than one
    /// block of the log's reader, more rows than one buffer of the CSV writer.</summary>
    internal static readonly string BiggerChurn = Churn
        .Replace("\"count\": 40", "\"count\": 400", StringComparison.Ordinal)
        .Replace("\"initial\": 60, \"arrivalsPerHour\": 40", "\"initial\": 600, \"arrivalsPerHour\": 400", StringComparison.Ordinal);

    private readonly string dir = Directory.CreateTempSubdirectory("market-dispatch").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Dispatches_ChurnRun_SameAsTheInMemoryHistory()
    {
        var history = new DispatchHistory();
        using var log = new DispatchLog(Path.Combine(dir, "scratch"));
        var sim = new Simulation(ScenarioLoader.Parse(Churn).Scenario!, 5, dispatchLog: log, observer: history);
        foreach (int client in new[] { int.MinValue, -1, 0, 1, 1 << 20 })
        {
            log.ReadAhead(client); // the run's read-ahead hint (which it gives itself too) takes any id
        }

        sim.Run();
        var streamed = log.Dispatches.ToList();
        Assert.Equal(history.Dispatches.Count, streamed.Count);
        Assert.Equal(history.Dispatches, streamed);
        foreach (DispatchOutcome outcome in new[] { DispatchOutcome.Accepted, DispatchOutcome.Expired, DispatchOutcome.Open })
        {
            Assert.Contains(streamed, d => d.Outcome == outcome);
        }

        // Read twice: the same again.
        Assert.Equal(streamed, log.Dispatches.ToList());
    }

    [Fact]
    public void Blocks_ChurnRun_SameDispatchesAsTheEnumeration()
    {
        using var log = new DispatchLog(Path.Combine(dir, "blocks"));
        var sim = new Simulation(ScenarioLoader.Parse(BiggerChurn).Scenario!, 5, dispatchLog: log);
        sim.Run();
        var blocks = Assert.IsAssignableFrom<IDispatchBlocks>(log.Dispatches);
        var values = blocks.Blocks().SelectMany(b => b.ToArray()).ToList();
        Assert.Equal(log.Dispatches.Count, values.Count);
        Assert.True(values.Count > 4096, $"the run fills more than one block ({values.Count} leases)");
        Assert.Equal(log.Dispatches.ToList(), values.Select(v => v.ToDispatch()));
    }

    [Fact]
    public void Dispatches_LateCheckInAfterExpiry_RejectedAsInTheHistory()
    {
        // A late check-in is rejected in the same command that expires its lease: the history marks
        // it rejected, and so must the log (it writes a lease out only between simulation events).
        var history = new DispatchHistory();
        using var log = new DispatchLog(Path.Combine(dir, "late"));
        var engine = new MarketEngine(new MarketOptions { Window = TimeSpan.Zero, TestInterval = TimeSpan.FromDays(365) }, new Both(history, log));
        Instant t = Instant.Epoch2000;
        AccountId owner = engine.OpenAccount(t);
        engine.Deposit(t, owner, 1000m);
        ClientId client = engine.RegisterClient(t, owner).Value;
        engine.SubmitJob(t, owner, "late", 1m, StateVersion.Empty);
        LeaseId test = engine.RequestWork(t, client, TimeSpan.FromMinutes(10)).Value.Lease!.Value.Id;
        t = t.Plus(TimeSpan.FromSeconds(10));
        engine.ReportSpeedTest(t, client, test, TimeSpan.FromSeconds(10));
        engine.RequestWork(t, client, TimeSpan.FromMinutes(10));
        engine.Advance(t);
        LeaseInfo lease = engine.GetLease(engine.OpenLeaseOf(client)!.Value)!.Value;
        log.Flush();
        engine.CheckIn(lease.Deadline.Plus(TimeSpan.FromSeconds(1)), client, lease.Id, CheckInKind.Progress, StateVersion.Empty, 1);
        log.Flush();
        log.Finish();
        Assert.Equal(DispatchOutcome.Rejected, history.Dispatches.Single().Outcome);
        Assert.Equal(history.Dispatches, log.Dispatches.ToList());
    }

    [Fact]
    public void Dispatches_BeforeFinish_Throws()
    {
        using var log = new DispatchLog(Path.Combine(dir, "early"));
        Assert.Throws<InvalidOperationException>(() => log.Dispatches);
    }

    [Fact]
    public void Dispose_ScratchFileDeleted()
    {
        string scratch = Path.Combine(dir, "gone");
        using (var log = new DispatchLog(scratch))
        {
            log.Finish();
            Assert.True(File.Exists(scratch));
        }

        Assert.False(File.Exists(scratch));
    }

    private sealed class Both(IMarketEventSink a, DispatchLog b) : IMarketEventSink
    {
        public void On(in MarketEvent e)
        {
            a.On(e);
            b.On(e);
        }
    }
}
