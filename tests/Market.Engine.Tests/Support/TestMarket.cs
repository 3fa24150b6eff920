namespace Market.Engine.Tests.Support;

/// <summary>A small market to write tests against: an engine, its event log and a clock.</summary>
internal sealed class TestMarket
{
    public static readonly Instant Start = Instant.Epoch2000;

    public TestMarket(MarketOptions? options = null)
    {
        Options = options ?? new MarketOptions { Window = TimeSpan.FromSeconds(10), PoolThreshold = 1000, TestWork = 100 };
        Engine = new MarketEngine(Options, Log);
    }

    public MarketOptions Options { get; }

    public EventLog Log { get; } = new();

    public MarketEngine Engine { get; }

    public Instant Now { get; private set; } = Start;

    public Instant Tick(TimeSpan by)
    {
        Now = Now.Plus(by);
        return Now;
    }

    public Instant Seconds(double s) => Tick(TimeSpan.FromSeconds(s));

    public AccountId Account(decimal credits = 1000m)
    {
        AccountId a = Engine.OpenAccount(Now);
        if (credits > 0)
        {
            Assert.True(Engine.Deposit(Now, a, credits).IsAccepted);
        }

        return a;
    }

    /// <summary>A client with a fresh speed test giving it <paramref name="speed"/> (exactly, for
    /// speeds that divide the test work into whole ticks).</summary>
    public ClientId Client(AccountId owner, double speed)
    {
        ClientId c = Engine.RegisterClient(Now, owner).Value;
        WorkAssignment w = Engine.RequestWork(Now, c, TimeSpan.FromMinutes(10)).Value;
        Assert.Equal(WorkKind.SpeedTest, w.Kind);
        var elapsed = TimeSpan.FromTicks((long)Math.Round(Options.TestWork / speed * TimeSpan.TicksPerSecond));
        Instant back = Now.Plus(elapsed);
        Now = back;
        Assert.True(Engine.ReportSpeedTest(back, c, w.Lease!.Value.Id, elapsed).IsAccepted);
        return c;
    }

    public JobId Job(AccountId owner, decimal price, string name = "job")
        => Engine.SubmitJob(Now, owner, name, price, StateVersion.Empty).Value;

    public void Request(ClientId c, double minutes = 10)
        => Assert.Equal(WorkKind.Pooled, Engine.RequestWork(Now, c, TimeSpan.FromMinutes(minutes)).Value.Kind);

    /// <summary>Ends the current window and returns the leases it granted, by client.</summary>
    public Dictionary<ClientId, LeaseInfo> CloseWindow()
    {
        int before = Log.Events.Count;
        Tick(Options.Window);
        Engine.Advance(Now);
        return Log.Events.Skip(before).Where(e => e.Kind == EventKind.LeaseGranted)
            .ToDictionary(e => e.Client, e => Engine.GetLease(e.Lease)!.Value);
    }

    public static StateVersion State(byte n, long size = 100)
    {
        var bytes = new byte[32];
        bytes[0] = n;
        return new StateVersion(StateDigest.FromBytes(bytes), size);
    }
}
