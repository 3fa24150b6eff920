using System.Globalization;
using System.Runtime.CompilerServices;
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

    // The groups of the job quantiles: the waits and the turnarounds, overall and by price decile.
    private const int WaitGroup = 0;
    private const int TurnaroundGroup = 1;
    private const int DecileWaitGroup = 2;
    private const int DecileTurnaroundGroup = 12;
    private const int Groups = 22;
    private static readonly double[] Levels = [0.5, 0.9, 0.99];

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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

        // A long run's jobs far outnumber its machines (a million-machine week has 85 million), so
        // the per-job figures come from a few passes over the jobs in id order (read back from the
        // scratch file if written out), holding none of them: the quantiles are order statistics
        // found in passes (OrderStatistics), and each pass places the jobs in their price deciles anew.
        var byOwner = new SortedDictionary<int, double>();
        double workDone = 0;
        int completed = 0;
        double longestWait = n == 0 ? 0 : double.NegativeInfinity;
        foreach (SimJob j in jobs)
        {
            longestWait = Math.Max(longestWait, Wait(j, end));
            completed += j.CompletedTicks != long.MinValue ? 1 : 0;

            // Summed in id order, overall and per owner, as a LINQ Sum over the jobs would.
            double work = j.Work - j.WorkLeft;
            workDone += work;
            byOwner[j.Owner] = byOwner.TryGetValue(j.Owner, out double sum) ? sum + work : work;
        }

        PriceDeciles deciles = PriceDeciles.Of(jobs);
        double[,] q = JobQuantiles(jobs, deciles, end, completed);
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
        Add("wait_p50_s", q[WaitGroup, 0]);
        Add("wait_p90_s", q[WaitGroup, 1]);
        Add("wait_p99_s", q[WaitGroup, 2]);
        Add("longest_wait_s", longestWait);
        Add("turnaround_p50_s", q[TurnaroundGroup, 0]);
        Add("turnaround_p90_s", q[TurnaroundGroup, 1]);
        Add("turnaround_p99_s", q[TurnaroundGroup, 2]);
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

        for (int d = 0; d < 10; d++)
        {
            Add($"wait_p50_s_price_decile_{d + 1}", q[DecileWaitGroup + d, 0]);
            Add($"wait_p90_s_price_decile_{d + 1}", q[DecileWaitGroup + d, 1]);
            Add($"wait_p99_s_price_decile_{d + 1}", q[DecileWaitGroup + d, 2]);
            Add($"turnaround_p50_s_price_decile_{d + 1}", q[DecileTurnaroundGroup + d, 0]);
            Add($"turnaround_p90_s_price_decile_{d + 1}", q[DecileTurnaroundGroup + d, 1]);
            Add($"turnaround_p99_s_price_decile_{d + 1}", q[DecileTurnaroundGroup + d, 2]);
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

    /// <summary>The 0.5, 0.9 and 0.99 quantiles (by <see cref="Levels"/>) of the waits and of the
    /// turnarounds of the completed jobs, overall and by price decile (the groups above): each
    /// interpolated linearly between the order statistics around it, as in a sorted array, and 0
    /// for a group without jobs.</summary>
    private static double[,] JobQuantiles(JobTable jobs, PriceDeciles deciles, Instant end, int completed)
    {
        var counts = new long[Groups];
        counts[WaitGroup] = jobs.Count;
        counts[TurnaroundGroup] = completed;
        PriceDeciles.Placer place = deciles.Start();
        foreach (SimJob j in jobs)
        {
            int d = place.Next(j.InitialPrice);
            counts[DecileWaitGroup + d]++;
            counts[DecileTurnaroundGroup + d] += j.CompletedTicks != long.MinValue ? 1 : 0;
        }

        var wanted = new List<OrderStatistics.Wanted>();
        for (int g = 0; g < Groups; g++)
        {
            foreach (double level in Levels)
            {
                if (counts[g] > 0)
                {
                    (long lo, long hi, _) = Around(level, counts[g]);
                    wanted.Add(new(g, lo, counts[g]));
                    wanted.Add(new(g, hi, counts[g]));
                }
            }
        }

        double[] values = OrderStatistics.Select(Groups, CollectionsMarshal.AsSpan(wanted), visit =>
        {
            PriceDeciles.Placer place = deciles.Start();
            foreach (SimJob j in jobs)
            {
                int d = place.Next(j.InitialPrice);
                double wait = Wait(j, end);
                visit(WaitGroup, wait);
                visit(DecileWaitGroup + d, wait);
                if (j.CompletedTicks != long.MinValue)
                {
                    double turnaround = Turnaround(j);
                    visit(TurnaroundGroup, turnaround);
                    visit(DecileTurnaroundGroup + d, turnaround);
                }
            }
        });

        var quantiles = new double[Groups, Levels.Length];
        int k = 0;
        for (int g = 0; g < Groups; g++)
        {
            for (int l = 0; l < Levels.Length; l++)
            {
                if (counts[g] > 0)
                {
                    double low = values[k++], high = values[k++];
                    quantiles[g, l] = low + ((high - low) * Around(Levels[l], counts[g]).Fraction);
                }
            }
        }

        return quantiles;
    }

    /// <summary>The ranks of the two order statistics of <paramref name="count"/> values around
    /// quantile <paramref name="q"/>, and how far it lies from the lower towards the higher.</summary>
    private static (long Lo, long Hi, double Fraction) Around(double q, long count)
    {
        double pos = q * (count - 1);
        long lo = (long)Math.Floor(pos);
        return (lo, Math.Min(lo + 1, count - 1), pos - lo);
    }
}
