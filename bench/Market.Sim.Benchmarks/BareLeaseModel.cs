using Market.Engine;
using Market.Sim.Scenarios;

namespace Market.Sim.Benchmarks;

/// <summary>A calibration, not a simulator: the bare lease cycle of a scenario (machines ask for
/// work, a speed test when theirs is older than the test interval, requests pooled for a window or
/// up to the threshold, the fastest machines given the best-paying jobs, a slice of the lease spent
/// computing, the job back in the ready-list) with a plain binary heap of struct events and arrays
/// of doubles, and nothing else: no accounts or money, no events handed to anyone, no metrics,
/// no dispatch records, no validation. The "minimal version of the same lease model".</summary>
/// <remarks>What it is for: the machine under the bench is noisy and changes from day to day, so
/// the simulator's goal in leases per second is compared, in the same process, with what the bare
/// cycle of the same scenario runs at on the same machine at the same time. It reads the scenario's
/// machine count, speeds, lease length, state transfer, window, threshold, test interval and test
/// work, and its initial jobs, arrivals, work and prices; it ignores availability (every machine is
/// always on), budgets, repricing and vanishing, so compare it with scenarios shaped like
/// paper-baseline. Its lease count is close to the simulator's for the same scenario, not equal
/// (different draws, no money running out).</remarks>
internal sealed class BareLeaseModel
{
    private const int Request = 0, TestDone = 1, SliceDone = 2, WindowClose = 3, Arrival = 4;

    private readonly Scenario scenario;
    private readonly double[] speed;
    private readonly long[] lastTest;
    private readonly int[] leaseJob;
    private readonly double[] inFlight;
    private readonly long transferTicks;
    private readonly long computeTicks;
    private readonly long windowTicks;
    private readonly int threshold;
    private readonly long testIntervalTicks;
    private readonly long endTicks;
    private double[] workLeft = new double[1024];
    private double[] price = new double[1024];
    private int jobCount;
    private readonly BinaryHeap<int, ByPrice> ready;
    private readonly BinaryHeap<int, BySpeed> pool;
    private readonly BinaryHeap<Ev, ByTime> events = new(default);
    private bool windowOpen;
    private long windowDue;
    private long sequence;
    private long now;
    private DeterministicRandom rng;

    public BareLeaseModel(Scenario scenario)
    {
        this.scenario = scenario;
        int n = scenario.Clients.Count;
        speed = new double[n];
        lastTest = new long[n];
        leaseJob = new int[n];
        inFlight = new double[n];
        ready = new(new ByPrice(this));
        pool = new(new BySpeed(this));
        rng = new DeterministicRandom(scenario.Seed);
        MarketOptions m = scenario.Market;
        long leaseTicks = Math.Clamp(scenario.Clients.LeaseLength.Ticks, m.MinLease.Ticks, m.MaxLease.Ticks);
        transferTicks = (long)(scenario.Jobs.StateSizeMB / scenario.Clients.BandwidthMBps * TimeSpan.TicksPerSecond);

        // What a lease leaves for computing, as the simulator's machines use it: the state's
        // transfer and a 1% margin before the deadline come off (every lease here is as long).
        computeTicks = Math.Max(0, leaseTicks - transferTicks - (leaseTicks / 100));
        windowTicks = m.Window.Ticks;
        threshold = m.PoolThreshold;
        testIntervalTicks = m.TestInterval.Ticks;
        endTicks = scenario.Duration.Ticks;
    }

    /// <summary>Job leases granted (speed tests not counted, as in the simulator's "leases").</summary>
    public long Leases { get; private set; }

    /// <summary>Runs to the scenario's end.</summary>
    public void Run()
    {
        for (int c = 0; c < speed.Length; c++)
        {
            speed[c] = scenario.Clients.Speed.Sample(ref rng);
            lastTest[c] = long.MinValue;
            Push(0, Request, c);
        }

        for (int j = 0; j < scenario.Jobs.Initial; j++)
        {
            AddJob();
        }

        if (scenario.Jobs.ArrivalsPerHour > 0)
        {
            Push(NextArrival(), Arrival, 0);
        }

        while (events.Count > 0 && events.Top.Time <= endTicks)
        {
            Ev e = events.Pop();
            now = e.Time;
            switch (e.Kind)
            {
                case Request:
                    OnRequest(e.Subject);
                    break;
                case TestDone:
                    lastTest[e.Subject] = now;
                    OnRequest(e.Subject);
                    break;
                case SliceDone:
                    OnSliceDone(e.Subject);
                    break;
                case WindowClose when windowOpen && now == windowDue:
                    // Not a window the threshold has closed since (as the engine's window end, a
                    // deadline it forgets when the pool is matched).
                    CloseWindow();
                    break;
                case Arrival:
                    AddJob();
                    OpenWindowIfWaiting();
                    Push(NextArrival(), Arrival, 0);
                    break;
            }
        }
    }

