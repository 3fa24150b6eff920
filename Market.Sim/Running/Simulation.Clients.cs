using Market.Engine;

namespace Market.Sim.Running;

/// <content>What the machines do: come and go, ask for work, run tests and slices, check in.</content>
internal sealed partial class Simulation
{
    private void Setup()
    {
        for (int i = 0; i < jobOwners.Length; i++)
        {
            jobOwners[i] = engine.OpenAccount(now);
            if (scenario.Jobs.Budget > 0)
            {
                engine.Deposit(now, jobOwners[i], scenario.Jobs.Budget);
            }
        }

        for (int i = 0; i < clientOwners.Length; i++)
        {
            clientOwners[i] = engine.OpenAccount(now);
        }

        IReadOnlyList<Populations.PopulationClient> machines = populationClients!;
        engine.EnsureClientCapacity(machines.Count);
        populationClients = null; // from here on, what is needed of them is in clients and periods
        for (int c = 1; c < clients.Length; c++)
        {
            Populations.PopulationClient pc = machines[c - 1];
            clients[c].Id = engine.RegisterClient(now, clientOwners[pc.Owner % clientOwners.Length]).Value;
            if (clients[c].Id.Value != c)
            {
                // Engine events name clients by id; the simulation finds them by the same number.
                throw new InvalidOperationException($"Client {c} was registered as {clients[c].Id}.");
            }

            clients[c].TrueSpeed = pc.Speed;
            if (PeriodCount(c) > 0)
            {
                Schedule(At(PeriodUp(c, 0)), new SimEvent(SimEventKind.ClientUp, c, 0, 0));
            }
        }

        ScheduleNextArrival(0);

        Schedule(now, new SimEvent(SimEventKind.Sample, 0, 0, 0));
    }

    private int PeriodCount(int c) => periodStart[c] - periodStart[c - 1];

    private long PeriodUp(int c, int period) => periods[2 * (periodStart[c - 1] + period)];

    private long PeriodDown(int c, int period) => periods[(2 * (periodStart[c - 1] + period)) + 1];

    private Instant At(long offsetTicks) => offsetTicks >= end.Ticks - start.Ticks ? new Instant(long.MaxValue / 2) : start.Plus(TimeSpan.FromTicks(offsetTicks));

    /// <summary>An available period of the population starts.</summary>
    private void PeriodStarts(int c, int period)
    {
        ref SimClient client = ref clients[c];
        client.PlannedUp = true;
        long down = PeriodDown(c, period);
        if (down != long.MaxValue)
        {
            Schedule(At(down), new SimEvent(SimEventKind.PlannedDown, c, 0, period));
        }

        if (now.Ticks >= client.BackTicks)
        {
            BecomeUp(c);
        }
    }

    /// <summary>An available period ends; the next one, if any, is scheduled.</summary>
    private void PeriodEnds(int c, int period)
    {
        ref SimClient client = ref clients[c];
        client.PlannedUp = false;
        if (client.Up)
        {
            GoDown(c);
        }

        if (period + 1 < PeriodCount(c))
        {
            Schedule(At(PeriodUp(c, period + 1)), new SimEvent(SimEventKind.ClientUp, c, 0, period + 1));
        }
    }

    /// <summary>The machine vanishes mid-lease (the market's doing, not the population's): its lease
    /// will expire; it may come back after a mean down time, within its available periods.</summary>
    private void Vanish(int c, int generation)
    {
        ref SimClient client = ref clients[c];
        if (!client.Up || generation != client.Generation)
        {
            return;
        }

        GoDown(c);
        client.BackTicks = now.Ticks + Math.Max(1, (long)(Exponential(scenario.Clients.MeanDown) * TimeSpan.TicksPerSecond));
        Schedule(new Instant(client.BackTicks), new SimEvent(SimEventKind.Return, c, 0, 0));
    }

    private void Return(int c)
    {
        ref SimClient client = ref clients[c];
        if (client.PlannedUp && !client.Up && now.Ticks >= client.BackTicks)
        {
            BecomeUp(c);
        }
    }

    private void BecomeUp(int c)
    {
        ref SimClient client = ref clients[c];
        client.Up = true;
        ClientsUp++;
        client.UpSinceTicks = now.Ticks;
        Schedule(now, new SimEvent(SimEventKind.Request, c, client.Generation, 0));
    }

