using Market.Engine.Tests.Support;

namespace Market.Engine.Tests.Properties;

/// <summary>Interprets a list of generated integers as a command sequence on a small market
/// (3 accounts, 5 clients, 6 jobs to start), checking the engine's invariants after every step.</summary>
internal sealed class MarketScript
{
    private static readonly decimal[] Prices = [0m, 0.5m, 1m, 1m, 2m, 3.3m, 10m];
    private readonly Dictionary<long, (long Version, StateVersion State)> atGrant = new();
    private readonly List<long> closedLeases = new();
    private int checkedEvents;

    /// <summary>Job owners by id (the engine may have forgotten an ended job's).</summary>
    private readonly List<AccountId> jobOwners = [default];

    /// <param name="policy">The matching policy.</param>
    /// <param name="variant">Picks the pool threshold, the commission, the seed and (unless
    /// <paramref name="forgetEndedJobs"/> says) whether ended jobs are forgotten.</param>
    /// <param name="forgetEndedJobs">Overrides the variant's <see cref="MarketOptions.ForgetEndedJobs"/>.</param>
    public MarketScript(MatchingPolicyKind policy, int variant, bool? forgetEndedJobs = null)
    {
        Options = new MarketOptions
        {
            Window = TimeSpan.FromSeconds(30),
            PoolThreshold = 2 + (variant & 3),
            MinLease = TimeSpan.FromMinutes(1),
            MaxLease = TimeSpan.FromMinutes(10),
            TestInterval = TimeSpan.FromMinutes(20),
            TestLease = TimeSpan.FromMinutes(2),
            TestWork = 1000,
            CommissionPpm = (variant & 4) == 0 ? 0 : 50_000,
            Policy = policy,
            Seed = (ulong)variant,
            ForgetEndedJobs = forgetEndedJobs ?? (variant & 8) != 0,
        };
        Engine = new MarketEngine(Options, Log);
        decimal[] deposits = [500m, 3m, 0.4m];
        foreach (decimal d in deposits)
        {
            AccountId a = Engine.OpenAccount(Now);
            Engine.Deposit(Now, a, d);
            Accounts.Add(a);
        }

        for (int i = 0; i < 5; i++)
        {
            Clients.Add(Engine.RegisterClient(Now, Accounts[i % 3]).Value);
        }

        for (int i = 0; i < 6; i++)
        {
            Submit(Accounts[i % 3], "job" + i, Prices[i]);
        }

        CheckInvariants();
    }

    public MarketOptions Options { get; }

    public EventLog Log { get; } = new();

    public MarketEngine Engine { get; private set; }

    public Instant Now { get; private set; } = Instant.Epoch2000;

    public List<AccountId> Accounts { get; } = new();

    public List<ClientId> Clients { get; } = new();

    /// <summary>Bad check-ins tried (late, unknown or repeated), each shown to change nothing.</summary>
    public int BadCheckIns { get; private set; }

    public void Run(IEnumerable<int> ops)
    {
        foreach (int op in ops)
        {
            Step(op);
        }
    }

    public void Step(int op)
    {
        uint u = (uint)op;
        uint arg = u >> 4;
        switch (u % 12)
        {
            case 0:
            case 1:
                Now = Now.Plus(TimeSpan.FromSeconds(arg % 200));
                break;
            case 2:
            case 3:
                Engine.RequestWork(Now, Client(arg), TimeSpan.FromMinutes(1 + ((arg >> 3) % 15)));
                break;
            case 4:
            case 5:
                CheckIn(Client(arg), (arg >> 3) % 8);
                break;
            case 6:
                int job = 1 + (int)((arg >> 2) % (uint)Engine.JobCount);
                Engine.ChangePrice(Now, jobOwners[job], new JobId(job), Prices[(arg >> 12) % Prices.Length]);
                break;
            case 7:
                if ((arg & 1) == 0)
                {
                    Engine.Deposit(Now, Accounts[(int)((arg >> 1) % 3)], 0.25m * (1 + ((arg >> 3) % 8)));
                }
                else
                {
                    Engine.Withdraw(Now, Accounts[(int)((arg >> 1) % 3)], 0.5m * (1 + ((arg >> 3) % 8)));
                }

                break;
            case 8:
                Submit(Accounts[(int)(arg % 3)], "new", Prices[(arg >> 2) % Prices.Length]);
                break;
            case 9:
                Engine.WithdrawRequest(Now, Client(arg));
                break;
            case 10:
                BadCheckIn(arg);
                break;
            default:
                Engine.Advance(Now);
                break;
        }

        CheckInvariants();
    }

    private void Submit(AccountId owner, string name, decimal price)
    {
        Outcome<JobId> id = Engine.SubmitJob(Now, owner, name, price, StateVersion.Empty);
        if (id.IsAccepted)
        {
            Assert.Equal(jobOwners.Count, id.Value.Value);
            jobOwners.Add(owner);
        }
    }

    private ClientId Client(uint arg) => Clients[(int)(arg % (uint)Clients.Count)];

