using System.Globalization;

namespace Market.Sim.Tests.Output;

/// <summary>The run's summary, figure by figure, and its time series, against the same figures
/// computed here from the run's other files (jobs.csv, clients.csv and the engine's event log) by
/// the definitions the README gives: an oracle that shares no code with RunMetrics, its order
/// statistics, deciles, rank correlation (the tests' <see cref="SpearmanOracle"/>) or fairness index.</summary>
public sealed class SummaryOracleTests : IDisposable
{
    private const double Hours = 8;

    private static readonly (string Name, double Q)[] Levels = [("p50", 0.5), ("p90", 0.9), ("p99", 0.99)];

    private readonly string dir = Directory.CreateTempSubdirectory("market-sim-oracle").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    // Machines that come and go and vanish mid-lease (rollbacks), more jobs than they finish
    // (unleased jobs wait to the end), owners whose budgets can run out, prices that move.
    private static string Scenario(string policy) => $$"""
        // Scenario: summary oracle
        // Covers: every kind of job ending, and prices with ties
        {
          "name": "oracle", "durationHours": {{Hours}},
          "market": { "policy": "{{policy}}", "windowSeconds": 10, "testWork": 60000, "commission": 0.05 },
          "clients": { "count": 40, "owners": 7, "speed": { "lognormal": { "median": 1000, "sigma": 0.7 } },
                       "availability": "onoff", "meanUpHours": 3, "meanDownHours": 1, "vanishPerHour": 0.2, "bandwidthMBps": 5 },
          "jobs": { "initial": 50, "arrivalsPerHour": 90, "work": { "pareto": { "min": 600000, "alpha": 1.5 } },
                    "price": { "uniform": { "min": 1, "max": 4 } }, "owners": 9, "budget": 400, "stateSizeMB": 20,
                    "repricing": "randomWalk", "repricingMinutes": 45 }
        }
        """;

