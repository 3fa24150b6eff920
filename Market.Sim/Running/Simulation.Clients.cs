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

        for (int c = 1; c < clients.Length; c++)
        {
            Populations.PopulationClient pc = population.Clients[c - 1];
            clients[c].Id = engine.RegisterClient(now, clientOwners[pc.Owner % clientOwners.Length]).Value;
            clients[c].TrueSpeed = pc.Speed;
            if (pc.Periods.Count > 0)
            {
                Schedule(At(pc.Periods[0].Up), new SimEvent(SimEventKind.ClientUp, c, 0, 0));
            }
        }

        if (population.Jobs.Count > 0)
        {
            Schedule(At(population.Jobs[0].Arrival), new SimEvent(SimEventKind.JobArrival, 0, 0, 0));
        }

        Schedule(now, new SimEvent(SimEventKind.Sample, 0, 0, 0));
    }

    private Instant At(long offsetTicks) => offsetTicks >= end.Ticks - start.Ticks ? new Instant(long.MaxValue / 2) : start.Plus(TimeSpan.FromTicks(offsetTicks));

    /// <summary>An available period of the population starts.</summary>
    private void PeriodStarts(int c, int period)
    {
        ref SimClient client = ref clients[c];
        client.PlannedUp = true;
        long down = population.Clients[c - 1].Periods[period].Down;
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

        IReadOnlyList<(long Up, long Down)> periods = population.Clients[c - 1].Periods;
        if (period + 1 < periods.Count)
        {
            Schedule(At(periods[period + 1].Up), new SimEvent(SimEventKind.ClientUp, c, 0, period + 1));
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
        client.UpSinceTicks = now.Ticks;
        Schedule(now, new SimEvent(SimEventKind.Request, c, client.Generation, 0));
    }

    private void GoDown(int c)
    {
        ref SimClient client = ref clients[c];
        client.Up = false;
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
            // At least one tick: the engine only accepts a positive elapsed time.
            long ticks = Math.Max(1, (long)(scenario.Market.TestWork / client.TrueSpeed * TimeSpan.TicksPerSecond));
            Schedule(now.Plus(TimeSpan.FromTicks(ticks)), new SimEvent(SimEventKind.TestDone, c, generation, r.Value.Lease!.Value.Id.Value));
        }
    }

    private void TestDone(int c, int generation, long lease)
    {
        ref SimClient client = ref clients[c];
        if (!client.Up || generation != client.Generation)
        {
            return;
        }

        if (engine.GetLease(new LeaseId(lease)) is LeaseInfo test)
        {
            TimeSpan elapsed = now.Since(test.Granted);
            client.TestSeconds += elapsed.TotalSeconds;
            engine.ReportSpeedTest(now, client.Id, test.Id, elapsed);
        }

        Schedule(now, new SimEvent(SimEventKind.Request, c, generation, 0));
    }

    private void StartGrantedSlices()
    {
        foreach (MarketEvent g in granted)
        {
            int c = g.Client.Value;
            ref SimClient client = ref clients[c];
            SimJob job = jobs[g.Job.Value]!;
            long length = g.Length.Ticks;
            long available = Math.Max(0, length - transferTicks - (length / 100)); // keep a 1% margin before the deadline
            double needed = job.WorkLeft / client.TrueSpeed * TimeSpan.TicksPerSecond;
            long computeTicks;
            if (needed <= available)
            {
                // The job can finish in this lease: round up, so the last slice never leaves a sliver.
                computeTicks = Math.Min(available, Math.Max(1, (long)Math.Ceiling(needed)));
                job.InFlightWork = job.WorkLeft;
            }
            else
            {
                computeTicks = available;
                job.InFlightWork = computeTicks / (double)TimeSpan.TicksPerSecond * client.TrueSpeed;
            }

            job.FirstLease ??= now;
            job.Slices++;
            job.SpeedSum += client.TrueSpeed;
            client.Leases++;
            job.CurrentPrice = (double)g.Price.ToDecimal();
            Metrics.LeaseStarted(job, client.TrueSpeed, now);
            double vanish = 1 - Math.Exp(-scenario.Clients.VanishPerHour * g.Length.TotalHours);
            if (vanish > 0 && rng.NextDouble() < vanish)
            {
                // The machine disappears part-way through: no check-in, the lease expires, the job rolls back.
                Schedule(now.Plus(TimeSpan.FromTicks((long)(rng.NextDouble() * length))), new SimEvent(SimEventKind.ClientDown, c, client.Generation, 0));
            }

            Schedule(now.Plus(TimeSpan.FromTicks(computeTicks + transferTicks)), new SimEvent(SimEventKind.SliceDone, c, client.Generation, g.Lease.Value));
        }

        granted.Clear();
    }

    private void SliceDone(int c, int generation, long lease)
    {
        ref SimClient client = ref clients[c];
        if (!client.Up || generation != client.Generation || engine.GetLease(new LeaseId(lease)) is not LeaseInfo l)
        {
            return;
        }

        SimJob job = jobs[l.Job!.Value.Value]!;
        double work = job.InFlightWork;
        bool done = work >= job.WorkLeft;
        var state = new StateVersion(StateDigest.None, (long)(scenario.Jobs.StateSizeMB * 1_000_000));
        if (engine.CheckIn(now, client.Id, l.Id, done ? CheckInKind.Completed : CheckInKind.Progress, state, (long)Math.Round(work)).IsAccepted)
        {
            job.WorkLeft = done ? 0 : job.WorkLeft - work;
            job.InFlightWork = 0;
            client.LeasedSeconds += now.Since(l.Granted).TotalSeconds;
            Metrics.SliceCheckedIn(job.CurrentPrice, client.TrueSpeed, now.Since(l.Granted).TotalHours);
            if (done)
            {
                job.Completed = now;
                CompletedJobs++;
            }
        }

        Schedule(now, new SimEvent(SimEventKind.Request, c, generation, 0));
    }
}
