namespace Market.Reports.Tests;

/// <summary>A small deterministic market with every dispatch outcome, two owners and named jobs.</summary>
internal sealed class SampleMarket
{
    public SampleMarket(ulong seed = 1, int extraJobs = 0, int extraClients = 0)
    {
        History = new DispatchHistory();
        Engine = new MarketEngine(new MarketOptions { TestWork = 100, Window = TimeSpan.FromSeconds(10), CommissionPpm = 10_000, Seed = seed }, History);
        Now = Instant.Epoch2000;
        Alice = Engine.OpenAccount(Now);
        Bob = Engine.OpenAccount(Now);
        Engine.Deposit(Now, Alice, 100m);
        Engine.Deposit(Now, Bob, 100m);
        var rng = new DeterministicRandom(seed);
        ClientId a1 = Client(Alice, 50);
        ClientId b1 = Client(Bob, 100);
        ClientId b2 = Client(Bob, 25);
        for (int i = 0; i < extraClients; i++)
        {
            Client(i % 2 == 0 ? Alice : Bob, 1 + (rng.NextUInt64() % 200));
        }

        AliceJob = Engine.SubmitJob(Now, Alice, "alice-secret-render", 2.5m, StateVersion.Empty).Value;
        BobJob = Engine.SubmitJob(Now, Bob, "bob-private-sim", 3m, StateVersion.Empty).Value;
        Engine.SubmitJob(Now, Bob, "bob-queued", 0.75m, StateVersion.Empty);
        for (int i = 0; i < extraJobs; i++)
        {
            Engine.SubmitJob(Now, i % 2 == 0 ? Alice : Bob, "extra" + i + "job", (rng.NextUInt64() % 500) / 100m, StateVersion.Empty);
        }

        foreach (ClientId c in new[] { a1, b1, b2 })
        {
            Engine.RequestWork(Now, c, TimeSpan.FromMinutes(5));
        }

        Tick(TimeSpan.FromSeconds(10));
        Engine.Advance(Now);
        Tick(TimeSpan.FromSeconds(30));
        LeaseId first = Engine.OpenLeaseOf(b1)!.Value;
        Engine.CheckIn(Now, b1, first, CheckInKind.Progress, StateVersion.Empty, 3000);   // accepted
        Tick(TimeSpan.FromMinutes(6));
        LeaseId late = Engine.OpenLeaseOf(a1)!.Value;
        Engine.CheckIn(Now, a1, late, CheckInKind.Progress, StateVersion.Empty, 10);      // rejected (late), expired
        Engine.RequestWork(Now, b1, TimeSpan.FromMinutes(5));
        Tick(TimeSpan.FromSeconds(10));
        Engine.Advance(Now);                                                               // one more open lease
    }

    public DispatchHistory History { get; }

    public MarketEngine Engine { get; }

    public Instant Now { get; private set; }

    public AccountId Alice { get; }

    public AccountId Bob { get; }

    public JobId AliceJob { get; }

    public JobId BobJob { get; }

    public MarketReport Report(AccountId? reader, ReportSource source = ReportSource.Simulation)
        => ReportBuilder.Build(Engine, History.Dispatches, source, Now, reader);

    private void Tick(TimeSpan by) => Now = Now.Plus(by);

    private ClientId Client(AccountId owner, double speed)
    {
        ClientId c = Engine.RegisterClient(Now, owner).Value;
        LeaseId test = Engine.RequestWork(Now, c, TimeSpan.FromMinutes(5)).Value.Lease!.Value.Id;
        var elapsed = TimeSpan.FromSeconds(100 / speed);
        Engine.ReportSpeedTest(Now.Plus(elapsed), c, test, elapsed);
        Now = Now.Plus(elapsed);
        return c;
    }
}
