using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Market.Jobs;
using Market.Live.Protocol;

namespace Market.Live.Worker;

/// <summary>The program a machine owner runs: ask for work, run the job slice on Market.Jobs, check
/// the state in before the deadline; run speed tests the same way. Stops cleanly on Ctrl-C/SIGTERM.</summary>
internal sealed class WorkerLoop(WorkerOptions options, MarketService.MarketServiceClient service, TextWriter log)
{
    private readonly Dictionary<string, CompiledModule> modules = new(StringComparer.Ordinal);
    private readonly Metadata headers = new() { { "authorization", "Bearer " + options.Token } };
    private decimal earned;
    private int leasesDone;

    /// <summary>Runs until <paramref name="stop"/> is cancelled (the current slice is checked in first).</summary>
    /// <returns>0 when stopped, 2 when the dispatcher refuses the token.</returns>
    public async Task<int> RunAsync(CancellationToken stop)
    {
        var backoff = TimeSpan.FromMilliseconds(250);
        while (!stop.IsCancellationRequested && (options.MaxLeases == 0 || leasesDone < options.MaxLeases))
        {
            if (options.IdleOnly && LoadAverage() is double load && load >= options.IdleLoad)
            {
                Say($"machine busy (load {load:0.00} >= {options.IdleLoad:0.00}); waiting for it to be idle");
                await Sleep(TimeSpan.FromSeconds(5), stop);
                continue;
            }
            RequestWorkReply reply;
            try
            {
                reply = await service.RequestWorkAsync(new RequestWorkRequest { LeaseMs = (long)options.Lease.TotalMilliseconds }, headers,
                    deadline: DateTime.UtcNow.AddMinutes(2), cancellationToken: stop);
                backoff = TimeSpan.FromMilliseconds(250);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && stop.IsCancellationRequested)
            {
                break;
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal
                or StatusCode.Unknown or StatusCode.Cancelled or StatusCode.FailedPrecondition)
            {
                Say(e.StatusCode == StatusCode.FailedPrecondition
                    ? $"the dispatcher cannot serve this request yet ({e.Status.Detail}); retrying in {backoff.TotalSeconds:0.##} s"
                    : $"dispatcher unavailable ({e.Status.Detail}); retrying in {backoff.TotalSeconds:0.##} s");
                await Sleep(backoff, stop);
                backoff = TimeSpan.FromTicks(Math.Min(options.MaxBackoff.Ticks, backoff.Ticks * 2));
                continue;
            }
            catch (RpcException e)
            {
                Say("error: the dispatcher refused this worker: " + e.Status.Detail);
                return 2;
            }
            switch (reply.WorkCase)
            {
                case RequestWorkReply.WorkOneofCase.Lease:
                    await RunLease(reply.Lease, stop);
                    leasesDone++;
                    break;
                case RequestWorkReply.WorkOneofCase.Test:
                    await RunTest(reply.Test, stop);
                    break;
                case RequestWorkReply.WorkOneofCase.Retry:
                    await Sleep(TimeSpan.FromMilliseconds(Math.Clamp(reply.Retry.AfterMs, 10, 60_000)), stop);
                    break;
            }
        }
        Say($"stopped after {leasesDone} leases; earned {earned.ToString(CultureInfo.InvariantCulture)} credits");
        return 0;
    }

