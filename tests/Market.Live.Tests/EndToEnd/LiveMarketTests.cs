using Grpc.Core;
using Market.Live.Protocol;
using Market.Live.Server;
using Microsoft.EntityFrameworkCore;

namespace Market.Live.Tests;

/// <summary>The live market out of process: <c>serve</c>, three workers, several programs; results
/// equal CPython's, jobs migrate between workers, and a kill -9 of the dispatcher loses nothing.</summary>
public sealed class LiveMarketTests : IDisposable
{
    // FCFS: a job coming back from a lease goes to the client that has waited longest, so slices
    // move between workers (under rank matching the fastest worker would keep the job).
    private static readonly string[] MarketArgs =
    [
        "--Market:Policy=Fcfs", "--Market:Window=00:00:00.05", "--Market:PoolThreshold=3", "--Market:MinLease=00:00:00.2",
    ];

    private readonly string dir = Directory.CreateTempSubdirectory("market-live-e2e").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Sqlite_ThreeWorkersAndAKilledDispatcher_EveryJobEndsWithCPythonsResult()
        => RunMarket(new DatabaseOptions { Provider = "sqlite", Path = Path.Combine(dir, "market.db") });

    [PostgresFact]
    public void Postgres_ThreeWorkersAndAKilledDispatcher_EveryJobEndsWithCPythonsResult()
    {
        using var cluster = new PostgresCluster();
        RunMarket(new DatabaseOptions { Provider = "postgres", ConnectionString = cluster.NewDatabase("market_e2e") });
    }

    [Fact]
    public void Sqlite_WorkerKilledHoldingALease_LeaseExpiresAndJobFinishesElsewhere()
    {
        using var market = new LiveMarket(dir, new DatabaseOptions { Path = Path.Combine(dir, "kill.db") }, MarketArgs);
        var (owner, auth) = market.CreateAccount("owner");
        var (clientA, tokenA) = market.RegisterClient(auth, "a");
        var (clientB, tokenB) = market.RegisterClient(auth, "b");
        var (name, source) = Programs.All.Single(p => p.Name == "long");
        long job = Submit(market, auth, name, source, "3");
        var a = market.StartWorker(tokenA, "--lease", "6");
        long held = WaitForOpenLease(market, clientA);

        // A dies without a word; B asks for work at once but gets the job only when A's lease expires.
        a.Kill();
        market.StartWorker(tokenB, "--lease", "1");
        market.WaitForJobs(auth, [job], TimeSpan.FromSeconds(120));

        using var db = market.Db();
        var lease = db.Leases.Single(l => l.Id == held);
        Assert.Equal("expired", lease.Outcome);
        var states = db.JobStates.Where(s => s.JobId == job && s.ClientId != null).ToList();
        Assert.NotEmpty(states);
        Assert.All(states, s => Assert.Equal(clientB, s.ClientId));
        Assert.True(db.Jobs.Single(j => j.Id == job).Rollbacks >= 1);
        AssertResult(market, auth, job, source);
    }

