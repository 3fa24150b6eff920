using Market.Engine;
using Market.Reports;
using Market.Sim.Scenarios;

namespace Market.Sim.Running;

/// <summary>One run of a scenario: a discrete-event loop in simulated time around Market.Engine.
/// Every market rule is the engine's; the simulation only plays the clients and job owners.</summary>
/// <remarks>Events are ordered by (time, priority, insertion sequence) and every random draw comes
/// from one seeded generator, so a scenario and seed fix the whole run.</remarks>
internal sealed partial class Simulation : IMarketEventSink
{
    private readonly Scenario scenario;
    private readonly MarketEngine engine;
    private readonly PriorityQueue<SimEvent, EventKey> queue = new();
    private readonly List<MarketEvent> granted = new();
    private readonly Instant start = Instant.Epoch2000;
    private readonly Instant end;
    private readonly SimClient[] clients;
    private readonly List<SimJob?> jobs = [null];
    private readonly AccountId[] jobOwners;
    private readonly AccountId[] clientOwners;
    private readonly long transferTicks;
    private readonly TextWriter? eventLog;
    private readonly Populations.Population population;
    private DeterministicRandom rng;
    private long sequence;
    private long engineDueAt = long.MaxValue;
    private long sameInstant;
    private Instant now;

    public Simulation(Scenario scenario, ulong seed, TextWriter? eventLog = null)
    {
        this.eventLog = eventLog;
        this.scenario = scenario;
        rng = new DeterministicRandom(unchecked(seed * 0x9E3779B97F4A7C15UL) ^ 0x5DEECE66DUL);
        History = new DispatchHistory(this);
        Regret = new RegretMeter(MarketEngine.CreatePolicy(scenario.Market.Policy));
        engine = new MarketEngine(scenario.Market with { Seed = seed }, Regret, History);
        Metrics = new RunMetrics(scenario);
        end = start.Plus(scenario.Duration);
        now = start;
        population = scenario.Population is { } given
            ? Populations.PopulationGenerator.WithWork(given, scenario, seed)
            : Populations.PopulationGenerator.Generate(scenario, seed);
        clients = new SimClient[population.Clients.Count + 1];
        jobOwners = new AccountId[scenario.Jobs.Owners];
        clientOwners = new AccountId[scenario.Clients.Owners];
        transferTicks = (long)(scenario.Jobs.StateSizeMB / scenario.Clients.BandwidthMBps * TimeSpan.TicksPerSecond);
    }

    public DispatchHistory History { get; }

    /// <summary>Each window's regret and gain over unpooled matching.</summary>
    internal RegretMeter Regret { get; }

    /// <summary>Jobs completed so far.</summary>
    public int CompletedJobs { get; private set; }

    /// <summary>Simulation events handled.</summary>
    public long Processed { get; private set; }

    /// <summary>The largest number of pending simulation events.</summary>
    public int MaxQueue { get; private set; }

    public RunMetrics Metrics { get; }

    public MarketEngine Engine => engine;

    public Instant End => end;

    public IReadOnlyList<SimJob?> Jobs => jobs;

    public ReadOnlySpan<SimClient> Clients => clients.AsSpan(1);

    /// <summary>The machines and jobs this run meets.</summary>
    public Populations.Population Population => population;

    /// <summary>Runs to the scenario's end; <paramref name="progress"/> gets the fraction done now and then.</summary>
    public void Run(Action<double>? progress = null)
    {
        Setup();
        long reportEvery = Math.Max(1, scenario.Duration.Ticks / 100);
        long nextReport = start.Ticks + reportEvery;
        while (queue.TryDequeue(out SimEvent e, out EventKey key))
        {
            if (key.Time > end.Ticks)
            {
                break;
            }

            sameInstant = key.Time == now.Ticks ? sameInstant + 1 : 0;
            if (sameInstant > 1_000_000)
            {
                throw new InvalidOperationException($"The simulation is stuck at {now}: a million events at one instant (last: {e}, engine pool {engine.PoolSize}, ready {engine.ReadyCount}, next due {engine.NextDue}).");
            }

            now = new Instant(key.Time);
            Processed++;
            MaxQueue = Math.Max(MaxQueue, queue.Count);
            Handle(e);
            StartGrantedSlices();
            ScheduleEngineDue();
            if (progress is not null && key.Time >= nextReport)
            {
                progress((double)(key.Time - start.Ticks) / scenario.Duration.Ticks);
                nextReport += reportEvery;
            }
        }

        now = end;
        engine.Advance(end);
        for (int c = 1; c < clients.Length; c++)
        {
            if (clients[c].Up)
            {
                // Close the session that is still open, so available time is complete in every output.
                clients[c].AvailableSeconds += (end.Ticks - clients[c].UpSinceTicks) / (double)TimeSpan.TicksPerSecond;
                clients[c].UpSinceTicks = end.Ticks;
            }
        }

        Metrics.Finish(this);
    }

    /// <inheritdoc/>
    public void On(in MarketEvent e)
    {
        Metrics.On(e);
        eventLog?.WriteLine(e.ToString());
        if (e.Kind == EventKind.LeaseGranted)
        {
            granted.Add(e); // started after the engine call returns: a sink must not call back
        }
        else if (e.Kind == EventKind.LeaseExpired && e.Job.Value != 0 && jobs[e.Job.Value] is SimJob job)
        {
            Metrics.WorkLost(job.InFlightWork);
            job.InFlightWork = 0;
        }
    }

    private void Handle(in SimEvent e)
    {
        switch (e.Kind)
        {
            case SimEventKind.EngineDue:
                if (now.Ticks == engineDueAt)
                {
                    // Only the wake-up currently scheduled clears the mark; an earlier, superseded
                    // one must not, or every superseded wake-up would schedule another.
                    engineDueAt = long.MaxValue;
                }

                engine.Advance(now);
                break;
            case SimEventKind.Request:
                Request(e.Subject, e.Generation);
                break;
            case SimEventKind.TestDone:
                TestDone(e.Subject, e.Generation, e.Lease);
                break;
            case SimEventKind.SliceDone:
                SliceDone(e.Subject, e.Generation, e.Lease);
                break;
            case SimEventKind.ClientUp:
                PeriodStarts(e.Subject, (int)e.Lease);
                break;
            case SimEventKind.PlannedDown:
                PeriodEnds(e.Subject, (int)e.Lease);
                break;
            case SimEventKind.ClientDown:
                Vanish(e.Subject, e.Generation);
                break;
            case SimEventKind.Return:
                Return(e.Subject);
                break;
            case SimEventKind.JobArrival:
                JobArrival(e.Subject);
                break;
            case SimEventKind.Reprice:
                Reprice(e.Subject);
                break;
            case SimEventKind.Sample:
                Metrics.Sample(this, now);
                Schedule(now.Plus(TimeSpan.FromMinutes(1)), new SimEvent(SimEventKind.Sample, 0, 0, 0));
                break;
        }
    }

    private void Schedule(Instant at, SimEvent e) => queue.Enqueue(e, new EventKey(at.Ticks, (int)e.Kind, sequence++));

    private void ScheduleEngineDue()
    {
        if (engine.NextDue is Instant due && due.Ticks < engineDueAt)
        {
            engineDueAt = due.Ticks;
            Schedule(due, new SimEvent(SimEventKind.EngineDue, 0, 0, 0));
        }
    }

    private double Exponential(TimeSpan mean) => -mean.TotalSeconds * Math.Log(1.0 - rng.NextDouble());
}
