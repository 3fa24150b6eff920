using Market.Engine;
using Market.Sim.Scenarios;

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

        ClientModel model = scenario.Clients;
        for (int c = 1; c < clients.Length; c++)
        {
            clients[c].Id = engine.RegisterClient(now, clientOwners[(c - 1) % clientOwners.Length]).Value;
            clients[c].TrueSpeed = Math.Max(1e-9, scenario.ClientSpeeds is { } speeds ? speeds[c - 1] : model.Speed.Sample(ref rng));
            bool upAtStart = model.Availability switch
            {
                AvailabilityKind.OnOff => rng.NextDouble() < model.MeanUp / (model.MeanUp + model.MeanDown),
                AvailabilityKind.Diurnal => !IsWorkingHours(now),
                _ => true,
            };
            Instant firstUp = upAtStart
                ? now.Plus(TimeSpan.FromSeconds(rng.NextDouble() * 60)) // machines do not all call at once
                : model.Availability == AvailabilityKind.Diurnal ? NextIdleStart(now) : now.Plus(TimeSpan.FromSeconds(Exponential(model.MeanDown)));
            Schedule(firstUp, new SimEvent(SimEventKind.ClientUp, c, 0, 0));
        }

        if (scenario.InitialJobs is { } initial)
        {
            foreach ((decimal price, double? work) in initial)
            {
                SubmitJob(price, work);
            }
        }
        else
        {
            for (int j = 0; j < scenario.Jobs.Initial; j++)
            {
                SubmitJob();
            }
        }

        if (scenario.Jobs.ArrivalsPerHour > 0)
        {
            ScheduleArrival();
        }

        Schedule(now, new SimEvent(SimEventKind.Sample, 0, 0, 0));
    }

    private void ClientUp(int c)
    {
        ref SimClient client = ref clients[c];
        if (client.Up)
        {
            return;
        }

        client.Up = true;
        client.UpSinceTicks = now.Ticks;
        Schedule(now, new SimEvent(SimEventKind.Request, c, client.Generation, 0));
        ClientModel model = scenario.Clients;
        if (model.Availability == AvailabilityKind.OnOff)
        {
            Schedule(now.Plus(TimeSpan.FromSeconds(Exponential(model.MeanUp))), new SimEvent(SimEventKind.ClientDown, c, client.Generation, 0));
        }
        else if (model.Availability == AvailabilityKind.Diurnal)
        {
            Schedule(NextWorkStart(now), new SimEvent(SimEventKind.ClientDown, c, client.Generation, 0));
        }
    }

    private void ClientDown(int c, int generation)
    {
        ref SimClient client = ref clients[c];
        if (!client.Up || generation != client.Generation)
        {
            return;
        }

        client.Up = false;
        client.Generation++; // its pending test or slice events are now stale; an open lease will expire
        client.AvailableSeconds += (now.Ticks - client.UpSinceTicks) / (double)TimeSpan.TicksPerSecond;
        if (engine.GetClient(client.Id)!.Pooled)
        {
            engine.WithdrawRequest(now, client.Id);
        }

        ClientModel model = scenario.Clients;
        Instant back = model.Availability == AvailabilityKind.Diurnal && IsWorkingHours(now)
            ? NextIdleStart(now)
            : now.Plus(TimeSpan.FromSeconds(Exponential(model.MeanDown)));
        Schedule(back, new SimEvent(SimEventKind.ClientUp, c, 0, 0));
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
            if (done)
            {
                job.Completed = now;
                CompletedJobs++;
            }
        }

        Schedule(now, new SimEvent(SimEventKind.Request, c, generation, 0));
    }

    /// <summary>Weekdays 09:00–17:00 the desktop's owner works on it.</summary>
    private static bool IsWorkingHours(Instant t)
    {
        DateTime d = t.ToUtc();
        return d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && d.Hour is >= 9 and < 17;
    }

    private static Instant NextWorkStart(Instant t)
    {
        DateTime d = t.ToUtc().Date.AddHours(9);
        while (d <= t.ToUtc() || d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            d = d.AddDays(1);
        }

        return Instant.FromUtc(d);
    }

    private static Instant NextIdleStart(Instant t)
    {
        DateTime d = t.ToUtc();
        return IsWorkingHours(t) ? Instant.FromUtc(d.Date.AddHours(17)) : t;
    }
}
