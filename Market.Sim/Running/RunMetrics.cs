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

        // A long run's jobs far outnumber its machines, so the per-job figures are computed in a few
        // passes over the jobs (in id order; they may be read back from a scratch file) through one
        // reused array of doubles and a byte per job for its price decile: 9 bytes a job.
        var scratch = new double[n];
        var byOwner = new SortedDictionary<int, double>();
        double workDone = 0;
        int completed = 0;
        int i = 0;
        foreach (SimJob j in jobs)
        {
            scratch[i++] = Wait(j, end);
            completed += j.CompletedTicks != long.MinValue ? 1 : 0;

            // Summed in id order, overall and per owner, as a LINQ Sum over the jobs would.
            double work = j.Work - j.WorkLeft;
            workDone += work;
            byOwner[j.Owner] = byOwner.TryGetValue(j.Owner, out double sum) ? sum + work : work;
        }

        Array.Sort(scratch);
        double waitP50 = Quantile(scratch, 0.5), waitP90 = Quantile(scratch, 0.9), waitP99 = Quantile(scratch, 0.99);
        double longestWait = n == 0 ? 0 : scratch[^1];
        Span<double> turns = CompletedTurnarounds(jobs, scratch);
        turns.Sort();
        double turnP50 = Quantile(turns, 0.5), turnP90 = Quantile(turns, 0.9), turnP99 = Quantile(turns, 0.99);
        byte[] deciles = PriceDeciles(jobs, scratch);

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
        Add("wait_p50_s", waitP50);
        Add("wait_p90_s", waitP90);
        Add("wait_p99_s", waitP99);
        Add("longest_wait_s", longestWait);
        Add("turnaround_p50_s", turnP50);
        Add("turnaround_p90_s", turnP90);
        Add("turnaround_p99_s", turnP99);
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

        // Price deciles (the jobs by initial price, equal prices by id): each decile's waits, then
        // its turnarounds, gathered into the scratch array in decile order and sorted decile by decile.
        var starts = new int[11];
        for (int d = 0; d < 10; d++)
        {
            starts[d + 1] = Statistics.DecileRange(n, d).To;
        }

        Gather(jobs, deciles, starts, scratch, j => Wait(j, end), _ => true);
        var decileWaits = new double[10, 3];
        for (int d = 0; d < 10; d++)
        {
            Span<double> w = scratch.AsSpan(starts[d], starts[d + 1] - starts[d]);
            w.Sort();
            (decileWaits[d, 0], decileWaits[d, 1], decileWaits[d, 2]) = (Quantile(w, 0.5), Quantile(w, 0.9), Quantile(w, 0.99));
        }

        int[] finished = Gather(jobs, deciles, starts, scratch, j => Turnaround(j), j => j.CompletedTicks != long.MinValue);
        for (int d = 0; d < 10; d++)
        {
            Add($"wait_p50_s_price_decile_{d + 1}", decileWaits[d, 0]);
            Add($"wait_p90_s_price_decile_{d + 1}", decileWaits[d, 1]);
            Add($"wait_p99_s_price_decile_{d + 1}", decileWaits[d, 2]);
            Span<double> t = scratch.AsSpan(starts[d], finished[d]);
            t.Sort();
            Add($"turnaround_p50_s_price_decile_{d + 1}", Quantile(t, 0.5));
            Add($"turnaround_p90_s_price_decile_{d + 1}", Quantile(t, 0.9));
            Add($"turnaround_p99_s_price_decile_{d + 1}", Quantile(t, 0.99));
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

    /// <summary>The turnarounds of the completed jobs, into the front of <paramref name="scratch"/>.</summary>
    private static Span<double> CompletedTurnarounds(JobTable jobs, double[] scratch)
    {
        int k = 0;
        foreach (SimJob j in jobs)
        {
            if (j.CompletedTicks != long.MinValue)
            {
                scratch[k++] = Turnaround(j);
            }
        }

        return scratch.AsSpan(0, k);
    }

    /// <summary>Each job's decile by initial price, equal prices by id (the stable order of the
    /// prices), from one sort of the prices: the nine boundaries, and for each how many jobs of its
    /// price come before it.</summary>
    internal static byte[] PriceDeciles(JobTable jobs, double[] scratch)
    {
        int n = scratch.Length;
        int i = 0;
        foreach (SimJob j in jobs)
        {
            scratch[i++] = j.InitialPrice;
        }

        Array.Sort(scratch);
        var boundaryPrice = new double[10];
        var before = new int[10];
        for (int b = 1; b < 10; b++)
        {
            int at = Statistics.DecileRange(n, b).From;
            if (at >= n)
            {
                boundaryPrice[b] = double.PositiveInfinity; // an empty decile: nobody is past it
                continue;
            }

            boundaryPrice[b] = scratch[at];
            int first = at;
            while (first > 0 && scratch[first - 1] == boundaryPrice[b])
            {
                first--;
            }

            before[b] = at - first;
        }

        var deciles = new byte[n];
        var seen = new Dictionary<double, int>(); // jobs of a boundary price met so far, in id order
        i = 0;
        foreach (SimJob j in jobs)
        {
            double p = j.InitialPrice;
            int rank = 0;
            if (Array.IndexOf(boundaryPrice, p, 1) > 0)
            {
                rank = seen.TryGetValue(p, out int r) ? r : 0;
                seen[p] = rank + 1;
            }

            // The decile is the last boundary the job is at or past: one of a lower price, or of its
            // own price once the jobs of that price that come before the boundary are placed.
            int d = 0;
            for (int b = 1; b < 10; b++)
            {
                if (p > boundaryPrice[b] || (p == boundaryPrice[b] && rank >= before[b]))
                {
                    d = b;
                }
            }

            deciles[i++] = (byte)d;
        }

        return deciles;
    }

    /// <summary>Puts <paramref name="value"/> of the jobs <paramref name="include"/> takes into
    /// <paramref name="scratch"/>, grouped by decile from <paramref name="starts"/>; returns how many
    /// each decile got.</summary>
    private static int[] Gather(JobTable jobs, byte[] deciles, int[] starts, double[] scratch, Func<SimJob, double> value, Func<SimJob, bool> include)
    {
        var count = new int[10];
        int i = 0;
        foreach (SimJob j in jobs)
        {
            int d = deciles[i++];
            if (include(j))
            {
                scratch[starts[d] + count[d]++] = value(j);
            }
        }

        return count;
    }

    /// <summary>The <paramref name="q"/> quantile of <paramref name="sorted"/> (ascending), interpolated linearly.</summary>
    private static double Quantile(ReadOnlySpan<double> sorted, double q)
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
