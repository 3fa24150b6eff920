using System.Globalization;
using Market.Engine;
using Market.Sim.Scenarios;

namespace Market.Sim.Running;

/// <summary>Folds the engine's events and the simulation's facts into the run's results.</summary>
internal sealed class RunMetrics
{
    private readonly Scenario scenario;
    /// <summary>Leases kept for the correlation over all leases: every one up to this many, then a
    /// uniform sample of this size (reservoir sampling with its own seeded generator).</summary>
    private const int LeaseSample = 100_000;

    private readonly List<(double Price, double Speed)> leaseSample = new();
    private readonly List<(double Price, double Speed)> window = new();
    private DeterministicRandom sampler = new(0x5EED);
    private long windowTicks = long.MinValue;
    private long leasesSeen;
    private double windowRhoSum;
    private long windowWeight;
    private readonly List<string> series = new();
    private readonly List<MinuteSample> samples = new();
    private long eventCount;
    private long windows;
    private long rollbacks;
    private long grants;
    private long testsMeasured;
    private double welfare;
    private double workLost;

    public RunMetrics(Scenario scenario) => this.scenario = scenario;

    /// <summary>The summary, in a fixed order: (name, value).</summary>
    public List<(string Name, double Value)> Summary { get; } = new();

    /// <summary>Per-minute rows: time, pool, ready, leased, clients up, jobs completed.</summary>
    public IReadOnlyList<string> Series => series;

    /// <summary>The same per-minute rows as numbers (for the plots).</summary>
    public IReadOnlyList<MinuteSample> Samples => samples;

    public void On(in MarketEvent e)
    {
        eventCount++;
        switch (e.Kind)
        {
            case EventKind.WindowClosed:
                windows++;
                break;
            case EventKind.LeaseExpired when e.Job.Value != 0:
                rollbacks++;
                break;
            case EventKind.LeaseGranted:
                grants++;
                break;
            case EventKind.SpeedMeasured:
                testsMeasured++;
                break;
        }
    }

    /// <summary>A slice was checked in: price × speed × hours held counts towards welfare.</summary>
    public void SliceCheckedIn(double price, double speed, double hours) => welfare += price * speed * hours;

    /// <summary>A lease expired: the work its client had done is lost (the job rolled back).</summary>
    public void WorkLost(double work) => workLost += work;

    public void LeaseStarted(SimJob job, double speed, Instant at)
    {
        if (at.Ticks != windowTicks)
        {
            CloseWindow();
            windowTicks = at.Ticks;
        }

        window.Add((job.CurrentPrice, speed));
        leasesSeen++;
        if (leaseSample.Count < LeaseSample)
        {
            leaseSample.Add((job.CurrentPrice, speed));
        }
        else if (sampler.NextUInt64() % (ulong)leasesSeen is var slot && slot < LeaseSample)
        {
            leaseSample[(int)slot] = (job.CurrentPrice, speed);
        }
    }

    public void Sample(Simulation sim, Instant t)
    {
        int up = 0;
        foreach (SimClient c in sim.Clients)
        {
            up += c.Up ? 1 : 0;
        }

        var s = new MinuteSample((t.Ticks - Instant.Epoch2000.Ticks) / TimeSpan.TicksPerMinute, sim.Engine.PoolSize, sim.Engine.ReadyCount, sim.Engine.OpenLeaseCount, up, sim.CompletedJobs);
        samples.Add(s);
        series.Add(string.Create(CultureInfo.InvariantCulture, $"{s.Minute},{s.Pool},{s.Ready},{s.Leased},{s.ClientsUp},{s.JobsCompleted}"));
    }

