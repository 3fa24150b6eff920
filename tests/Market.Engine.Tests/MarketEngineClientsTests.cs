using Market.Engine.Tests.Support;

namespace Market.Engine.Tests;

public sealed class MarketEngineClientsTests
{
    [Fact]
    public void RequestWork_NeverTested_GetsTestAtOnceWithoutPooling()
    {
        var m = new TestMarket();
        ClientId c = m.Engine.RegisterClient(m.Now, m.Account()).Value;
        WorkAssignment w = m.Engine.RequestWork(m.Now, c, TimeSpan.FromMinutes(5)).Value;
        Assert.Equal(WorkKind.SpeedTest, w.Kind);
        Assert.Equal(LeaseKind.SpeedTest, w.Lease!.Value.Kind);
        Assert.Equal(0, m.Engine.PoolSize);
    }

    [Fact]
    public void ReportSpeedTest_Elapsed_SpeedIsTestWorkOverSeconds()
    {
        var m = new TestMarket();
        ClientId c = m.Client(m.Account(), 250);
        ClientInfo info = m.Engine.GetClient(c)!;
        Assert.Equal(250, info.Speed!.Value, 9);
        Assert.Single(info.Measurements);
        Assert.Contains(m.Log.Events, e => e.Kind == EventKind.SpeedMeasured && e.Client == c);
    }

    [Fact]
    public void RequestWork_TestOlderThanInterval_GetsNewTest()
    {
        var m = new TestMarket();
        ClientId c = m.Client(m.Account(), 100);
        m.Tick(TimeSpan.FromMinutes(30));
        Assert.Equal(WorkKind.Pooled, m.Engine.RequestWork(m.Now, c, TimeSpan.FromMinutes(1)).Value.Kind);
        m.Engine.WithdrawRequest(m.Now, c);
        m.Tick(TimeSpan.FromTicks(1));
        Assert.Equal(WorkKind.SpeedTest, m.Engine.RequestWork(m.Now, c, TimeSpan.FromMinutes(1)).Value.Kind);
    }

    [Fact]
    public void ReportSpeedTest_ElapsedLongerThanLeaseOpen_Rejected()
    {
        var m = new TestMarket();
        ClientId c = m.Engine.RegisterClient(m.Now, m.Account()).Value;
        LeaseId test = m.Engine.RequestWork(m.Now, c, TimeSpan.FromMinutes(5)).Value.Lease!.Value.Id;
        m.Seconds(2);
        Outcome<SpeedMeasurement> r = m.Engine.ReportSpeedTest(m.Now, c, test, TimeSpan.FromSeconds(3));
        Assert.Equal(("elapsed", RejectionCode.InvalidElapsed), (r.Rejection.Field, r.Rejection.Code));
        Assert.Null(m.Engine.GetClient(c)!.Speed);
    }

    [Fact]
    public void ReportSpeedTest_AfterTestDeadline_RejectedLateAndClientStaysUntested()
    {
        var m = new TestMarket();
        ClientId c = m.Engine.RegisterClient(m.Now, m.Account()).Value;
        LeaseId test = m.Engine.RequestWork(m.Now, c, TimeSpan.FromMinutes(5)).Value.Lease!.Value.Id;
        m.Tick(m.Options.TestLease + TimeSpan.FromSeconds(1));
        Assert.Equal(RejectionCode.LateCheckIn, m.Engine.ReportSpeedTest(m.Now, c, test, TimeSpan.FromSeconds(1)).Rejection.Code);
        Assert.Null(m.Engine.GetClient(c)!.Speed);
        Assert.Null(m.Engine.GetClient(c)!.OpenLease);
    }

    [Fact]
    public void RequestWork_WhileHoldingLeaseOrPooled_Rejected()
    {
        var m = new TestMarket();
        ClientId c = m.Client(m.Account(), 100);
        m.Request(c);
        Assert.Equal(RejectionCode.AlreadyPooled, m.Engine.RequestWork(m.Now, c, TimeSpan.FromMinutes(1)).Rejection.Code);
        ClientId t = m.Engine.RegisterClient(m.Now, m.Account()).Value;
        m.Engine.RequestWork(m.Now, t, TimeSpan.FromMinutes(1));
        Assert.Equal(RejectionCode.ClientBusy, m.Engine.RequestWork(m.Now, t, TimeSpan.FromMinutes(1)).Rejection.Code);
    }