    private async Task RunLease(JobLease lease, CancellationToken stop)
    {
        var received = Stopwatch.StartNew();
        var granted = TimeSpan.FromMilliseconds(lease.GrantedMs);
        var budget = granted - options.MarginFor(granted);
        if (!modules.TryGetValue(lease.ModuleHash, out var module))
        {
            var compiled = JobCompiler.Compile(lease.Source, lease.FileName);
            if (compiled.Module == null || compiled.Module.Hash != lease.ModuleHash)
            {
                Say($"job {lease.JobId}: the program does not compile to the module the dispatcher named; leaving lease {lease.LeaseId} to expire");
                return;
            }
            module = compiled.Module;
            modules[lease.ModuleHash] = module;
        }
        var read = StateSerializer.Deserialize(lease.State.Span, module);
        if (read.State is not { } state)
        {
            Say($"job {lease.JobId}: cannot read the state ({read.Error}); leaving lease {lease.LeaseId} to expire");
            return;
        }
        long before = state.Instructions;
        var running = Stopwatch.StartNew();
        long chunk = 20_000;
        while (state.Status == JobStatus.Running && received.Elapsed < budget && !stop.IsCancellationRequested)
        {
            var t = Stopwatch.StartNew();
            JobRunner.Run(state, chunk);
            var spent = t.Elapsed;
            // Chunks of about 5 ms: a stop request or the end of the budget is noticed at once.
            chunk = Math.Clamp(spent.TotalMilliseconds < 2 ? chunk * 2 : spent.TotalMilliseconds > 10 ? chunk / 2 : chunk, 1_000, 5_000_000);
            if (options.CpuPercent < 100)
            {
                // Rest in proportion to the work, but never past the time kept for the check-in.
                var rest = spent * ((100 - options.CpuPercent) / options.CpuPercent);
                var left = budget - received.Elapsed;
                await Sleep(rest < left ? rest : left > TimeSpan.Zero ? left : TimeSpan.Zero, stop);
            }
        }
        byte[] bytes = StateSerializer.Serialize(state);
        string digest = StateSerializer.Digest(bytes);
        double seconds = Math.Max(running.Elapsed.TotalSeconds, 1e-6);
        long done = state.Instructions - before;
        var request = new CheckInRequest { LeaseId = lease.LeaseId, State = Google.Protobuf.ByteString.CopyFrom(bytes), StateDigest = digest };
        var backoff = TimeSpan.FromMilliseconds(100);
        while (received.Elapsed < granted)
        {
            try
            {
                var r = await service.CheckInAsync(request, headers, deadline: DateTime.UtcNow + (granted - received.Elapsed) + TimeSpan.FromSeconds(5));
                decimal paid = decimal.Parse(r.Paid, CultureInfo.InvariantCulture);
                earned += paid;
                Say($"job {lease.JobId} lease {lease.LeaseId}: {done:N0} instructions in {seconds:0.00} s ({done / seconds:N0}/s), {state.Status.ToString().ToLowerInvariant()}, version {r.Version}, paid {paid.ToString(CultureInfo.InvariantCulture)}; earned {earned.ToString(CultureInfo.InvariantCulture)}");
                return;
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown)
            {
                Say($"check-in of lease {lease.LeaseId} failed ({e.Status.Detail}); retrying in {backoff.TotalSeconds:0.##} s");
                await Task.Delay(backoff, CancellationToken.None);
                backoff = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(2).Ticks, backoff.Ticks * 2));
            }
            catch (RpcException e)
            {
                Say($"check-in of lease {lease.LeaseId} refused: {e.Status.Detail}");
                return;
            }
        }
        Say($"lease {lease.LeaseId} passed its deadline before the dispatcher took the state; the job rolls back");
    }

    private async Task RunTest(TestLease test, CancellationToken stop)
    {
        var compiled = JobCompiler.Compile(test.Source, "speedtest.py");
        if (compiled.Module == null)
        {
            Say("the speed test does not compile: " + string.Join("; ", compiled.Errors));
            return;
        }
        var state = JobState.Create(compiled.Module);
        var t = Stopwatch.StartNew();
        while (JobRunner.Run(state, 1_000_000) == JobStatus.Running && !stop.IsCancellationRequested)
        {
        }
        var elapsed = t.Elapsed;
        if (state.Status != JobStatus.Completed)
        {
            return; // stopped: the test lease expires
        }
        try
        {
            var r = await service.ReportSpeedTestAsync(new SpeedTestRequest
            {
                LeaseId = test.LeaseId,
                ElapsedUs = Math.Max(1, (long)(elapsed.TotalMilliseconds * 1000)),
                Result = state.ResultRepr ?? "",
            }, headers, deadline: DateTime.UtcNow.AddSeconds(30));
            Say($"speed test: {state.Instructions:N0} instructions in {elapsed.TotalSeconds:0.000} s; speed {r.Speed:0.##} work units/s");
        }
        catch (RpcException e)
        {
            Say("speed test report refused: " + e.Status.Detail);
        }
    }

    /// <summary>The one-minute load average, where the system says it (Linux).</summary>
    private static double? LoadAverage()
    {
        try
        {
            string s = File.ReadAllText("/proc/loadavg");
            return double.Parse(s.Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    private static async Task Sleep(TimeSpan t, CancellationToken stop)
    {
        try
        {
            await Task.Delay(t, stop);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Say(string line)
    {
        lock (log)
        {
            log.WriteLine(DateTime.UtcNow.ToString("HH:mm:ss ", CultureInfo.InvariantCulture) + line);
            log.Flush();
        }
    }
}
