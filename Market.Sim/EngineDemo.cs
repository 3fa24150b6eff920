using System.Globalization;
using System.Text;
using Market.Engine;

namespace Market.Sim;

/// <summary>A small discrete-event run of the market: enough to see the engine work end to end.
/// The full simulator (scenarios, sweeps, outputs) is Market.Sim's own issue.</summary>
internal sealed class EngineDemo : IMarketEventSink
{
    private const double TestWork = 100_000; // 100 s on a typical (1000 units/s) client
    private readonly DemoOptions o;
    private readonly MarketEngine engine;
    private readonly PriorityQueue<(Step Step, int Client, long Lease), (long Time, long Seq)> queue = new();
    private readonly List<MarketEvent> granted = new();
    private readonly Dictionary<EventKind, long> counts = new();
    private DeterministicRandom rng;
    private long seq;
    private double[] trueSpeed = [];
    private double[] workLeft = [];
    private double[] price = [];
    private double[] firstLeaseWait = [];
    private double[] speedSum = [];
    private long[] slices = [];

    public EngineDemo(DemoOptions options)
    {
        o = options;
        rng = new DeterministicRandom(options.Seed);
        engine = new MarketEngine(new MarketOptions { Policy = options.Policy, Seed = options.Seed, TestWork = TestWork, CommissionPpm = 20_000, PoolThreshold = Math.Max(10, options.Clients / 4) }, this);
    }

    private enum Step
    {
        Request,
        TestDone,
        SliceDone,
        Advance,
    }

    public void On(in MarketEvent e)
    {
        counts[e.Kind] = counts.GetValueOrDefault(e.Kind) + 1;
        if (e.Kind == EventKind.LeaseGranted)
        {
            granted.Add(e);
        }
    }

    public string Run()
    {
        Instant start = Instant.Epoch2000;
        Instant end = start.Plus(TimeSpan.FromHours(o.Hours));
        Setup(start);
        long nextDue = long.MaxValue;
        while (queue.TryDequeue(out var item, out var key) && key.Time <= end.Ticks)
        {
            var now = new Instant(key.Time);
            switch (item.Step)
            {
                case Step.Request:
                    WorkAssignment w = engine.RequestWork(now, new ClientId(item.Client), TimeSpan.FromMinutes(10)).Value;
                    if (w.Kind == WorkKind.SpeedTest)
                    {
                        Schedule(now.Plus(TimeSpan.FromSeconds(TestWork / trueSpeed[item.Client])), Step.TestDone, item.Client, w.Lease!.Value.Id.Value);
                    }

                    break;
                case Step.TestDone:
                    var lease = new LeaseId(item.Lease);
                    if (engine.GetLease(lease) is LeaseInfo test)
                    {
                        // A very slow client misses the test deadline; it simply asks again.
                        engine.ReportSpeedTest(now, new ClientId(item.Client), lease, now.Since(test.Granted));
                    }

                    Schedule(now, Step.Request, item.Client);
                    break;
                case Step.SliceDone:
                    FinishSlice(now, item.Client, item.Lease);
                    break;
                case Step.Advance:
                    nextDue = long.MaxValue;
                    engine.Advance(now);
                    break;
            }

            StartGrantedSlices(now);
            if (engine.NextDue is Instant due && due.Ticks < nextDue)
            {
                nextDue = due.Ticks;
                Schedule(due, Step.Advance, 0);
            }
        }

        return Summary(start, end);
    }

    private void Setup(Instant now)
    {
        var buyers = Enumerable.Range(0, 10).Select(_ => engine.OpenAccount(now)).ToArray();
        foreach (AccountId b in buyers)
        {
            engine.Deposit(now, b, 1_000_000m);
        }

        AccountId sellers = engine.OpenAccount(now);
        int jobs = o.Jobs;
        workLeft = new double[jobs + 1];
        price = new double[jobs + 1];
        firstLeaseWait = Enumerable.Repeat(double.NaN, jobs + 1).ToArray();
        speedSum = new double[jobs + 1];
        slices = new long[jobs + 1];
        for (int j = 1; j <= jobs; j++)
        {
            decimal p = Math.Round(0.1m + ((decimal)rng.NextDouble() * 4.9m), 3);
            JobId id = engine.SubmitJob(now, buyers[j % buyers.Length], "demo job " + j, p, StateVersion.Empty).Value;
            price[id.Value] = (double)p;
            workLeft[id.Value] = 1000 * 3600 * LogNormal(0, 0.8); // about an hour at 1000 units/s
        }

        trueSpeed = new double[o.Clients + 1];
        for (int c = 1; c <= o.Clients; c++)
        {
            ClientId id = engine.RegisterClient(now, sellers).Value;
            trueSpeed[id.Value] = 1000 * LogNormal(0, 0.6);
            Schedule(now.Plus(TimeSpan.FromSeconds(rng.NextDouble() * 60)), Step.Request, id.Value);
        }
    }

