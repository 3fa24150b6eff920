using Market.Engine.Tests.Support;

namespace Market.Engine.Tests;

public sealed class MarketEngineJobsTests
{
    [Theory]
    [InlineData(-1.0, "price", RejectionCode.InvalidPrice)]
    [InlineData(0.0000001, "price", RejectionCode.InvalidPrice)]
    public void SubmitJob_BadPrice_RejectedNamingFieldAndNothingChanges(double price, string field, RejectionCode code)
    {
        var m = new TestMarket();
        AccountId a = m.Account();
        string before = m.Engine.DescribeState();
        Outcome<JobId> r = m.Engine.SubmitJob(m.Now, a, "x", (decimal)price, StateVersion.Empty);
        Assert.False(r.IsAccepted);
        Assert.Equal(field, r.Rejection.Field);
        Assert.Equal(code, r.Rejection.Code);
        Assert.Equal(before, m.Engine.DescribeState());
        Assert.Equal(EventKind.Rejected, m.Log.Events[^1].Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void SubmitJob_BlankName_RejectedNamingName(string? name)
    {
        var m = new TestMarket();
        AccountId a = m.Account();
        Outcome<JobId> r = m.Engine.SubmitJob(m.Now, a, name, 1m, StateVersion.Empty);
        Assert.Equal(("name", RejectionCode.InvalidName), (r.Rejection.Field, r.Rejection.Code));
        Assert.Equal(0, m.Engine.JobCount);
    }

    [Fact]
    public void SubmitJob_UnknownOrSystemOwner_RejectedNamingOwner()
    {
        var m = new TestMarket();
        Assert.Equal(("owner", RejectionCode.UnknownAccount), Field(m.Engine.SubmitJob(m.Now, new AccountId(42), "x", 1m, StateVersion.Empty)));
        Assert.Equal(("owner", RejectionCode.SystemAccount), Field(m.Engine.SubmitJob(m.Now, AccountId.Platform, "x", 1m, StateVersion.Empty)));
        Assert.Equal(0, m.Engine.JobCount);
    }

    [Fact]
    public void SubmitJob_Valid_QueuedAndReady()
    {
        var m = new TestMarket();
        AccountId a = m.Account();
        JobId j = m.Job(a, 2.5m, "render");
        JobInfo info = m.Engine.GetJob(j)!.Value;
        Assert.Equal((JobStatus.Queued, "render", 2_500_000L, 0L), (info.Status, info.Name, info.Price.MicroPerHour, info.Version));
        Assert.Equal(1, m.Engine.ReadyCount);
        Assert.Equal(EventKind.JobSubmitted, m.Log.Events[^1].Kind);
    }

    [Fact]
    public void SubmitJob_OwnerCannotPayALease_Paused()
    {
        var m = new TestMarket();
        AccountId poor = m.Account(0m);
        JobId j = m.Job(poor, 1m);
        Assert.Equal(JobStatus.Paused, m.Engine.GetJob(j)!.Value.Status);
        Assert.Equal(0, m.Engine.ReadyCount);

        // Half an hour (the longest lease) at 1 credit/hour costs 0.5: a deposit of that resumes it.
        Assert.True(m.Engine.Deposit(m.Now, poor, 0.5m).IsAccepted);
        Assert.Equal(JobStatus.Queued, m.Engine.GetJob(j)!.Value.Status);
        Assert.Contains(m.Log.Events, e => e.Kind == EventKind.JobResumed && e.Job == j);
    }

    [Fact]
    public void ChangePrice_NotOwner_RejectedAndUnchanged()
    {
        var m = new TestMarket();
        AccountId a = m.Account();
        AccountId b = m.Account();
        JobId j = m.Job(a, 1m);
        Assert.Equal(("job", RejectionCode.NotOwner), Field(m.Engine.ChangePrice(m.Now, b, j, 9m)));
        Assert.Equal(1_000_000, m.Engine.GetJob(j)!.Value.Price.MicroPerHour);
    }

    [Fact]
    public void ChangePrice_WhileLeased_LeaseKeepsItsPriceAndNextMatchingUsesNew()
    {
        var m = new TestMarket();
        AccountId a = m.Account();
        ClientId c = m.Client(a, 100);
        JobId j = m.Job(a, 1m);
        m.Request(c);
        LeaseInfo lease = m.CloseWindow()[c];
        Assert.True(m.Engine.ChangePrice(m.Now, a, j, 2m).IsAccepted);
        Assert.Equal(1_000_000, m.Engine.GetLease(lease.Id)!.Value.Paid.MicroPerHour);
        m.Seconds(60);
        Assert.True(m.Engine.CheckIn(m.Now, c, lease.Id, CheckInKind.Progress, TestMarket.State(1), 10).IsAccepted);
        m.Request(c);
        Assert.Equal(2_000_000, m.CloseWindow()[c].Paid.MicroPerHour);
    }

    [Fact]
    public void ChangePrice_QueuedJob_ReordersReadyList()
    {
        var m = new TestMarket();
        AccountId a = m.Account();
        JobId low = m.Job(a, 1m);
        JobId high = m.Job(a, 2m);
        Assert.Equal(new[] { high, low }, m.Engine.Ready.ByPrice().ToList());
        m.Engine.ChangePrice(m.Now, a, low, 3m);
        Assert.Equal(new[] { low, high }, m.Engine.Ready.ByPrice().ToList());
        Assert.Equal(new[] { low, high }, m.Engine.Ready.ByArrival().ToList());
    }

    [Fact]
    public void ChangePrice_EndedJob_Rejected()
    {
        var m = new TestMarket();
        AccountId a = m.Account();
        ClientId c = m.Client(a, 100);
        JobId j = m.Job(a, 1m);
        m.Request(c);
        LeaseInfo lease = m.CloseWindow()[c];
        m.Engine.CheckIn(m.Now, c, lease.Id, CheckInKind.Completed, TestMarket.State(1), 1);
        Assert.Equal(("job", RejectionCode.JobEnded), Field(m.Engine.ChangePrice(m.Now, a, j, 5m)));
    }

    private static (string, RejectionCode) Field<T>(Outcome<T> o) => (o.Rejection.Field, o.Rejection.Code);
}