    private void GoDown(int c)
    {
        ref SimClient client = ref clients[c];
        client.Up = false;
        ClientsUp--;
        client.Generation++; // its pending test or slice events are now stale; an open lease will expire
        client.AvailableSeconds += (now.Ticks - client.UpSinceTicks) / (double)TimeSpan.TicksPerSecond;
        if (engine.GetClient(client.Id)!.Pooled)
        {
            engine.WithdrawRequest(now, client.Id);
        }
    }

    private void Request(int c, int generation)
    {
        ref SimClient client = ref clients[c];
        if (!client.Up || generation != client.Generation)
        {
            return;
        }

        Outcome<WorkAssignment> r = engine.RequestWork(now, client.Id, scenario.Clients.LeaseLength);
        if (r.IsAccepted && r.Value.Kind == WorkKind.SpeedTest)
        {
            client.LeaseGrantedTicks = r.Value.Lease!.Value.Granted.Ticks;
            // At least one tick: the engine only accepts a positive elapsed time.
            long ticks = Math.Max(1, (long)(scenario.Market.TestWork / client.TrueSpeed * TimeSpan.TicksPerSecond));
            Schedule(now.Plus(TimeSpan.FromTicks(ticks)), new SimEvent(SimEventKind.TestDone, c, generation, r.Value.Lease!.Value.Id.Value));
        }
        else if (!r.IsAccepted && r.Rejection.Code == RejectionCode.ClientBusy
            && engine.OpenLeaseOf(client.Id) is { } open && engine.GetLease(open) is { } held)
        {
            // The machine came back while a lease from before it vanished is still open: it asks
            // again once that lease has expired (as the live dispatcher tells a worker to), instead
            // of idling until its next planned absence.
            Schedule(held.Deadline.Plus(TimeSpan.FromTicks(1)), new SimEvent(SimEventKind.Request, c, generation, 0));
        }
    }

    private void TestDone(int c, int generation, long lease)
    {
        ref SimClient client = ref clients[c];
        if (!client.Up || generation != client.Generation)
        {
            return;
        }

        if (HoldsLease(client, lease))
        {
            TimeSpan elapsed = TimeSpan.FromTicks(now.Ticks - client.LeaseGrantedTicks);
            client.TestSeconds += elapsed.TotalSeconds;
            engine.ReportSpeedTest(now, client.Id, new LeaseId(lease), elapsed);
        }

        Schedule(now, new SimEvent(SimEventKind.Request, c, generation, 0));
    }

    private void StartGrantedSlices()
    {
        foreach (ref readonly Grant g in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(granted))
        {
            int c = g.Client;
            ref SimClient client = ref clients[c];
            ref SimJob job = ref jobs.At(g.Job);
            long length = g.Length;
            long available = Math.Max(0, length - transferTicks - (length / 100)); // keep a 1% margin before the deadline
            double needed = job.WorkLeft / client.TrueSpeed * TimeSpan.TicksPerSecond;
            long computeTicks;
            if (needed <= available)
            {
                // The job can finish in this lease: round up, so the last slice never leaves a sliver.
                computeTicks = Math.Min(available, Math.Max(1, (long)Math.Ceiling(needed)));
                client.InFlightWork = job.WorkLeft;
            }
            else
            {
                computeTicks = available;
                client.InFlightWork = computeTicks / (double)TimeSpan.TicksPerSecond * client.TrueSpeed;
            }

            if (job.FirstLeaseTicks == long.MinValue)
            {
                job.FirstLeaseTicks = now.Ticks;
            }

            job.Slices++;
            job.SpeedSum += client.TrueSpeed;
            client.Leases++;
            client.LeaseJob = g.Job;
            client.LeaseGrantedTicks = g.Time;

            // The same double as (double)g.Price.ToDecimal(): micro-credits / 10^6, both exact, divided once.
            client.LeasePrice = g.Price / 1e6;
            Metrics.LeaseStarted(client.LeasePrice, client.TrueSpeed, now);
            if (scenario.Clients.VanishPerHour > 0)
            {
                double vanish = 1 - Math.Exp(-scenario.Clients.VanishPerHour * TimeSpan.FromTicks(length).TotalHours);
                if (vanish > 0 && rng.NextDouble() < vanish)
                {
                    // The machine disappears part-way through: no check-in, the lease expires, the job rolls back.
                    Schedule(now.Plus(TimeSpan.FromTicks((long)(rng.NextDouble() * length))), new SimEvent(SimEventKind.ClientDown, c, client.Generation, 0));
                }
            }

            Schedule(now.Plus(TimeSpan.FromTicks(computeTicks + transferTicks)), new SimEvent(SimEventKind.SliceDone, c, client.Generation, g.Lease));
        }

        if (granted.Capacity > 1 << 16 && granted.Count < 1 << 12)
        {
            granted.Capacity = 1 << 12; // the first window of a large market grants one lease per machine
        }

        granted.Clear();
    }