    [Theory]
    [InlineData("rank", 1)]
    [InlineData("rank", 2)]
    [InlineData("fcfs", 3)]
    [InlineData("lottery", 4)]
    public void Summary_EveryFigure_AsComputedFromTheOtherFiles(string policy, int seed)
    {
        string file = Path.Combine(dir, policy + ".jsonc");
        File.WriteAllText(file, Scenario(policy));
        string outDir = Path.Combine(dir, $"{policy}-{seed}");
        Assert.Equal(0, Cli.Run(["run", file, "--seed", seed.ToString(CultureInfo.InvariantCulture), "--out", outDir, "--events", "--no-plots", "--quiet"], TextWriter.Null, TextWriter.Null));

        Dictionary<string, double> summary = ReadSummary(Path.Combine(outDir, "summary.csv"));
        List<Dictionary<string, string>> jobs = ReadCsv(Path.Combine(outDir, "jobs.csv"));
        List<Dictionary<string, string>> clients = ReadCsv(Path.Combine(outDir, "clients.csv"));
        string[] events = File.ReadAllLines(Path.Combine(outDir, "events.log"));
        double end = Hours * 3600;

        // The run must reach every case the figures distinguish, or the test proves little.
        Assert.Contains(jobs, j => j["completed_s"] != "");
        Assert.Contains(jobs, j => j["first_lease_s"] == "");
        Assert.Contains(jobs, j => int.Parse(j["rollbacks"], CultureInfo.InvariantCulture) > 0);

        // Jobs.
        Assert.Equal(jobs.Count, summary["jobs_submitted"]);
        Assert.Equal(Count(events, "JobSubmitted"), jobs.Count);
        int completed = jobs.Count(j => j["completed_s"] != "");
        Assert.Equal(completed, summary["jobs_completed"]);
        Assert.Equal(Count(events, "JobCompleted"), completed);
        Close(completed / Hours, summary["throughput_jobs_per_hour"]);
        Close(jobs.Sum(j => Number(j["work"]) - Number(j["work_left"])), summary["work_done"]);

        // Waits (submission to first lease, or to the end if never leased) and turnarounds.
        double[] wait = jobs.Select(j => (j["first_lease_s"] == "" ? end : Number(j["first_lease_s"])) - Number(j["submitted_s"])).ToArray();
        double?[] turnaroundOf = jobs.Select(j => j["completed_s"] == "" ? (double?)null : Number(j["completed_s"]) - Number(j["submitted_s"])).ToArray();
        double[] turnaround = turnaroundOf.OfType<double>().ToArray();
        Close(wait.Max(), summary["longest_wait_s"]);
        foreach ((string name, double q) in Levels)
        {
            Close(Quantile(wait, q), summary[$"wait_{name}_s"]);
            Close(Quantile(turnaround, q), summary[$"turnaround_{name}_s"]);
        }

        // By price decile: jobs ordered by their first price, ties in id order, cut in tenths.
        int[] byPrice = StableOrder(jobs.Select(j => Number(j["price_initial"])).ToArray());
        for (int d = 0; d < 10; d++)
        {
            int[] members = byPrice[(d * jobs.Count / 10)..((d + 1) * jobs.Count / 10)];
            double[] decileWait = members.Select(i => wait[i]).ToArray();
            double[] decileTurnaround = members.Select(i => turnaroundOf[i]).OfType<double>().ToArray();
            foreach ((string name, double q) in Levels)
            {
                Close(Quantile(decileWait, q), summary[$"wait_{name}_s_price_decile_{d + 1}"]);
                Close(decileTurnaround.Length == 0 ? 0 : Quantile(decileTurnaround, q), summary[$"turnaround_{name}_s_price_decile_{d + 1}"]);
            }
        }

        // Jain's index of the work each owner's jobs received.
        double[] perOwner = jobs.GroupBy(j => j["owner"]).Select(g => g.Sum(j => Number(j["work"]) - Number(j["work_left"]))).ToArray();
        Close(perOwner.Sum() * perOwner.Sum() / (perOwner.Length * perOwner.Sum(x => x * x)), summary["jain_fairness_owners"]);

        // Machines: utilization and test overhead are shares of the time they were available.
        double available = clients.Sum(c => Number(c["available_s"]));
        Close(clients.Sum(c => Number(c["leased_s"])) / available, summary["utilization"]);
        Close(clients.Sum(c => Number(c["test_s"])) / available, summary["speed_test_overhead"]);
        int[] bySpeed = StableOrder(clients.Select(c => Number(c["true_speed"])).ToArray());
        for (int d = 0; d < 10; d++)
        {
            int[] members = bySpeed[(d * clients.Count / 10)..((d + 1) * clients.Count / 10)];
            Close(members.Average(i => Number(clients[i]["earned"])), summary[$"client_earnings_speed_decile_{d + 1}"]);
        }

        // From the event log: counts, and the leases' prices and speeds.
        Assert.Equal(events.Length, summary["engine_events"]);
        Assert.Equal(Count(events, "LeaseGranted"), summary["leases"]);
        Assert.Equal(events.Count(e => Kind(e) == "LeaseExpired" && Field(e, "job") is not null), summary["rollbacks"]);
        Assert.Equal(Count(events, "SpeedMeasured"), summary["speed_tests"]);
        Assert.Equal(Count(events, "WindowClosed"), summary["windows"]);

        Dictionary<string, double> speedOf = clients.ToDictionary(c => c["client"], c => Number(c["true_speed"]));
        var grants = new Dictionary<string, (double Price, double Speed, DateTime At)>();
        var leasePrices = new List<double>();
        var leaseSpeeds = new List<double>();
        var leaseTimes = new List<DateTime>();
        double welfare = 0;
        foreach (string e in events)
        {
            if (Kind(e) == "LeaseGranted")
            {
                (double Price, double Speed, DateTime At) g = (Number(Field(e, "price")!), speedOf[Field(e, "client")!], Time(e));
                grants[Field(e, "lease")!] = g;
                leasePrices.Add(g.Price);
                leaseSpeeds.Add(g.Speed);
                leaseTimes.Add(g.At);
            }
            else if (Kind(e) == "CheckedIn")
            {
                (double price, double speed, DateTime at) = grants[Field(e, "lease")!];
                welfare += price * speed * (Time(e) - at).TotalHours;
            }
        }

        Assert.True(leasePrices.Count < 100_000, "more leases than the summary's correlation keeps: it samples them");
        Close(SpearmanOracle.Of(leasePrices.ToArray(), leaseSpeeds.ToArray()), summary["spearman_price_speed"]);
        Close(welfare, summary["welfare_price_speed_hours"]);

        // Within each window (its leases are granted at one instant), weighted by its leases.
        double weighted = 0;
        int weight = 0;
        foreach (IGrouping<DateTime, int> window in Enumerable.Range(0, leaseTimes.Count).GroupBy(i => leaseTimes[i]).Where(w => w.Count() >= 2))
        {
            weighted += SpearmanOracle.Of(window.Select(i => leasePrices[i]).ToArray(), window.Select(i => leaseSpeeds[i]).ToArray()) * window.Count();
            weight += window.Count();
        }

        Assert.True(weight > 0, "no window granted two leases");
        Close(weighted / weight, summary["spearman_price_speed_within_window"]);

        // The time series: a row a simulated minute, from the start to the end, each with the
        // pooled requests, open leases (job leases and tests) and completed jobs the events add up
        // to by then (the events that change these counts do not fall exactly on a minute: machines
        // and their leases are timed in 100 ns steps from random draws).
        List<Dictionary<string, string>> series = ReadCsv(Path.Combine(outDir, "timeseries.csv"));
        Assert.Equal(Enumerable.Range(0, (int)(Hours * 60) + 1).Select(m => m.ToString(CultureInfo.InvariantCulture)), series.Select(r => r["minute"]));
        int next = 0, pooled = 0, open = 0, done = 0;
        foreach (Dictionary<string, string> row in series)
        {
            var at = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(int.Parse(row["minute"], CultureInfo.InvariantCulture));
            for (; next < events.Length && Time(events[next]) <= at; next++)
            {
                switch (Kind(events[next]))
                {
                    case "RequestPooled":
                        pooled++;
                        break;
                    case "LeaseGranted":
                        pooled--;
                        open++;
                        break;
                    case "RequestWithdrawn":
                        pooled--;
                        break;
                    case "TestIssued":
                        open++;
                        break;
                    case "CheckedIn" or "LeaseExpired" or "SpeedMeasured":
                        open--;
                        break;
                    case "JobCompleted":
                        done++;
                        break;
                }
            }

            Assert.Equal($"{pooled},{open},{done}", $"{row["pool"]},{row["leased"]},{row["jobs_completed"]}");
        }
    }


    /// <summary>The q-quantile by linear interpolation between the order statistics around
    /// q·(n − 1) (numpy's default, R's type 7).</summary>
    private static double Quantile(double[] values, double q)
    {
        double[] sorted = values.Order().ToArray();
        double position = q * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((sorted[above] - sorted[below]) * (position - below));
    }

    private static int[] StableOrder(double[] keys) => Enumerable.Range(0, keys.Length).OrderBy(i => keys[i]).ToArray();

    private static void Close(double expected, double actual)
        => Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, the summary says {actual:R}");

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int Count(string[] events, string kind) => events.Count(e => Kind(e) == kind);

    private static string Kind(string line) => line.Split(' ')[1];

    private static DateTime Time(string line) => DateTime.Parse(line.Split(' ')[0], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    private static string? Field(string line, string name)
        => line.Split(' ').Skip(2).Where(p => p.StartsWith(name + "=", StringComparison.Ordinal)).Select(p => p[(name.Length + 1)..]).FirstOrDefault();

    private static Dictionary<string, double> ReadSummary(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string[] names = lines[0].Split(','), values = lines[1].Split(',');
        return names.Zip(values).Where(p => double.TryParse(p.Second, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            .ToDictionary(p => p.First, p => Number(p.Second));
    }

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
