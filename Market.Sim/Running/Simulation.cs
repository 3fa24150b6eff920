using System.Runtime.CompilerServices;
using Market.Engine;
using Market.Sim.Scenarios;

namespace Market.Sim.Running;

/// <summary>One run of a scenario: a discrete-event loop in simulated time around Market.Engine.
/// Every market rule is the engine's; the simulation only plays the clients and job owners.</summary>
/// <remarks>Events are ordered by (time, priority, insertion sequence) and every random draw comes
/// from one seeded generator, so a scenario and seed fix the whole run.</remarks>
internal sealed partial class Simulation : IFilteredMarketEventSink
{
    private readonly Scenario scenario;
    private readonly MarketEngine engine;
    private readonly EventQueue queue = new();
    private readonly List<Grant> granted = new();
    private readonly Instant start = Instant.Epoch2000;
    private readonly Instant end;
    private readonly SimClient[] clients;
    private readonly JobTable jobs;
    private readonly AccountId[] jobOwners;
    private readonly AccountId[] clientOwners;
    private readonly long transferTicks;
    private readonly StateVersion jobState;
    private readonly TextWriter? eventLog;
    private readonly Output.DispatchLog? dispatchLog;
    private readonly IMarketEventSink? observer;
    private readonly bool readAhead;
    /// <summary>The population's machines until <see cref="Setup"/> has registered them (then null:
    /// their available periods are kept in <see cref="periods"/>, 16 bytes a period, not an object each).</summary>
    private IReadOnlyList<Populations.PopulationClient>? populationClients;

    /// <summary>Every machine's available periods, (up, down) ticks from the start, machine by
    /// machine: machine c's are periods[2k], periods[2k + 1] for k in [periodStart[c - 1], periodStart[c]).</summary>
    private readonly long[] periods;
    private readonly int[] periodStart;
    private readonly IEnumerator<Populations.PopulationJob> jobSource;
    private DeterministicRandom rng;
    private long sequence;
    private long engineDueAt = long.MaxValue;
    private long sameInstant;
    private long submittedPrice;
    private Instant now;

    /// <summary>A run of <paramref name="scenario"/> with <paramref name="seed"/>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="eventLog">Gets every engine event, one per line, if given.</param>
    /// <param name="dispatchLog">Records every job lease for report.xml, if given (runs that write
    /// no report, such as sweeps, keep none).</param>
    /// <param name="observer">Also gets every engine event, if given (tests compare with it).</param>
    /// <param name="jobTable">Where the run's jobs are kept (one with a scratch file writes old ones
    /// out); all in memory if not given.</param>
    /// <param name="forgetEndedJobs">Whether the engine forgets ended jobs (the simulation keeps
    /// what the outputs need of them); false only for tests that compare with an engine that keeps them.</param>
    /// <param name="readAhead">Whether the loop reads the records of the machines it meets next
    /// ahead (see <see cref="ReadAhead"/>; false only to measure what that gains).</param>
    public Simulation(Scenario scenario, ulong seed, TextWriter? eventLog = null, Output.DispatchLog? dispatchLog = null, IMarketEventSink? observer = null, bool forgetEndedJobs = true, JobTable? jobTable = null, bool readAhead = true)
    {
        this.readAhead = readAhead;
        jobs = jobTable ?? new JobTable();
        this.eventLog = eventLog;
        this.dispatchLog = dispatchLog;
        this.observer = observer;
        this.scenario = scenario;
        rng = new DeterministicRandom(unchecked(seed * 0x9E3779B97F4A7C15UL) ^ 0x5DEECE66DUL);
        Regret = new RegretMeter(MarketEngine.CreatePolicy(scenario.Market.Policy));
        // Ended jobs are forgotten by the engine: what the outputs need of them is in the SimJobs.
        engine = new MarketEngine(scenario.Market with { Seed = seed, ForgetEndedJobs = forgetEndedJobs }, Regret, this);
        Metrics = new RunMetrics(scenario);
        end = start.Plus(scenario.Duration);
        now = start;
        if (scenario.Population is { } given)
        {
            Populations.Population population = Populations.PopulationGenerator.WithWork(given, scenario, seed);
            populationClients = population.Clients;
            jobSource = population.Jobs.GetEnumerator();
        }
        else
        {
            // Jobs are drawn as they arrive, not all before the run: a long run meets millions.
            (populationClients, IEnumerable<Populations.PopulationJob> drawn) = Populations.PopulationGenerator.Draw(scenario, seed);
            jobSource = drawn.GetEnumerator();
        }

        clients = new SimClient[populationClients.Count + 1];
        jobs.KeepAtLeast(populationClients.Count);
        (periods, periodStart) = Periods(populationClients);
        jobOwners = new AccountId[scenario.Jobs.Owners];
        clientOwners = new AccountId[scenario.Clients.Owners];
        transferTicks = (long)(scenario.Jobs.StateSizeMB / scenario.Clients.BandwidthMBps * TimeSpan.TicksPerSecond);
        jobState = new StateVersion(StateDigest.None, (long)(scenario.Jobs.StateSizeMB * 1_000_000));
    }