    private void SliceDone(int c, int generation, long lease)
    {
        ref SimClient client = ref clients[c];
        if (!client.Up || generation != client.Generation || !HoldsLease(client, lease))
        {
            return;
        }

        ref SimJob job = ref jobs.At(client.LeaseJob);
        double work = client.InFlightWork;
        bool done = work >= job.WorkLeft;
        if (engine.CheckIn(now, client.Id, new LeaseId(lease), done ? CheckInKind.Completed : CheckInKind.Progress, jobState, (long)Math.Round(work)).IsAccepted)
        {
            job.WorkLeft = done ? 0 : job.WorkLeft - work;
            client.InFlightWork = 0;
            TimeSpan held = TimeSpan.FromTicks(now.Ticks - client.LeaseGrantedTicks);
            client.LeasedSeconds += held.TotalSeconds;
            Metrics.SliceCheckedIn(client.LeasePrice, client.TrueSpeed, held.TotalHours);
            if (done)
            {
                job.CompletedTicks = now.Ticks;
                CompletedJobs++;
                jobs.Completed(client.LeaseJob); // final: may leave memory
            }
        }

        Schedule(now, new SimEvent(SimEventKind.Request, c, generation, 0));
    }

    /// <summary>How far ahead in the queue the loop asks for a machine's own records (its SimClient
    /// and the engine's record of it), and for the records its check-in uses, which are found from
    /// the former (so asked for later: its job and dispatch record, then the account it charges).</summary>
    private const int ReadClientAhead = 3;
    private const int ReadLeaseAhead = 1;

    /// <summary>Asks the processor, changing nothing, for the records of the machines whose events
    /// the loop meets next, so that their cache misses overlap with the work on this event instead
    /// of stalling, one after the other, when those events are handled (what it gains: README,
    /// "Performance"). Prefetches, not loads: a load that misses holds up the processor as the
    /// records' own first use would.</summary>
    private void ReadAhead()
    {
        if (queue.TryPeekAhead(ReadClientAhead, out SimEventKind farKind, out int far) && IsClientEvent(farKind) && unchecked((uint)far) < (uint)clients.Length)
        {
            Market.Engine.Internal.Prefetch.Record(ref clients[far]);
            engine.ReadAheadClient(new ClientId(far));
            if (farKind == SimEventKind.TestDone)
            {
                engine.ReadAheadSpeedTest(new ClientId(far));
            }
        }

        if (queue.TryPeekAhead(ReadLeaseAhead, out SimEventKind nearKind, out int near) && nearKind == SimEventKind.SliceDone && unchecked((uint)near) < (uint)clients.Length)
        {
            jobs.Prefetch(clients[near].LeaseJob);
            engine.ReadAheadLease(new ClientId(near));
            dispatchLog?.ReadAhead(near);
        }

        if (queue.TryPeekAhead(0, out SimEventKind nextKind, out int next) && nextKind == SimEventKind.SliceDone)
        {
            engine.ReadAheadPayer(new ClientId(next));
        }
    }

    private static bool IsClientEvent(SimEventKind kind) => kind is SimEventKind.SliceDone or SimEventKind.TestDone or SimEventKind.Request
        or SimEventKind.ClientUp or SimEventKind.PlannedDown or SimEventKind.ClientDown or SimEventKind.Return;

    /// <summary>Whether the client still holds this lease open (it expires if the client is too late).</summary>
    private bool HoldsLease(in SimClient client, long lease) => engine.HoldsLease(client.Id, new LeaseId(lease));
}
