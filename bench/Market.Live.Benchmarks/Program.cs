using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Grpc.Net.Client;
using Market.Jobs;
using Market.Live.Protocol;
using Market.Live.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

// Load benchmark of the live dispatcher (not a timed test). The dispatcher runs in this process on
// a loopback port; N simulated workers each loop "request work, check the state in" (one lease
// cycle; ~1 KiB states), so N cycles are in flight. Every reply is sent after its commit
// (SQLite WAL synchronous=FULL, or PostgreSQL). The baseline of the same run: two Ping calls per
// cycle at the same concurrency (gRPC alone, no market, no store).
//
// usage: Market.Live.Benchmarks [--store sqlite|postgres] [--pg CONNSTRING] [--seconds S] [--inflight 1,8,64]
var opts = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal)).ToDictionary(x => x.a, x => x.i + 1 < args.Length ? args[x.i + 1] : "");
string store = opts.GetValueOrDefault("--store", "sqlite");
double seconds = double.Parse(opts.GetValueOrDefault("--seconds", "8"), CultureInfo.InvariantCulture);
int[] inflights = opts.GetValueOrDefault("--inflight", "1,8,64").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();

string dir = Directory.CreateTempSubdirectory("market-live-bench").FullName;
int port = FreePort();
var serveArgs = new List<string>
{
    $"--Dispatcher:GrpcPort={port}", "--Dispatcher:WebPort=0", "--Dispatcher:InitialCredits=1000000000",
    "--Market:PoolThreshold=1", "--Market:Window=00:00:00.001", "--Market:MinLease=00:01:00", "--Market:TestInterval=1.00:00:00",
    "--Logging:LogLevel:Default=Warning", "--Web:KeysFolder=" + Path.Combine(dir, "keys"),
};
serveArgs.AddRange(store == "postgres"
    ? ["--Database:Provider=postgres", "--Database:ConnectionString=" + (opts.GetValueOrDefault("--pg") ?? throw new ArgumentException("--pg CONNSTRING is needed"))]
    : ["--Database:Path=" + Path.Combine(dir, "bench.db")]);
var app = DispatcherHost.Build(serveArgs.ToArray());
await app.StartAsync();
using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}", new GrpcChannelOptions { HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true } });
var svc = new MarketService.MarketServiceClient(channel);
var owner = Auth(svc.CreateAccount(new CreateAccountRequest { Name = "bench" }).ApiKey);

// A job whose state is about 1 KiB: its argument is a 1,000-character string.
string Payload = "[\"" + new string('x', 1000) + "\"]";
const string Source = """
    def main(payload):
        total = 0
        while True:
            total += 1
        return total
    """;
int maxInflight = inflights.Max();
for (int i = 0; i < maxInflight * 2; i++)
{
    svc.SubmitJob(new SubmitJobRequest { Source = Source, Entry = "main", ArgsJson = Payload, Price = (1 + i % 10).ToString(CultureInfo.InvariantCulture), Name = "bench" + i }, owner);
}
var workers = new List<Metadata>();
var testLeases = new List<long>();
for (int i = 0; i < maxInflight; i++)
{
    var token = Auth(svc.RegisterClient(new RegisterClientRequest { Name = "w" + i }, owner).Token);
    workers.Add(token);
    testLeases.Add(svc.RequestWork(new RequestWorkRequest { LeaseMs = 60_000 }, token).Test.LeaseId);
}
await Task.Delay(50);
for (int i = 0; i < maxInflight; i++)
{
    // Each worker's first request gets a speed test; reporting it makes the next requests get jobs.
    svc.ReportSpeedTest(new SpeedTestRequest { LeaseId = testLeases[i], ElapsedUs = 10_000 + i, Result = SpeedTest.Result.ToString(CultureInfo.InvariantCulture) }, workers[i]);
}
Console.WriteLine($"# {DateTime.UtcNow:yyyy-MM-dd} Market.Live load benchmark, store {store}, {Environment.ProcessorCount} cores, {seconds} s per point");
Console.WriteLine("inflight | kind | cycles/s | p50 ms | p99 ms");
foreach (int n in inflights)
{
    var ping = await Measure(n, seconds, async (w, _) =>
    {
        await svc.PingAsync(new PingRequest());
        await svc.PingAsync(new PingRequest());
    });
    Console.WriteLine($"{n} | baseline: 2 pings | {ping.Rate:0} | {ping.P50:0.00} | {ping.P99:0.00}");
    var cycle = await Measure(n, seconds, async (w, state) =>
    {
        var r = await svc.RequestWorkAsync(new RequestWorkRequest { LeaseMs = 60_000 }, workers[w]);
        if (r.WorkCase != RequestWorkReply.WorkOneofCase.Lease)
        {
            throw new InvalidOperationException("expected a lease, got " + r);
        }
        var bytes = r.Lease.State;
        await svc.CheckInAsync(new CheckInRequest { LeaseId = r.Lease.LeaseId, State = bytes, StateDigest = StateSerializer.Digest(bytes.Span) }, workers[w]);
        state.Bytes = bytes.Length;
    });
    Console.WriteLine($"{n} | lease cycle ({cycle.Bytes} B state) | {cycle.Rate:0} | {cycle.P50:0.00} | {cycle.P99:0.00}");
    Console.WriteLine("#   writer so far: " + app.Services.GetRequiredService<Dispatcher>().Stats);
}
await app.StopAsync();
await app.DisposeAsync();
Directory.Delete(dir, recursive: true);
return 0;

static Metadata Auth(string secret) => new() { { "authorization", "Bearer " + secret } };

static int FreePort()
{
    var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
    l.Start();
    int p = ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    l.Stop();
    return p;
}

static async Task<Result> Measure(int inflight, double seconds, Func<int, Result, Task> cycle)
{
    var result = new Result();
    var latencies = new List<double>[inflight];
    var warm = TimeSpan.FromSeconds(Math.Min(2, seconds / 4));
    var total = Stopwatch.StartNew();
    long measuredStart = 0, measuredEnd = 0;
    var loops = Enumerable.Range(0, inflight).Select(async w =>
    {
        latencies[w] = new List<double>();
        while (total.Elapsed < warm + TimeSpan.FromSeconds(seconds))
        {
            long t0 = Stopwatch.GetTimestamp();
            await cycle(w, result);
            if (total.Elapsed > warm)
            {
                latencies[w].Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
        }
    }).ToArray();
    await Task.Delay(warm);
    measuredStart = Stopwatch.GetTimestamp();
    await Task.WhenAll(loops);
    measuredEnd = Stopwatch.GetTimestamp();
    var all = latencies.SelectMany(l => l).Order().ToArray();
    result.Rate = all.Length / Stopwatch.GetElapsedTime(measuredStart, measuredEnd).TotalSeconds;
    result.P50 = all.Length == 0 ? 0 : all[all.Length / 2];
    result.P99 = all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(all.Length * 0.99))];
    return result;
}

internal sealed class Result
{
    public double Rate { get; set; }
    public double P50 { get; set; }
    public double P99 { get; set; }
    public int Bytes { get; set; }
}