    private void OnRequest(int c)
    {
        if (lastTest[c] == long.MinValue || now - lastTest[c] >= testIntervalTicks)
        {
            Push(now + Math.Max(1, (long)(scenario.Market.TestWork / speed[c] * TimeSpan.TicksPerSecond)), TestDone, c);
            return;
        }

        pool.Push(c);
        if (pool.Count == threshold && ready.Count > 0)
        {
            CloseWindow();
        }
        else
        {
            OpenWindowIfWaiting();
        }
    }

    private void OpenWindowIfWaiting()
    {
        if (!windowOpen && pool.Count > 0 && ready.Count > 0)
        {
            windowOpen = true;
            windowDue = now + windowTicks;
            Push(windowDue, WindowClose, 0);
        }
    }

    /// <summary>Rank matching: the fastest pooled machines get the best-paying ready jobs.</summary>
    private void CloseWindow()
    {
        windowOpen = false;
        while (pool.Count > 0 && ready.Count > 0)
        {
            int c = pool.Pop();
            int job = ready.Pop();
            leaseJob[c] = job;
            double needed = workLeft[job] / speed[c] * TimeSpan.TicksPerSecond;
            long compute;
            if (needed <= computeTicks)
            {
                compute = Math.Min(computeTicks, Math.Max(1, (long)Math.Ceiling(needed)));
                inFlight[c] = workLeft[job];
            }
            else
            {
                compute = computeTicks;
                inFlight[c] = compute / (double)TimeSpan.TicksPerSecond * speed[c];
            }

            Leases++;
            Push(now + compute + transferTicks, SliceDone, c);
        }

        // Those left wait for the next window (a ready job opens it).
    }

    private void OnSliceDone(int c)
    {
        int job = leaseJob[c];
        if (inFlight[c] >= workLeft[job])
        {
            workLeft[job] = 0;
        }
        else
        {
            workLeft[job] -= inFlight[c];
            ready.Push(job);
        }

        OnRequest(c);
    }

    private void AddJob()
    {
        if (jobCount == workLeft.Length)
        {
            Array.Resize(ref workLeft, jobCount * 2);
            Array.Resize(ref price, jobCount * 2);
        }

        workLeft[jobCount] = scenario.Jobs.Work.Sample(ref rng);
        price[jobCount] = scenario.Jobs.Price.Sample(ref rng);
        ready.Push(jobCount++);
    }

    private long NextArrival()
        => now + Math.Max(1, (long)(-3600.0 / scenario.Jobs.ArrivalsPerHour * Math.Log(1.0 - rng.NextDouble()) * TimeSpan.TicksPerSecond));

    private void Push(long time, int kind, int subject) => events.Push(new Ev(time, sequence++, kind, subject));

    private readonly record struct Ev(long Time, long Sequence, int Kind, int Subject);

    /// <summary>Events by time, then in the order they were scheduled.</summary>
    private readonly struct ByTime : IHeapOrder<Ev>
    {
        public bool Before(in Ev a, in Ev b) => a.Time < b.Time || (a.Time == b.Time && a.Sequence < b.Sequence);
    }

    /// <summary>The ready-list's order: the best-paying job first, then the older.</summary>
    private readonly struct ByPrice(BareLeaseModel model) : IHeapOrder<int>
    {
        public bool Before(in int a, in int b) => model.price[a] > model.price[b] || (model.price[a] == model.price[b] && a < b);
    }

    /// <summary>The pool's order: the fastest machine first, then the lower id.</summary>
    private readonly struct BySpeed(BareLeaseModel model) : IHeapOrder<int>
    {
        public bool Before(in int a, in int b) => model.speed[a] > model.speed[b] || (model.speed[a] == model.speed[b] && a < b);
    }
}
