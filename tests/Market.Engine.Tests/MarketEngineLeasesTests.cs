using Market.Engine.Tests.Support;

namespace Market.Engine.Tests;

public sealed class MarketEngineLeasesTests
{
    private readonly TestMarket m = new(new MarketOptions { Window = TimeSpan.FromSeconds(10), TestWork = 100, CommissionPpm = 100_000 });
    private readonly AccountId buyer;
    private readonly AccountId seller;
    private readonly ClientId client;
    private readonly JobId job;

    public MarketEngineLeasesTests()
    {
        buyer = m.Account(100m);
        seller = m.Account(0m);
        client = m.Client(seller, 100);
        job = m.Job(buyer, 3.6m); // 3.6 credits/hour = 0.001 credit/second
    }

    [Fact]
    public void CheckIn_InTime_CommitsVersionChargesOwnerPaysClientOwnerAndCommission()
    {
        LeaseInfo lease = Lease();
        m.Seconds(100);
        CheckInReceipt r = m.Engine.CheckIn(m.Now, client, lease.Id, CheckInKind.Progress, TestMarket.State(7), 500).Value;
        Assert.Equal((1L, 100_000L, 90_000L, 10_000L), (r.Version, r.Charged.Micro, r.PaidToClient.Micro, r.Commission.Micro));
        Assert.Equal(100_000_000 - 100_000, m.Engine.GetAccount(buyer)!.Value.Balance.Micro);
        Assert.Equal(90_000, m.Engine.GetAccount(seller)!.Value.Balance.Micro);
        Assert.Equal(10_000, m.Engine.GetAccount(AccountId.Platform)!.Value.Balance.Micro);
        Assert.Equal(0, m.Engine.GetAccount(buyer)!.Value.Reserved.Micro);
        JobInfo j = m.Engine.GetJob(job)!.Value;
        Assert.Equal((JobStatus.Queued, 1L, TestMarket.State(7), 500L), (j.Status, j.Version, j.Committed, j.WorkDone));
        Assert.Equal(0, m.Engine.TotalBalanceMicro());
        Assert.Equal(90_000, m.Engine.GetClient(client)!.Earned.Micro);
    }

    [Fact]
    public void HoldsLease_OwnOpenLeaseOnly_TrueUntilItCloses()
    {
        LeaseInfo lease = Lease();
        ClientId other = m.Client(seller, 50);
        Assert.True(m.Engine.HoldsLease(client, lease.Id));
        Assert.False(m.Engine.HoldsLease(other, lease.Id));
        Assert.False(m.Engine.HoldsLease(client, new LeaseId(lease.Id.Value + 100)));
        Assert.False(m.Engine.HoldsLease(client, new LeaseId(0)));
        Assert.False(m.Engine.HoldsLease(new ClientId(99), lease.Id));
        m.Seconds(10);
        Assert.True(m.Engine.CheckIn(m.Now, client, lease.Id, CheckInKind.Progress, TestMarket.State(1), 5).IsAccepted);
        Assert.False(m.Engine.HoldsLease(client, lease.Id));
    }