    [Fact]
    public void RequestWork_UnknownClientOrBadLength_Rejected()
    {
        var m = new TestMarket();
        Assert.Equal(("client", RejectionCode.UnknownClient), Field(m.Engine.RequestWork(m.Now, new ClientId(7), TimeSpan.FromMinutes(1))));
        ClientId c = m.Client(m.Account(), 100);
        Assert.Equal(("length", RejectionCode.InvalidLength), Field(m.Engine.RequestWork(m.Now, c, TimeSpan.Zero)));
    }

    [Fact]
    public void Window_BeforeItEnds_NothingMatched_AtItsEnd_Matched()
    {
        var m = new TestMarket();
        AccountId a = m.Account();
        ClientId c = m.Client(a, 100);
        m.Job(a, 1m);
        m.Request(c);
        m.Tick(m.Options.Window - TimeSpan.FromTicks(1));
        m.Engine.Advance(m.Now);
        Assert.Null(m.Engine.GetClient(c)!.OpenLease);
        Assert.Equal(m.Now.Plus(TimeSpan.FromTicks(1)), m.Engine.NextDue);
        m.Tick(TimeSpan.FromTicks(1));
        m.Engine.Advance(m.Now);
        Assert.NotNull(m.Engine.GetClient(c)!.OpenLease);
        Assert.Equal(0, m.Engine.PoolSize);
    }

    [Fact]
    public void RequestWork_PoolReachesThreshold_MatchedAtOnce()
    {
        var m = new TestMarket(new MarketOptions { PoolThreshold = 2, Window = TimeSpan.FromHours(1), TestWork = 100 });
        AccountId a = m.Account();
        ClientId c1 = m.Client(a, 100);
        ClientId c2 = m.Client(a, 200);
        m.Job(a, 1m);
        m.Job(a, 2m);
        m.Request(c1);
        WorkAssignment w = m.Engine.RequestWork(m.Now, c2, TimeSpan.FromMinutes(10)).Value;
        Assert.Equal(WorkKind.Lease, w.Kind);
        Assert.NotNull(m.Engine.GetClient(c1)!.OpenLease);
    }

    [Fact]
    public void Window_MoreRequestsThanJobs_LeftoversWaitForNextWindow()
    {
        var m = new TestMarket();
        AccountId a = m.Account();
        ClientId slow = m.Client(a, 10);
        ClientId fast = m.Client(a, 100);
        m.Job(a, 1m);
        m.Request(slow);
        m.Request(fast);
        Dictionary<ClientId, LeaseInfo> granted = m.CloseWindow();
        Assert.Equal(new[] { fast }, granted.Keys);
        Assert.True(m.Engine.GetClient(slow)!.Pooled);
        m.Job(a, 1m);
        Assert.Equal(new[] { slow }, m.CloseWindow().Keys);
    }

    [Fact]
    public void Pool_NoReadyJob_WaitsDormantUntilAJobArrives()
    {
        var m = new TestMarket(new MarketOptions { PoolThreshold = 1, TestWork = 100 });
        AccountId a = m.Account();
        ClientId c = m.Client(a, 100);
        m.Request(c); // threshold 1, but nothing to match: no matching step
        Assert.Null(m.Engine.NextDue);
        m.Tick(TimeSpan.FromHours(1));
        m.Engine.Advance(m.Now);
        Assert.Empty(m.Log.OfKind(EventKind.WindowClosed));

        m.Job(a, 1m);
        Assert.Equal(m.Now.Plus(m.Options.Window), m.Engine.NextDue);
        Assert.Single(m.CloseWindow());
    }

    [Fact]
    public void WithdrawRequest_Pooled_LeavesPool_NotPooled_Rejected()
    {
        var m = new TestMarket();
        ClientId c = m.Client(m.Account(), 100);
        m.Request(c);
        Assert.True(m.Engine.WithdrawRequest(m.Now, c).IsAccepted);
        Assert.Equal(0, m.Engine.PoolSize);
        Assert.Equal(RejectionCode.NotPooled, m.Engine.WithdrawRequest(m.Now, c).Rejection.Code);
        Assert.Null(m.Engine.NextDue);
    }

    [Fact]
    public void Advance_BackwardsInTime_Throws()
    {
        var m = new TestMarket();
        m.Engine.Advance(m.Seconds(10));
        Assert.Throws<InvalidOperationException>(() => m.Engine.Advance(TestMarket.Start));
    }

    private static (string, RejectionCode) Field<T>(Outcome<T> o) => (o.Rejection.Field, o.Rejection.Code);
}
