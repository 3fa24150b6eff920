using Market.Live.Protocol;
using Market.Live.Server;

namespace Market.Live.Tests;

/// <summary>The worker as a machine owner runs it: a clean stop checks the running slice in, an
/// unreachable dispatcher is retried with backoff, --idle-only waits while the machine is busy.</summary>
public sealed class WorkerTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("market-worker").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Sigterm_WhileRunningASlice_ChecksTheStateInAndExits()
    {
        using var market = new LiveMarket(dir, new DatabaseOptions { Path = Path.Combine(dir, "w.db") }, "--Market:Window=00:00:00.05", "--Market:MinLease=00:00:01");
        var (_, auth) = market.CreateAccount("owner");
        var (client, token) = market.RegisterClient(auth, "m");
        // Minutes of work: it is surely still running when the worker is told to stop.
        const string source = "def main():\n    n = 0\n    while n < 5000000000:\n        n += 1\n    return n\n";
        long job = market.Service.SubmitJob(new SubmitJobRequest { Source = source, Entry = "main", Price = "1", Name = "endless" }, auth).JobId;
        var worker = market.StartWorker(token, "--lease", "60");
        long lease = 0;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        while (lease == 0 && sw.Elapsed < TimeSpan.FromSeconds(60))
        {
            using var db = market.Db();
            lease = db.Leases.Where(l => l.ClientId == client && l.Kind == "job" && l.Outcome == "open").Select(l => l.Id).FirstOrDefault();
            Thread.Sleep(50);
        }
        Assert.NotEqual(0, lease);
        Thread.Sleep(300);

        var stop = System.Diagnostics.Stopwatch.StartNew();
        Assert.True(worker.Terminate(TimeSpan.FromSeconds(20)), "the worker did not exit: " + worker.Output);
        Assert.True(stop.Elapsed < TimeSpan.FromSeconds(5), "the worker took " + stop.Elapsed + " to stop");
        Assert.Equal(0, worker.ExitCode);
        Assert.Contains("instructions", worker.Output, StringComparison.Ordinal);
        Assert.Contains("earned", worker.Output, StringComparison.Ordinal);

        var status = market.Service.GetJob(new JobRequest { JobId = job }, auth);
        Assert.True(status.Status == "queued", $"job is {status.Status}; worker output:\n{worker.Output}");
        Assert.Equal(1, status.Version);
        Assert.True(status.Instructions > 0);
        using var after = market.Db();
        Assert.Equal("progress", after.Leases.Single(l => l.Id == lease).Outcome);
    }

    [Fact]
    public async Task RestartWhileAClientWaitsInThePool_ItsNextRequestIsServed()
    {
        using var market = new LiveMarket(dir, new DatabaseOptions { Path = Path.Combine(dir, "p.db") }, "--Market:Window=00:00:00.05", "--Market:MinLease=00:00:01");
        var (_, auth) = market.CreateAccount("owner");
        var (_, token) = market.RegisterClient(auth, "m");
        var machine = LiveMarket.Auth(token);
        var test = market.Service.RequestWork(new RequestWorkRequest { LeaseMs = 5000 }, machine).Test;
        await Task.Delay(20);
        market.Service.ReportSpeedTest(new SpeedTestRequest { LeaseId = test.LeaseId, ElapsedUs = 10_000, Result = Market.Jobs.SpeedTest.Result.ToString(System.Globalization.CultureInfo.InvariantCulture) }, machine);

        // No job is ready: the request waits in the pool when the dispatcher dies.
        var waiting = market.Service.RequestWorkAsync(new RequestWorkRequest { LeaseMs = 5000 }, machine).ResponseAsync;
        await Task.Delay(500);
        market.KillAndRestartServer();
        await Assert.ThrowsAnyAsync<Grpc.Core.RpcException>(() => waiting);

        long job = market.Service.SubmitJob(new SubmitJobRequest { Source = "def main():\n    return 7\n", Entry = "main", Price = "1", Name = "after" }, auth).JobId;
        var reply = market.Service.RequestWork(new RequestWorkRequest { LeaseMs = 5000 }, machine);
        Assert.Equal(RequestWorkReply.WorkOneofCase.Lease, reply.WorkCase);
        Assert.Equal(job, reply.Lease.JobId);
    }

    [Fact]
    public void DispatcherUnreachable_RetriesWithBackoffAndSaysSo()
    {
        using var worker = LiveProcess.Start(dir, "worker", "--server", $"http://127.0.0.1:{Ports.Free()}", "--token", "mc_x", "--max-backoff", "0.5");
        worker.WaitFor("retrying in", TimeSpan.FromSeconds(30));
        Assert.Contains("dispatcher unavailable", worker.Output, StringComparison.Ordinal);
        Assert.True(worker.Terminate(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void IdleOnly_MachineBusy_TakesNoWork()
    {
        using var market = new LiveMarket(dir, new DatabaseOptions { Path = Path.Combine(dir, "i.db") });
        var (_, auth) = market.CreateAccount("owner");
        var (client, token) = market.RegisterClient(auth, "m");
        var worker = market.StartWorker(token, "--idle-only", "--idle-load", "0");
        worker.WaitFor("machine busy", TimeSpan.FromSeconds(30));
        using var db = market.Db();
        Assert.Empty(db.Leases.Where(l => l.ClientId == client));
    }

    [Fact]
    public void BadToken_RefusedWithExit2()
    {
        using var market = new LiveMarket(dir, new DatabaseOptions { Path = Path.Combine(dir, "t.db") });
        var worker = market.StartWorker("mc_not-a-token");
        Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(30)), worker.Output);
        Assert.Equal(2, worker.ExitCode);
        Assert.Contains("refused this worker: unknown or revoked client token", worker.Output, StringComparison.Ordinal);
    }
}