    [Fact]
    public void ReadAhead_AnyClient_ChangesNothingAndIgnoresUnknownOnes()
    {
        // A hint the simulator gives for the clients its queue holds next: with a job lease open,
        // with a speed-test lease, with none, after the job was forgotten, and for ids that are no client.
        var f = new TestMarket(m.Options with { ForgetEndedJobs = true });
        AccountId owner = f.Account(100m);
        ClientId leased = f.Client(f.Account(0m), 100);
        ClientId idle = f.Client(f.Account(0m), 50);
        ClientId testing = f.Engine.RegisterClient(f.Now, f.Account(0m)).Value;
        JobId j = f.Job(owner, 3.6m);
        f.Request(leased);
        LeaseInfo lease = f.CloseWindow()[leased];
        Assert.Equal(WorkKind.SpeedTest, f.Engine.RequestWork(f.Now, testing, TimeSpan.FromMinutes(10)).Value.Kind);
        ClientId[] all = [leased, idle, testing, new ClientId(0), new ClientId(-1), new ClientId(99), new ClientId(int.MaxValue)];
        void ReadAll()
        {
            foreach (ClientId c in all)
            {
                f.Engine.ReadAheadClient(c);
                f.Engine.ReadAheadLease(c);
                f.Engine.ReadAheadSpeedTest(c);
                f.Engine.ReadAheadPayer(c);
            }
        }

        string before = f.Engine.DescribeState();
        ReadAll();
        Assert.Equal(before, f.Engine.DescribeState());

        f.Seconds(5);
        Assert.True(f.Engine.CheckIn(f.Now, leased, lease.Id, CheckInKind.Completed, TestMarket.State(1), 1).IsAccepted);
        Assert.Null(f.Engine.GetJob(j)); // forgotten: the client's record still names it
        before = f.Engine.DescribeState();
        ReadAll();
        Assert.Equal(before, f.Engine.DescribeState());
    }

    [Fact]
    public void Apply_GrantThatDoesNotFit_ThrowsAndChangesNothing()
    {
        // A second engine follows the first through its events; a grant whose reservation is not
        // its price for its length (a log from elsewhere) is refused before anything changes.
        var follower = new MarketEngine(m.Options);
        foreach (MarketEvent e in m.Log.Events)
        {
            follower.Apply(e);
        }

        m.Engine.RequestWork(m.Now, client, TimeSpan.FromMinutes(1));
        m.CloseWindow();
        MarketEvent grant = m.Log.Events.Last(e => e.Kind == EventKind.LeaseGranted);
        foreach (MarketEvent e in m.Log.Events.SkipWhile(e => e.Kind != EventKind.RequestPooled || e.Client != client).TakeWhile(e => e.Kind != EventKind.LeaseGranted))
        {
            follower.Apply(e);
        }

        string before = follower.DescribeState();
        Assert.Throws<InvalidOperationException>(() => follower.Apply(grant with { Amount = new Credits(grant.Amount.Micro + 1) }));
        Assert.Throws<InvalidOperationException>(() => follower.Apply(grant with { Number = grant.Number + 1 }));
        Assert.Throws<InvalidOperationException>(() => follower.Apply(grant with { Deadline = grant.Time.Plus(TimeSpan.FromTicks(-1)) }));
        Assert.Equal(before, follower.DescribeState());
        follower.Apply(grant);
        Assert.True(follower.HoldsLease(client, grant.Lease));
    }

    [Fact]
    public void LeaseGranted_ReservesCostOfGrantedLength()
    {
        LeaseInfo lease = Lease(10);
        Assert.Equal(TimeSpan.FromMinutes(10), lease.Length);
        Assert.Equal(600_000, lease.Reserved.Micro); // 10 min at 3.6/h
        Assert.Equal(600_000, m.Engine.GetAccount(buyer)!.Value.Reserved.Micro);
        Assert.Equal(JobStatus.Leased, m.Engine.GetJob(job)!.Value.Status);
    }

    [Fact]
    public void CheckIn_Completed_JobEndsCompleted()
    {
        LeaseInfo lease = Lease();
        m.Seconds(5);
        Assert.Equal(JobStatus.Completed, m.Engine.CheckIn(m.Now, client, lease.Id, CheckInKind.Completed, TestMarket.State(1), 1).Value.JobStatus);
        Assert.Equal(0, m.Engine.ReadyCount);
        Assert.Contains(m.Log.Events, e => e.Kind == EventKind.JobCompleted && e.Job == job);
    }

    [Fact]
    public void CheckIn_Failed_JobEndsFailedAndOwnerStillPaysForTimeHeld()
    {
        LeaseInfo lease = Lease();
        m.Seconds(10);
        CheckInReceipt r = m.Engine.CheckIn(m.Now, client, lease.Id, CheckInKind.Failed, TestMarket.State(1), 1).Value;
        Assert.Equal(JobStatus.Failed, r.JobStatus);
        Assert.Equal(10_000, r.Charged.Micro);
    }