    private void CheckIn(ClientId c, uint how)
    {
        LeaseId? open = Engine.GetClient(c)!.OpenLease;
        if (open is null)
        {
            return;
        }

        LeaseInfo l = Engine.GetLease(open.Value)!.Value;
        if (l.Deadline < Now)
        {
            return; // would be late: case 10 covers late check-ins
        }

        if (l.Kind == LeaseKind.SpeedTest)
        {
            TimeSpan open2 = Now.Since(l.Granted);
            if (open2 > TimeSpan.Zero)
            {
                Assert.True(Engine.ReportSpeedTest(Now, c, l.Id, TimeSpan.FromTicks(Math.Max(1, open2.Ticks / (1 + how)))).IsAccepted);
            }

            return;
        }

        CheckInKind kind = how switch { 6 => CheckInKind.Completed, 7 => CheckInKind.Failed, _ => CheckInKind.Progress };
        Assert.True(Engine.CheckIn(Now, c, l.Id, kind, TestMarket.State((byte)(how + 1), how), how).IsAccepted);
        closedLeases.Add(l.Id.Value);
    }

    /// <summary>A late, unknown or repeated check-in must change nothing beyond what time itself does.</summary>
    private void BadCheckIn(uint arg)
    {
        LeaseId lease;
        ClientId client;
        LeaseInfo? open = Engine.OpenLeases().Where(l => l.Kind == LeaseKind.Job).Cast<LeaseInfo?>().FirstOrDefault();
        switch (arg % 3)
        {
            case 0 when open is not null:
                // Late: move past the deadline.
                Now = open.Value.Deadline.Plus(TimeSpan.FromTicks(1 + (arg >> 2)));
                (lease, client) = (open.Value.Id, open.Value.Client);
                break;
            case 1 when closedLeases.Count > 0:
                lease = new LeaseId(closedLeases[(int)((arg >> 2) % (uint)closedLeases.Count)]);
                client = Client(arg >> 4);
                break;
            default:
                lease = new LeaseId(1_000_000 + arg);
                client = Client(arg >> 4);
                break;
        }

        MarketEngine timeOnly = MarketEngine.Restore(Engine.Snapshot());
        timeOnly.Advance(Now);
        Outcome<CheckInReceipt> r = Engine.CheckIn(Now, client, lease, CheckInKind.Progress, TestMarket.State(99), 1);
        Assert.False(r.IsAccepted);
        Assert.Equal(timeOnly.DescribeState(), Engine.DescribeState());
        BadCheckIns++;
    }

    public void CheckInvariants()
    {
        Assert.Equal(0, Engine.TotalBalanceMicro());
        foreach (AccountInfo a in Engine.Accounts().Skip(1))
        {
            Assert.True(a.Balance.Micro >= 0 && a.Reserved.Micro >= 0 && a.Available.Micro >= 0, "account " + a);
        }

        var leases = Engine.OpenLeases().ToList();
        Assert.Equal(leases.Count, leases.Select(l => l.Client).Distinct().Count());
        var jobLeases = leases.Where(l => l.Kind == LeaseKind.Job).ToList();
        Assert.Equal(jobLeases.Count, jobLeases.Select(l => l.Job).Distinct().Count());
        var jobs = Engine.Jobs().ToList();
        Assert.Equal(jobs.Count, Engine.HeldJobCount);
        if (Options.ForgetEndedJobs)
        {
            Assert.DoesNotContain(jobs, j => j.Status is JobStatus.Completed or JobStatus.Failed);
        }

        foreach (JobInfo j in jobs)
        {
            Assert.Equal(j.Status == JobStatus.Leased, j.OpenLease is not null);
            Assert.Equal(j.Status == JobStatus.Leased, jobLeases.Any(l => l.Job == j.Id));
        }

        Assert.Equal(jobs.Count(j => j.Status == JobStatus.Queued), Engine.ReadyCount);
        foreach (ClientInfo c in Engine.Clients())
        {
            Assert.Equal(c.OpenLease, leases.Where(l => l.Client == c.Id).Select(l => (LeaseId?)l.Id).FirstOrDefault());
            Assert.False(c.Pooled && c.OpenLease is not null);
        }

        Assert.Null(Engine.CheckIndexes());
        CheckNewEvents();
    }

    /// <summary>Grants record the job's committed state; an expiry must leave the job exactly there.</summary>
    private void CheckNewEvents()
    {
        for (; checkedEvents < Log.Events.Count; checkedEvents++)
        {
            MarketEvent e = Log.Events[checkedEvents];
            if (e.Kind == EventKind.LeaseGranted)
            {
                Assert.True(Engine.GetAccount(e.Account)!.Value.Available.Micro >= 0);
                JobInfo j = Engine.GetJob(e.Job)!.Value;
                atGrant[e.Lease.Value] = (j.Version, j.Committed);
                Assert.Equal(e.Number, j.Version);
            }
            else if (e.Kind == EventKind.LeaseExpired && e.Job.Value != 0)
            {
                JobInfo j = Engine.GetJob(e.Job)!.Value;
                Assert.Equal(atGrant[e.Lease.Value], (j.Version, j.Committed));
                Assert.Equal(e.Number, j.Version);
            }
        }
    }
}