    /// <summary>The job leases recorded for report.xml, if this run keeps them.</summary>
    public Output.DispatchLog? Dispatches => dispatchLog;

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

    /// <summary>The jobs submitted so far, in id order.</summary>
    public JobTable Jobs => jobs;

    public ReadOnlySpan<SimClient> Clients => clients.AsSpan(1);

    /// <summary>Clients up now.</summary>
    public int ClientsUp { get; private set; }

    /// <summary>Runs to the scenario's end; <paramref name="progress"/> gets the fraction done now and then.</summary>
    public void Run(Action<double>? progress = null)
    {
        Setup();
        long reportEvery = Math.Max(1, scenario.Duration.Ticks / 100);
        long nextReport = start.Ticks + reportEvery;
        while (queue.TryDequeue(out SimEvent e, out long time))
        {
            if (time > end.Ticks)
            {
                break;
            }

            // A guard against a loop at one instant. Arrivals and machines coming up are the
            // population's (finite); everything else a machine does at one instant is a few events.
            sameInstant = time != now.Ticks ? 0 : e.Kind is SimEventKind.JobArrival or SimEventKind.ClientUp ? sameInstant : sameInstant + 1;
            if (sameInstant > 1_000_000 + (10L * clients.Length))
            {
                throw new InvalidOperationException($"The simulation is stuck at {now}: over a million events at one instant (last: {e}, engine pool {engine.PoolSize}, ready {engine.ReadyCount}, next due {engine.NextDue}).");
            }

            now = new Instant(time);
            Processed++;
            if (readAhead)
            {
                ReadAhead();
            }

            MaxQueue = Math.Max(MaxQueue, queue.Count);
            Handle(e);
            if (granted.Count > 0)
            {
                StartGrantedSlices();
            }

            ScheduleEngineDue();
            dispatchLog?.Flush();
            if (progress is not null && time >= nextReport)
            {
                progress((double)(time - start.Ticks) / scenario.Duration.Ticks);
                nextReport += reportEvery;
            }
        }

        now = end;
        engine.Advance(end);
        dispatchLog?.Finish();
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
    /// <remarks>Payments, pooled requests and the rest change nothing the run keeps: the engine is
    /// not asked to hand them over, unless an event log or an observer wants every event.</remarks>
    public bool Wants(EventKind kind) => eventLog is not null || observer is not null || kind
        is EventKind.LeaseGranted or EventKind.CheckedIn or EventKind.LeaseExpired or EventKind.Rejected
        or EventKind.SpeedMeasured or EventKind.WindowClosed or EventKind.PriceChanged or EventKind.JobSubmitted;

    /// <inheritdoc/>
    public void On(in MarketEvent e)
    {
        // One switch for everything the run folds in (the kinds of Wants; all with an event log).
        eventLog?.WriteLine(e.ToString());
        observer?.On(e);
        switch (e.Kind)
        {
            case EventKind.LeaseGranted:
                Metrics.Granted();
                dispatchLog?.Granted(e);
                granted.Add(new Grant(e.Client.Value, e.Job.Value, e.Lease.Value, e.Time.Ticks, e.Length.Ticks, e.Price.MicroPerHour)); // started after the engine call returns: a sink must not call back
                break;
            case EventKind.CheckedIn:
                dispatchLog?.CheckedIn(e);
                ref SimJob checkedIn = ref jobs.At(e.Job.Value);
                checkedIn.Version = e.Number;
                checkedIn.WorkDone += e.Work;
                break;
            case EventKind.LeaseExpired:
                dispatchLog?.Expired(e);
                if (e.Job.Value != 0)
                {
                    Metrics.RolledBack();
                    ref SimClient client = ref clients[e.Client.Value];
                    Metrics.WorkLost(client.InFlightWork);
                    client.InFlightWork = 0;
                    jobs.At(e.Job.Value).Rollbacks++;
                }

                break;
            case EventKind.Rejected when e.Detail == (int)RejectionCode.LateCheckIn:
                dispatchLog?.RejectedLate(e);
                break;
            case EventKind.SpeedMeasured:
                Metrics.TestMeasured();
                break;
            case EventKind.WindowClosed:
                Metrics.WindowClosed();
                break;
            case EventKind.PriceChanged:
                jobs.At(e.Job.Value).PriceMicro = e.Price.MicroPerHour;
                break;
            case EventKind.JobSubmitted:
                submittedPrice = e.Price.MicroPerHour; // its SimJob is added when SubmitJob returns
                break;
        }
    }

    /// <summary>Job <paramref name="id"/> as the engine has it, or, once the engine has forgotten it
    /// (it has ended), as it had it: the same facts, from the events (<paramref name="j"/> is its SimJob).</summary>
    public JobInfo JobFacts(int id, in SimJob j)
    {
        if (engine.GetJob(new JobId(id)) is JobInfo held)
        {
            return held;
        }

        return new JobInfo(new JobId(id), new AccountId(j.Owner), SimulatedJobName, new Price(j.PriceMicro), JobStatus.Completed, j.Submitted, j.Version, jobState, j.WorkDone, j.Rollbacks, null);
    }

    /// <summary>Every simulated job's name (one string for all: a name is for people, who see a
    /// simulated job by its id, and a string per job was 25 bytes of every job held).</summary>
    private const string SimulatedJobName = "job";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Schedule(Instant at, SimEvent e)
        => queue.Enqueue(at.Ticks, sequence++, e, now: e.Kind == SimEventKind.Request && at.Ticks == now.Ticks);

    private void ScheduleEngineDue()
    {
        if (engine.NextDue is Instant due && due.Ticks < engineDueAt)
        {
            engineDueAt = due.Ticks;
            Schedule(due, new SimEvent(SimEventKind.EngineDue, 0, 0, 0));
        }
    }

    private static (long[] Periods, int[] Start) Periods(IReadOnlyList<Populations.PopulationClient> machines)
    {
        var start = new int[machines.Count + 1];
        int n = 0;
        for (int c = 0; c < machines.Count; c++)
        {
            start[c] = n;
            n += machines[c].Periods.Count;
        }

        start[machines.Count] = n;
        var all = new long[2 * n];
        for (int c = 0; c < machines.Count; c++)
        {
            int k = start[c];
            foreach ((long up, long down) in machines[c].Periods)
            {
                all[2 * k] = up;
                all[(2 * k) + 1] = down;
                k++;
            }
        }

        return (all, start);
    }

    private double Exponential(TimeSpan mean) => -mean.TotalSeconds * Math.Log(1.0 - rng.NextDouble());

    /// <summary>What the simulation needs of a lease granted during an engine call.</summary>
    private readonly record struct Grant(int Client, int Job, long Lease, long Time, long Length, long Price);
}