    [Fact]
    public void CheckIn_Completed_ForgetEndedJobs_JobForgottenOthersKept()
    {
        var f = new TestMarket(m.Options with { ForgetEndedJobs = true });
        AccountId owner = f.Account(100m);
        ClientId c = f.Client(f.Account(0m), 100);
        JobId first = f.Job(owner, 3.6m);
        JobId second = f.Job(owner, 1m);
        f.Request(c);
        LeaseInfo lease = f.CloseWindow()[c];
        Assert.Equal(first, lease.Job);
        f.Seconds(5);
        Assert.Equal(JobStatus.Completed, f.Engine.CheckIn(f.Now, c, lease.Id, CheckInKind.Completed, TestMarket.State(1), 1).Value.JobStatus);
        Assert.Null(f.Engine.GetJob(first));
        Assert.Equal([second], f.Engine.Jobs().Select(j => j.Id));
        Assert.Equal((2, 1), (f.Engine.JobCount, f.Engine.HeldJobCount));
        Assert.Equal(RejectionCode.UnknownJob, f.Engine.ChangePrice(f.Now, owner, first, 2m).Rejection.Code);
        Assert.Equal(new JobId(3), f.Job(owner, 1m)); // ids are not reused
        Assert.Contains("J1 retired", f.Engine.DescribeState());

        // Without the option, the ended job stays, and the same command is told it has ended.
        LeaseInfo kept = Lease();
        m.Seconds(5);
        m.Engine.CheckIn(m.Now, client, kept.Id, CheckInKind.Completed, TestMarket.State(1), 1);
        Assert.Equal(JobStatus.Completed, m.Engine.GetJob(job)!.Value.Status);
        Assert.Equal(RejectionCode.JobEnded, m.Engine.ChangePrice(m.Now, buyer, job, 2m).Rejection.Code);
    }

    [Fact]
    public void CheckIn_AtDeadline_Accepted_OneTickLater_RejectedAndRolledBack()
    {
        LeaseInfo lease = Lease(1);
        var atDeadline = m.Engine.Snapshot();
        Assert.True(MarketEngine.Restore(atDeadline).CheckIn(lease.Deadline, client, lease.Id, CheckInKind.Progress, TestMarket.State(1), 1).IsAccepted);

        Instant late = lease.Deadline.Plus(TimeSpan.FromTicks(1));
        Outcome<CheckInReceipt> r = m.Engine.CheckIn(late, client, lease.Id, CheckInKind.Progress, TestMarket.State(1), 1);
        Assert.Equal(("lease", RejectionCode.LateCheckIn), (r.Rejection.Field, r.Rejection.Code));
        JobInfo j = m.Engine.GetJob(job)!.Value;
        Assert.Equal((JobStatus.Queued, 0L, StateVersion.Empty, 1L), (j.Status, j.Version, j.Committed, j.Rollbacks));
        Assert.Equal(100_000_000, m.Engine.GetAccount(buyer)!.Value.Balance.Micro);
        Assert.Equal(0, m.Engine.GetAccount(buyer)!.Value.Reserved.Micro);
    }

    [Fact]
    public void CheckIn_Twice_SecondRejectedAndChangesNothing()
    {
        LeaseInfo lease = Lease();
        m.Seconds(5);
        m.Engine.CheckIn(m.Now, client, lease.Id, CheckInKind.Progress, TestMarket.State(1), 1);
        string before = m.Engine.DescribeState();
        Assert.Equal(RejectionCode.UnknownLease, m.Engine.CheckIn(m.Now, client, lease.Id, CheckInKind.Progress, TestMarket.State(2), 1).Rejection.Code);
        Assert.Equal(before, m.Engine.DescribeState());
    }