    public void Finish(Simulation sim)
    {
        Instant end = sim.End;
        var jobs = sim.Jobs.Where(j => j is not null).Select(j => j!).ToList();
        double hours = scenario.Duration.TotalHours;
        var completed = jobs.Where(j => j.Completed is not null).ToList();
        double[] waits = jobs.Select(j => ((j.FirstLease ?? end).Ticks - j.Submitted.Ticks) / (double)TimeSpan.TicksPerSecond).ToArray();
        double[] turnaround = completed.Select(j => (j.Completed!.Value.Ticks - j.Submitted.Ticks) / (double)TimeSpan.TicksPerSecond).ToArray();
        double available = 0;
        double leased = 0;
        double tests = 0;
        foreach (SimClient c in sim.Clients)
        {
            available += c.AvailableSeconds;
            leased += c.LeasedSeconds;
            tests += c.TestSeconds;
        }


        Add("jobs_submitted", jobs.Count);
        Add("jobs_completed", completed.Count);
        Add("throughput_jobs_per_hour", completed.Count / hours);
        Add("work_done", jobs.Sum(j => j.Work - j.WorkLeft));
        Add("utilization", available > 0 ? leased / available : 0);
        Add("wait_p50_s", Quantile(waits, 0.5));
        Add("wait_p90_s", Quantile(waits, 0.9));
        Add("wait_p99_s", Quantile(waits, 0.99));
        Add("longest_wait_s", waits.Length == 0 ? 0 : waits.Max());
        Add("turnaround_p50_s", Quantile(turnaround, 0.5));
        Add("turnaround_p90_s", Quantile(turnaround, 0.9));
        Add("turnaround_p99_s", Quantile(turnaround, 0.99));
        CloseWindow();
        Add("spearman_price_speed", Statistics.Spearman(leaseSample.Select(l => l.Price).ToArray(), leaseSample.Select(l => l.Speed).ToArray()));
        Add("spearman_price_speed_within_window", WithinWindowSpearman());
        Add("welfare_price_speed_hours", welfare);
        Add("window_regret", sim.Regret.Regret);
        Add("window_regret_fraction", sim.Regret.Best > 0 ? sim.Regret.Regret / sim.Regret.Best : 0);
        Add("window_gain_over_no_window", sim.Regret.GainOverNoWindow);
        Add("jain_fairness_owners", Statistics.Jain(jobs.GroupBy(j => j.Owner).OrderBy(g => g.Key).Select(g => g.Sum(j => j.Work - j.WorkLeft)).ToArray()));
        Add("leases", grants);
        Add("rollbacks", rollbacks);
        Add("work_lost_to_rollbacks", workLost);
        Add("speed_tests", testsMeasured);
        Add("speed_test_overhead", available > 0 ? tests / available : 0);
        Add("windows", windows);
        Add("engine_events", eventCount);
        Add("sim_events", sim.Processed);
        Add("sim_queue_max", sim.MaxQueue);
        for (int d = 0; d < 10; d++)
        {
            var decile = Statistics.Decile(jobs, j => j.InitialPrice, d).ToList();
            double[] decileWaits = decile.Select(j => ((j.FirstLease ?? end).Ticks - j.Submitted.Ticks) / (double)TimeSpan.TicksPerSecond).ToArray();
            double[] turns = decile.Where(j => j.Completed is not null).Select(j => (j.Completed!.Value.Ticks - j.Submitted.Ticks) / (double)TimeSpan.TicksPerSecond).ToArray();
            foreach ((string name, double q) in new[] { ("p50", 0.5), ("p90", 0.9), ("p99", 0.99) })
            {
                Add($"wait_{name}_s_price_decile_{d + 1}", Quantile(decileWaits, q));
            }

            foreach ((string name, double q) in new[] { ("p50", 0.5), ("p90", 0.9), ("p99", 0.99) })
            {
                Add($"turnaround_{name}_s_price_decile_{d + 1}", Quantile(turns, q));
            }
        }

        var clientEarnings = sim.Clients.ToArray().Select(c => (c.TrueSpeed, Earned: (double)sim.Engine.GetClient(c.Id)!.Earned.ToDecimal())).ToList();
        for (int d = 0; d < 10; d++)
        {
            var decile = Statistics.Decile(clientEarnings, c => c.TrueSpeed, d).ToList();
            Add($"client_earnings_speed_decile_{d + 1}", decile.Count == 0 ? 0 : decile.Average(c => c.Earned));
        }
    }

    /// <summary>Spearman's correlation of price and speed among the leases of each matching window,
    /// averaged over windows with at least two leases, weighted by their lease counts: does price
    /// buy speed when jobs compete for the same machines?</summary>
    private double WithinWindowSpearman() => windowWeight == 0 ? 0 : windowRhoSum / windowWeight;

    /// <summary>Folds the leases of the window just ended into the within-window correlation (the
    /// leases of one window are granted at one instant, so they arrive together).</summary>
    private void CloseWindow()
    {
        if (window.Count >= 2)
        {
            double rho = Statistics.Spearman(window.Select(l => l.Price).ToArray(), window.Select(l => l.Speed).ToArray());
            windowRhoSum += rho * window.Count;
            windowWeight += window.Count;
        }

        window.Clear();
    }

    private void Add(string name, double value) => Summary.Add((name, value));

    private static double Quantile(double[] values, double q)
    {
        if (values.Length == 0)
        {
            return 0;
        }

        double[] sorted = values.OrderBy(v => v).ToArray();
        double pos = q * (sorted.Length - 1);
        int lo = (int)Math.Floor(pos);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((sorted[hi] - sorted[lo]) * (pos - lo));
    }
}