    private void StartGrantedSlices(Instant now)
    {
        foreach (MarketEvent g in granted)
        {
            int job = g.Job.Value;
            if (double.IsNaN(firstLeaseWait[job]))
            {
                firstLeaseWait[job] = now.Since(Instant.Epoch2000).TotalHours;
            }

            double speed = trueSpeed[g.Client.Value];
            speedSum[job] += speed;
            slices[job]++;
            double seconds = Math.Min(workLeft[job] / speed, g.Length.TotalSeconds - 5);
            Schedule(now.Plus(TimeSpan.FromSeconds(Math.Max(1, seconds))), Step.SliceDone, g.Client.Value, g.Lease.Value);
        }

        granted.Clear();
    }

    private void FinishSlice(Instant now, int client, long leaseId)
    {
        var lease = new LeaseId(leaseId);
        Schedule(now.Plus(TimeSpan.FromSeconds(1)), Step.Request, client);
        if (engine.GetLease(lease) is not LeaseInfo l)
        {
            return;
        }

        int job = l.Job!.Value.Value;
        double work = Math.Min(workLeft[job], now.Since(l.Granted).TotalSeconds * trueSpeed[client]);
        workLeft[job] -= work;
        CheckInKind kind = workLeft[job] <= 1e-6 ? CheckInKind.Completed : CheckInKind.Progress;
        engine.CheckIn(now, new ClientId(client), lease, kind, StateVersion.Empty, (long)work);
    }

    private void Schedule(Instant at, Step step, int client, long lease = 0) => queue.Enqueue((step, client, lease), (at.Ticks, seq++));

    private double LogNormal(double mu, double sigma)
    {
        // Box-Muller on the seeded generator.
        double u1 = 1.0 - rng.NextDouble();
        double u2 = rng.NextDouble();
        return Math.Exp(mu + (sigma * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2)));
    }

    private string Summary(Instant start, Instant end)
    {
        var inv = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        JobInfo[] jobs = engine.Jobs().ToArray();
        b.AppendLine(inv, $"Market engine demo: policy {engine.PolicyName}, seed {o.Seed}, {o.Clients} clients, {o.Jobs} jobs, {o.Hours:0.##} simulated hours");
        b.AppendLine(inv, $"  jobs completed        {jobs.Count(j => j.Status == JobStatus.Completed)} of {jobs.Length}");
        b.AppendLine(inv, $"  job leases granted    {counts.GetValueOrDefault(EventKind.LeaseGranted)}");
        b.AppendLine(inv, $"  speed tests           {counts.GetValueOrDefault(EventKind.SpeedMeasured)}");
        b.AppendLine(inv, $"  matching windows      {counts.GetValueOrDefault(EventKind.WindowClosed)}");
        b.AppendLine(inv, $"  credits paid sellers  {engine.GetAccount(new AccountId(12))!.Value.Balance}");
        b.AppendLine(inv, $"  platform commission   {engine.GetAccount(AccountId.Platform)!.Value.Balance}");
        b.AppendLine(inv, $"  engine events         {engine.EventCount}");
        b.AppendLine("  by price quartile     first lease after (h)   mean client speed");
        var leased = Enumerable.Range(1, o.Jobs).Where(j => slices[j] > 0).OrderBy(j => price[j]).ToArray();
        for (int q = 0; q < 4 && leased.Length >= 4; q++)
        {
            int[] part = leased.Skip(q * leased.Length / 4).Take(((q + 1) * leased.Length / 4) - (q * leased.Length / 4)).ToArray();
            b.AppendLine(inv, $"    Q{q + 1} {price[part[0]],5:0.00}-{price[part[^1]],5:0.00}/h   {part.Average(j => firstLeaseWait[j]),10:0.000}   {part.Average(j => speedSum[j] / slices[j]),14:0.0}");
        }

        b.AppendLine(inv, $"  never leased          {o.Jobs - leased.Length}");
        b.AppendLine(inv, $"  credits conserved     {(engine.TotalBalanceMicro() == 0 ? "yes" : "NO")}");
        return b.ToString();
    }
}