    [Fact]
    public void CheckIn_AnotherClientsLease_Rejected()
    {
        LeaseInfo lease = Lease();
        ClientId other = m.Client(seller, 50);
        string before = m.Engine.DescribeState();
        Assert.Equal(RejectionCode.NotOwner, m.Engine.CheckIn(m.Now, other, lease.Id, CheckInKind.Progress, TestMarket.State(1), 1).Rejection.Code);
        Assert.Equal(before, m.Engine.DescribeState());
    }

    [Fact]
    public void CheckIn_TestLeaseAsJob_WrongKind()
    {
        ClientId fresh = m.Engine.RegisterClient(m.Now, seller).Value;
        LeaseId test = m.Engine.RequestWork(m.Now, fresh, TimeSpan.FromMinutes(1)).Value.Lease!.Value.Id;
        Assert.Equal(RejectionCode.WrongLeaseKind, m.Engine.CheckIn(m.Now, fresh, test, CheckInKind.Progress, TestMarket.State(1), 1).Rejection.Code);
    }

    [Fact]
    public void Expiry_DeadlinePasses_JobRollsBackToLastCommitAndIsReady()
    {
        LeaseInfo first = Lease();
        m.Seconds(1);
        m.Engine.CheckIn(m.Now, client, first.Id, CheckInKind.Progress, TestMarket.State(9), 3);
        LeaseInfo second = Lease(1);
        m.Engine.Advance(second.Deadline.Plus(TimeSpan.FromTicks(1)));
        JobInfo j = m.Engine.GetJob(job)!.Value;
        Assert.Equal((JobStatus.Queued, 1L, TestMarket.State(9), 3L), (j.Status, j.Version, j.Committed, j.WorkDone));
        MarketEvent expired = Assert.Single(m.Log.OfKind(EventKind.LeaseExpired));
        Assert.Equal((second.Id, 1L), (expired.Lease, expired.Number));
        Assert.Null(m.Engine.GetClient(client)!.OpenLease);
    }

    [Fact]
    public void Matching_OwnerRunsOutOfMoney_JobPausedThenResumedByDeposit()
    {
        AccountId poor = m.Account(1m);
        JobId a = m.Job(poor, 2m); // a 30-minute lease costs 1 credit: affordable
        JobId b = m.Job(poor, 2m);
        ClientId c2 = m.Client(seller, 90);
        ClientId c3 = m.Client(seller, 80);
        m.Engine.ChangePrice(m.Now, buyer, job, 0.5m);
        m.Request(client);
        m.Request(c2);
        m.Request(c3);
        Dictionary<ClientId, LeaseInfo> granted = m.CloseWindow();
        Assert.Equal(a, granted[client].Job);
        Assert.Equal(JobStatus.Paused, m.Engine.GetJob(b)!.Value.Status);
        Assert.Equal(job, granted[c3].Job);
        Assert.True(m.Engine.GetClient(c2)!.Pooled);

        m.Engine.Deposit(m.Now, poor, 1m);
        Assert.Equal(JobStatus.Queued, m.Engine.GetJob(b)!.Value.Status);
        Assert.Equal(b, m.CloseWindow()[c2].Job);
    }

    [Fact]
    public void Withdraw_MoreThanAvailable_RejectedReservedMoneyStays()
    {
        Lease(30); // reserves 1.8
        Assert.Equal(RejectionCode.InsufficientFunds, m.Engine.Withdraw(m.Now, buyer, 99m).Rejection.Code);
        Assert.Equal(1.8m, m.Engine.Withdraw(m.Now, buyer, 98.2m).Value.ToDecimal());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(0.0000001)]
    public void Deposit_BadAmount_RejectedNamingAmount(double amount)
    {
        Outcome<Credits> r = m.Engine.Deposit(m.Now, buyer, (decimal)amount);
        Assert.Equal(("amount", RejectionCode.InvalidAmount), (r.Rejection.Field, r.Rejection.Code));
    }

    private LeaseInfo Lease(double minutes = 10)
    {
        m.Request(client, minutes);
        return m.CloseWindow()[client];
    }
}
