using System.Globalization;
using System.Runtime.InteropServices;
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

    private readonly ChunkedList<(double Price, double Speed)> leaseSample = new();
    private readonly List<double> windowPrices = new();
    private readonly List<double> windowSpeeds = new();
    private DeterministicRandom sampler = new(0x5EED);
    private long windowTicks = long.MinValue;
    private long leasesSeen;
    private double windowRhoSum;
    private long windowWeight;
    private readonly List<string> series;
    private readonly List<MinuteSample> samples;
    private long windows;
    private long rollbacks;
    private long grants;
    private long testsMeasured;
    private double welfare;
    private double workLost;

    public RunMetrics(Scenario scenario)
    {
        this.scenario = scenario;
        int minutes = (int)Math.Min(scenario.Duration.TotalMinutes + 2, 1 << 20);
        series = new List<string>(minutes);
        samples = new List<MinuteSample>(minutes);
    }

    /// <summary>The summary, in a fixed order: (name, value).</summary>
    public List<(string Name, double Value)> Summary { get; } = new();

    /// <summary>Per-minute rows: time, pool, ready, leased, clients up, jobs completed.</summary>
    public IReadOnlyList<string> Series => series;

    /// <summary>The same per-minute rows as numbers (for the plots).</summary>
    public IReadOnlyList<MinuteSample> Samples => samples;

    /// <summary>A matching window closed.</summary>
    public void WindowClosed() => windows++;

    /// <summary>A job lease was granted.</summary>
    public void Granted() => grants++;

    /// <summary>A job lease expired (its job rolled back).</summary>
    public void RolledBack() => rollbacks++;

    /// <summary>A speed test came back and was measured.</summary>
    public void TestMeasured() => testsMeasured++;

    /// <summary>A slice was checked in: price × speed × hours held counts towards welfare.</summary>
    public void SliceCheckedIn(double price, double speed, double hours) => welfare += price * speed * hours;

    /// <summary>A lease expired: the work its client had done is lost (the job rolled back).</summary>
    public void WorkLost(double work) => workLost += work;

    /// <summary>A job lease started at <paramref name="price"/> (paid per hour) on a client of <paramref name="speed"/>.</summary>
    public void LeaseStarted(double price, double speed, Instant at)
    {
        if (at.Ticks != windowTicks)
        {
            CloseWindow();
            windowTicks = at.Ticks;
        }

        windowPrices.Add(price);
        windowSpeeds.Add(speed);
        leasesSeen++;
        if (leaseSample.Count < LeaseSample)
        {
            leaseSample.Add((price, speed));
        }
        else if (sampler.NextUInt64() % (ulong)leasesSeen is var slot && slot < LeaseSample)
        {
            leaseSample[(int)slot] = (price, speed);
        }
    }

    public void Sample(Simulation sim, Instant t)
    {
        var s = new MinuteSample((t.Ticks - Instant.Epoch2000.Ticks) / TimeSpan.TicksPerMinute, sim.Engine.PoolSize, sim.Engine.ReadyCount, sim.Engine.OpenLeaseCount, sim.ClientsUp, sim.CompletedJobs);
        samples.Add(s);
        series.Add(string.Create(CultureInfo.InvariantCulture, $"{s.Minute},{s.Pool},{s.Ready},{s.Leased},{s.ClientsUp},{s.JobsCompleted}"));
    }

    public void Finish(Simulation sim)
    {
        Instant end = sim.End;
        JobTable jobs = sim.Jobs;
        int n = jobs.Count;
        double hours = scenario.Duration.TotalHours;
        double[] waits = new double[n];
        double[] prices = new double[n];
        double[] turnarounds = new double[n]; // NaN: not completed
        var turnaround = new List<double>();
        var byOwner = new SortedDictionary<int, double>();
        double workDone = 0;
        int i = 0;
        foreach (SimJob j in jobs)
        {
            // One pass in id order: the jobs may be read back from a scratch file.
            waits[i] = Wait(j, end);
            prices[i] = j.InitialPrice;
            turnarounds[i] = double.NaN;
            if (j.CompletedTicks != long.MinValue)
            {
                turnarounds[i] = Turnaround(j);
                turnaround.Add(turnarounds[i]);
            }

            i++;

            // Summed in id order, overall and per owner, as a LINQ Sum over the jobs would.
            double done = j.Work - j.WorkLeft;
            workDone += done;
            byOwner[j.Owner] = byOwner.TryGetValue(j.Owner, out double sum) ? sum + done : done;
        }

        int completed = turnaround.Count;
        double available = 0;
        double leased = 0;
        double tests = 0;
        foreach (SimClient c in sim.Clients)
        {
            available += c.AvailableSeconds;
            leased += c.LeasedSeconds;
            tests += c.TestSeconds;
        }

        Add("jobs_submitted", n);
        Add("jobs_completed", completed);
        Add("throughput_jobs_per_hour", completed / hours);
        Add("work_done", workDone);
        Add("utilization", available > 0 ? leased / available : 0);
        double[] sortedWaits = Sorted((double[])waits.Clone()); // waits stays in id order for the deciles
        Add("wait_p50_s", Quantile(sortedWaits, 0.5));
        Add("wait_p90_s", Quantile(sortedWaits, 0.9));
        Add("wait_p99_s", Quantile(sortedWaits, 0.99));
        Add("longest_wait_s", n == 0 ? 0 : sortedWaits[^1]);
        double[] sortedTurnaround = Sorted(turnaround.ToArray());
        Add("turnaround_p50_s", Quantile(sortedTurnaround, 0.5));
        Add("turnaround_p90_s", Quantile(sortedTurnaround, 0.9));
        Add("turnaround_p99_s", Quantile(sortedTurnaround, 0.99));
        CloseWindow();
        Add("spearman_price_speed", SampleSpearman());
        Add("spearman_price_speed_within_window", WithinWindowSpearman());
        Add("welfare_price_speed_hours", welfare);
        Add("window_regret", sim.Regret.Regret);
        Add("window_regret_fraction", sim.Regret.Best > 0 ? sim.Regret.Regret / sim.Regret.Best : 0);
        Add("window_gain_over_no_window", sim.Regret.GainOverNoWindow);
        Add("jain_fairness_owners", Statistics.Jain(byOwner.Values.ToArray()));
        Add("leases", grants);
        Add("rollbacks", rollbacks);
        Add("work_lost_to_rollbacks", workLost);
        Add("speed_tests", testsMeasured);
        Add("speed_test_overhead", available > 0 ? tests / available : 0);
        Add("windows", windows);
        Add("engine_events", sim.Engine.EventCount);
        Add("sim_events", sim.Processed);
        Add("sim_queue_max", sim.MaxQueue);
        int[] byPrice = Statistics.OrderBy(n, k => prices[k]);
        for (int d = 0; d < 10; d++)
        {
            (int from, int to) = Statistics.DecileRange(n, d);
            double[] decileWaits = new double[to - from];
            var turns = new List<double>();
            for (int r = from; r < to; r++)
            {
                int k = byPrice[r];
                decileWaits[r - from] = waits[k];
                if (!double.IsNaN(turnarounds[k]))
                {
                    turns.Add(turnarounds[k]);
                }
            }

            double[] sortedDecileWaits = Sorted(decileWaits);
            double[] sortedTurns = Sorted(turns.ToArray());
            foreach ((string name, double q) in new[] { ("p50", 0.5), ("p90", 0.9), ("p99", 0.99) })
            {
                Add($"wait_{name}_s_price_decile_{d + 1}", Quantile(sortedDecileWaits, q));
            }

            foreach ((string name, double q) in new[] { ("p50", 0.5), ("p90", 0.9), ("p99", 0.99) })
            {
                Add($"turnaround_{name}_s_price_decile_{d + 1}", Quantile(sortedTurns, q));
            }
        }

        var clientEarnings = sim.Clients.ToArray().Select(c => (c.TrueSpeed, Earned: (double)sim.Engine.GetClient(c.Id)!.Earned.ToDecimal())).ToList();
        int[] bySpeed = Statistics.OrderBy(clientEarnings.Count, i => clientEarnings[i].TrueSpeed);
        for (int d = 0; d < 10; d++)
        {
            var decile = Statistics.Decile(clientEarnings, bySpeed, d).ToList();
            Add($"client_earnings_speed_decile_{d + 1}", decile.Count == 0 ? 0 : decile.Average(c => c.Earned));
        }
    }

    private static double Wait(in SimJob j, Instant end) => ((j.FirstLeaseTicks == long.MinValue ? end.Ticks : j.FirstLeaseTicks) - j.SubmittedTicks) / (double)TimeSpan.TicksPerSecond;

    private static double Turnaround(in SimJob j) => (j.CompletedTicks - j.SubmittedTicks) / (double)TimeSpan.TicksPerSecond;

    private static double[] Sorted(double[] values)
    {
        Array.Sort(values);
        return values;
    }

    /// <summary>Spearman's correlation of price and speed among the leases of each matching window,
    /// averaged over windows with at least two leases, weighted by their lease counts: does price
    /// buy speed when jobs compete for the same machines?</summary>
    private double WithinWindowSpearman() => windowWeight == 0 ? 0 : windowRhoSum / windowWeight;

    /// <summary>Folds the leases of the window just ended into the within-window correlation (the
    /// leases of one window are granted at one instant, so they arrive together).</summary>
    private void CloseWindow()
    {
        int count = windowPrices.Count;
        if (count >= 2)
        {
            double rho = Statistics.Spearman(CollectionsMarshal.AsSpan(windowPrices), CollectionsMarshal.AsSpan(windowSpeeds));
            windowRhoSum += rho * count;
            windowWeight += count;
        }

        windowPrices.Clear();
        windowSpeeds.Clear();
    }

    /// <summary>The correlation over the sampled leases, in the order they were kept.</summary>
    private double SampleSpearman()
    {
        int n = leaseSample.Count;
        double[] prices = System.Buffers.ArrayPool<double>.Shared.Rent(n);
        double[] speeds = System.Buffers.ArrayPool<double>.Shared.Rent(n);
        for (int i = 0; i < n; i++)
        {
            (prices[i], speeds[i]) = leaseSample[i];
        }

        double rho = Statistics.Spearman(prices.AsSpan(0, n), speeds.AsSpan(0, n));
        System.Buffers.ArrayPool<double>.Shared.Return(prices);
        System.Buffers.ArrayPool<double>.Shared.Return(speeds);
        return rho;
    }

    private void Add(string name, double value) => Summary.Add((name, value));

    /// <summary>The <paramref name="q"/> quantile of <paramref name="sorted"/> (ascending), interpolated linearly.</summary>
    private static double Quantile(double[] sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        double pos = q * (sorted.Length - 1);
        int lo = (int)Math.Floor(pos);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((sorted[hi] - sorted[lo]) * (pos - lo));
    }
}
