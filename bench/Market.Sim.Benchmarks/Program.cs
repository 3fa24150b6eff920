using System.Diagnostics;
using System.Globalization;
using Market.Sim.Benchmarks;
using Market.Sim.Output;
using Market.Sim.Running;
using Market.Sim.Scenarios;

// Runs a scenario's event loop as `run` does (dispatch log and job table on scratch files), but
// writes no results: the figures are the loop's alone. Usage:
//   loop SCENARIO [--hours H] [--repeat N] [--no-read-ahead | --compare] [--with-bare] [--live-heap] [--hold SECONDS]
//   bare SCENARIO [--hours H] [--repeat N]
// --no-read-ahead runs the loop without reading the next machines' records ahead; --compare
// alternates rounds without and with it (the machine is noisy: pairs of one process compare best).
// --live-heap also prints the managed heap still live after the loop (a full, blocking collection)
// and the peak of live data during the loop (a full collection every 100 ms: not for timing);
// --hold keeps the process (and the run's state) alive that long after each loop, for a heap
// snapshot: dotnet-gcdump collect -p PID.
// --with-bare follows each round with a round of the bare lease cycle of the same scenario
// (BareLeaseModel: no ledger, events or metrics), in the same process, and prints the loop's time
// as a multiple of it: the machine changes from day to day, the ratio much less. `bare` runs the
// bare cycle alone.
bool help = args.Any(a => a is "-h" or "--help");
if (help || args.Length < 2 || args[0] is not ("loop" or "bare"))
{
    Console.WriteLine("usage: loop SCENARIO [--hours H] [--repeat N] [--no-read-ahead | --compare] [--with-bare] [--live-heap] [--hold SECONDS]");
    Console.WriteLine("       bare SCENARIO [--hours H] [--repeat N]");
    return help ? 0 : 2;
}

bool bareOnly = args[0] == "bare";

double? hours = null;
int repeat = 1;
bool liveHeap = false;
bool noReadAhead = false;
bool compare = false;
bool withBare = false;
int hold = 0;
for (int i = 2; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--hours" when i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out double h) && h > 0:
            hours = h;
            i++;
            break;
        case "--repeat" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int r) && r > 0:
            repeat = r;
            i++;
            break;
        case "--hold" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int seconds):
            hold = seconds;
            i++;
            break;
        case "--no-read-ahead":
            noReadAhead = true;
            break;
        case "--compare":
            compare = true;
            break;
        case "--with-bare":
            withBare = true;
            break;
        case "--live-heap":
            liveHeap = true;
            break;
        default:
            Console.Error.WriteLine($"unknown or incomplete option '{args[i]}'");
            return 2;
    }
}

if (bareOnly && (compare || noReadAhead || liveHeap || hold > 0))
{
    Console.Error.WriteLine("bare takes only --hours and --repeat");
    return 2;
}

if (compare && noReadAhead)
{
    Console.Error.WriteLine("--compare and --no-read-ahead exclude each other");
    return 2;
}

ScenarioResult loaded = ScenarioLoader.Load(args[1]);
if (loaded.Scenario is not Scenario scenario)
{
    foreach (string e in loaded.Errors)
    {
        Console.Error.WriteLine(e);
    }

    return 2;
}

if (hours is double hh)
{
    scenario = scenario with { Duration = TimeSpan.FromHours(hh) };
}

string scratch = Path.Combine(Path.GetTempPath(), "market-sim-bench-" + Environment.ProcessId);
Directory.CreateDirectory(scratch);
try
{
    for (int round = 0; round < repeat; round++)
    {
        // With --compare, the rounds alternate without and with the read-ahead, in one process.
        bool readAhead = compare ? round % 2 == 1 : !noReadAhead;
        (double seconds, double leases) = bareOnly ? (0, 0) : LoopRound(readAhead);
        if (withBare || bareOnly)
        {
            Collect();
            var bare = new BareLeaseModel(scenario);
            long started = Stopwatch.GetTimestamp();
            bare.Run();
            double bareSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            string ratio = bareOnly ? "" : string.Create(CultureInfo.InvariantCulture, $"; the loop's time per lease is {seconds / leases / (bareSeconds / bare.Leases):0.00}x the bare cycle's");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bare {bareSeconds:0.000} s, {bare.Leases} leases, {bare.Leases / bareSeconds:0} leases/s, {scenario.Clients.Count} clients, {scenario.Duration.TotalHours:0.##} h{ratio}"));
        }
    }
}
finally
{
    Directory.Delete(scratch, recursive: true);
}

return 0;

(double Seconds, double Leases) LoopRound(bool readAhead)
{
    // Each round starts from a collected heap, as a fresh process would: else the previous
    // round's garbage (tens of MB at 10,000 machines) is collected during this round's loop,
    // or not, depending on how much each build happens to allocate.
    Collect();
    using var dispatches = new DispatchLog(Path.Combine(scratch, "dispatches"));
    using var jobs = new JobTable(Path.Combine(scratch, "jobs"));
    var sim = new Simulation(scenario, scenario.Seed, dispatchLog: dispatches, jobTable: jobs, readAhead: readAhead);
    long peak = 0;
    using var watcher = liveHeap ? new Timer(_ =>
    {
        // A full collection every 100 ms (from this timer's thread; the loop waits for it):
        // what is left is live, so the largest is the peak of live data, to 100 ms.
        GC.Collect();
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
    }, null, 0, 100) : null;
    long started = Stopwatch.GetTimestamp();
    sim.Run();
    double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
    watcher?.Dispose();
    if (liveHeap)
    {
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true)); // the summary's own, at the end
    }

    double leases = sim.Metrics.Summary.First(m => m.Name == "leases").Value;
    string live = liveHeap ? string.Create(CultureInfo.InvariantCulture, $", live heap {GC.GetTotalMemory(forceFullCollection: true) / 1e6:0.0} MB, peak live {peak / 1e6:0.0} MB") : "";
    if (hold > 0)
    {
        Console.WriteLine($"holding for {hold} s: dotnet-gcdump collect -p {Environment.ProcessId}");
        Thread.Sleep(TimeSpan.FromSeconds(hold));
    }

    GC.KeepAlive(sim);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loop {seconds:0.000} s, {leases:0} leases, {leases / seconds:0} leases/s, {scenario.Clients.Count} clients, {scenario.Duration.TotalHours:0.##} h{(readAhead ? "" : ", no read-ahead")}{live}"));
    return (seconds, leases);
}

static void Collect()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
}