    private void RunMarket(Market.Live.Server.DatabaseOptions database)
    {
        using var market = new LiveMarket(dir, database, MarketArgs);
        var (owner, auth) = market.CreateAccount("owner");
        var tokens = Enumerable.Range(1, 3).Select(i => market.RegisterClient(auth, "machine" + i).Token).ToList();
        var jobs = new Dictionary<long, string>();
        int price = 1;
        foreach (var (name, source) in Programs.All)
        {
            jobs[Submit(market, auth, name, source, (price++).ToString(System.Globalization.CultureInfo.InvariantCulture))] = source;
        }
        foreach (var t in tokens)
        {
            // Retrying every 0.5 s at most while the dispatcher is down, all three are back soon after its restart.
            market.StartWorker(t, "--lease", "0.5", "--margin", "0.25", "--max-backoff", "0.5");
        }

        // Kill -9 the dispatcher once some slices are committed, then restart it on the same store.
        WaitUntil(() => market.Db().JobStates.Count(s => s.ClientId != null) >= 3, TimeSpan.FromSeconds(60), market);
        market.KillAndRestartServer();
        market.WaitForJobs(auth, jobs.Keys, TimeSpan.FromSeconds(180));

        foreach (var (id, source) in jobs)
        {
            AssertResult(market, auth, id, source);
        }
        using var db = market.Db();
        // Jobs migrate: some job's committed slices came from at least two workers.
        var slices = db.JobStates.Where(s => s.ClientId != null).Select(s => new { s.JobId, s.Version, s.ClientId }).ToList();
        Assert.True(slices.GroupBy(s => s.JobId).Any(g => g.Select(s => s.ClientId).Distinct().Count() >= 2),
            "every job's slices ran on one worker: " + string.Join(", ", slices.OrderBy(s => s.JobId).ThenBy(s => s.Version).Select(s => $"{s.JobId}v{s.Version}@{s.ClientId}")));

        // No committed state lost: every job's versions are 0..N without gaps.
        foreach (long id in jobs.Keys)
        {
            var versions = db.JobStates.Where(s => s.JobId == id).Select(s => s.Version).OrderBy(v => v).ToList();
            Assert.Equal(Enumerable.Range(0, versions.Count).Select(v => (long)v), versions);
        }

        // No lease paid twice; the ledger balances: every account's movements sum to its balance.
        var charges = db.Ledger.Where(l => l.Kind == "leasecharge").Select(l => l.LeaseId).ToList();
        Assert.Equal(charges.Count, charges.Distinct().Count());
        Assert.NotEmpty(charges);
        var moves = db.Ledger.ToList();
        Assert.Equal(0, moves.Sum(l => l.AmountMicro) - moves.Sum(l => l.AmountMicro));
        long credited = moves.Where(l => l.CreditAccount == owner).Sum(l => l.AmountMicro);
        long debited = moves.Where(l => l.DebitAccount == owner).Sum(l => l.AmountMicro);
        var account = market.Service.GetAccount(new AccountRequest(), auth);
        Assert.Equal(decimal.Parse(account.Balance, System.Globalization.CultureInfo.InvariantCulture), (credited - debited) / 1_000_000m);
        Assert.Equal(charges.Count, db.Leases.Count(l => l.Kind == "job" && l.Outcome != "open" && l.Outcome != "expired"));

        // The command log, replayed offline by the simulator, gives the live market's events exactly
        // (across the kill -9 and the restart).
        market.Server.Terminate(TimeSpan.FromSeconds(30));
        string log = Path.Combine(dir, "live.log"), live = Path.Combine(dir, "live.events"), replayed = Path.Combine(dir, "replayed.events");
        string[] where = database.IsPostgres ? ["--Database:Provider=postgres", $"--Database:ConnectionString={database.ConnectionString}"] : [$"--Database:Path={database.Path}"];
        var (code, output) = LiveProcess.RunToEnd(dir, ["log", "export", "--out", log, "--events", live, .. where]);
        Assert.True(code == 0, output);
        Assert.Equal(0, Market.Sim.Cli.Run(["replay", log, "--out", replayed], TextWriter.Null, TextWriter.Null));
        string[] expected = File.ReadAllLines(live);
        Assert.True(expected.Length > 50, "too few events: " + expected.Length);
        Assert.Contains(expected, l => l.Contains(" LeaseGranted ", StringComparison.Ordinal));
        Assert.Equal(expected, File.ReadAllLines(replayed));
    }

    private static long Submit(LiveMarket market, Metadata auth, string name, string source, string price)
        => market.Service.SubmitJob(new SubmitJobRequest { Source = source, Entry = "main", Price = price, Name = name, FileName = name + ".py" }, auth).JobId;

    private void AssertResult(LiveMarket market, Metadata auth, long job, string source)
    {
        string file = Path.Combine(dir, $"job{job}.py");
        File.WriteAllText(file, source);
        string expected = Python.Transcript(file);
        var r = market.Service.GetResult(new JobRequest { JobId = job }, auth);
        string actual = r.Status == "completed"
            ? r.Output + "=> " + r.Result + "\n"
            : r.Output + "!! " + r.Error.TrimEnd('\n').Split('\n')[^1] + "\n";
        Assert.Equal(expected, actual);
    }

    private static long WaitForOpenLease(LiveMarket market, long client)
    {
        long found = 0;
        WaitUntil(() =>
        {
            using var db = market.Db();
            found = db.Leases.Where(l => l.ClientId == client && l.Kind == "job" && l.Outcome == "open").Select(l => l.Id).FirstOrDefault();
            return found != 0;
        }, TimeSpan.FromSeconds(60), market);
        return found;
    }

    private static void WaitUntil(Func<bool> condition, TimeSpan timeout, LiveMarket market)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (sw.Elapsed > timeout)
            {
                throw new TimeoutException("condition not met; server output:\n" + market.Server.Output + "\nworkers:\n" + string.Join("\n---\n", market.Workers.Select(w => w.Output)));
            }
            Thread.Sleep(100);
        }
    }
}
