namespace Market.Engine.Tests.Matching;

public sealed class PoolViewTests
{
    /// <summary>Records what each matching step's policy sees, then lets rank decide.</summary>
    private sealed class Recording : IMatchingPolicy
    {
        private readonly RankPolicy rank = new();

        public List<List<(int Client, long Sequence)>> Seen { get; } = new();

        public string Name => "recording";

        public void Match(MatchingInput input, ref DeterministicRandom random, List<Assignment> assignments)
        {
            var seen = new List<(int, long)>();
            foreach (PoolEntry e in input.Pool)
            {
                seen.Add((e.Client.Value, e.Sequence));
            }

            Seen.Add(seen);

            // The engine's speed order of the pool is the order SpeedOrder sorts the view into.
            int[] fastest = new int[input.Pool.Length];
            Assert.True(input.TryFastestFirst(fastest));
            int[] sorted = new int[input.Pool.Length];
            new SpeedOrder().Sort(input.Pool, sorted);
            Assert.Equal(sorted, fastest);
            rank.Match(input, ref random, assignments);
        }
    }

    [Fact]
    public void Match_WithdrawnAndGrantedRequests_PolicySeesOnlyLiveOnesInArrivalOrder()
    {
        var options = new MarketOptions { Window = TimeSpan.FromSeconds(10), PoolThreshold = 1000, TestWork = 100 };
        var policy = new Recording();
        var engine = new MarketEngine(options, policy);
        Instant now = Instant.Epoch2000;
        AccountId a = engine.OpenAccount(now);
        engine.Deposit(now, a, 1000m);
        var clients = new List<ClientId>();
        foreach (double speed in new[] { 10.0, 50.0, 20.0, 40.0, 30.0 })
        {
            ClientId c = engine.RegisterClient(now, a).Value;
            LeaseId test = engine.RequestWork(now, c, TimeSpan.FromMinutes(10)).Value.Lease!.Value.Id;
            var elapsed = TimeSpan.FromSeconds(100 / speed);
            now = now.Plus(elapsed);
            engine.ReportSpeedTest(now, c, test, elapsed);
            clients.Add(c);
        }

        foreach (ClientId c in clients)
        {
            Assert.Equal(WorkKind.Pooled, engine.RequestWork(now, c, TimeSpan.FromMinutes(10)).Value.Kind);
        }

        engine.SubmitJob(now, a, "one", 2m, StateVersion.Empty);
        engine.SubmitJob(now, a, "two", 1m, StateVersion.Empty);
        engine.WithdrawRequest(now, clients[2]); // a hole in the middle of the pool
        now = now.Plus(TimeSpan.FromSeconds(10));
        engine.Advance(now); // rank grants the two fastest: clients[1] and clients[3]
        engine.SubmitJob(now, a, "three", 3m, StateVersion.Empty);
        now = now.Plus(TimeSpan.FromSeconds(10));
        engine.Advance(now); // the pool was compacted when the first window closed: no holes

        Assert.Equal(2, policy.Seen.Count);
        Assert.Equal(new[] { clients[0].Value, clients[1].Value, clients[3].Value, clients[4].Value }, policy.Seen[0].Select(e => e.Client));
        Assert.Equal(new[] { clients[0].Value, clients[4].Value }, policy.Seen[1].Select(e => e.Client));
        Assert.All(policy.Seen, s => Assert.True(s.Zip(s.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence)));
        Assert.Equal(clients[4], engine.OpenLeases().Select(l => l.Client).Except(new[] { clients[1], clients[3] }).Single());
        Assert.Equal(1, engine.PoolSize);
    }

    [Fact]
    public void TryFastestFirst_InputBuiltByHand_IsFalseAndWritesNothing()
    {
        var engine = new MarketEngine(new MarketOptions());
        PoolEntry[] pool = [new(new ClientId(1), 5, 1, TimeSpan.FromMinutes(1)), new(new ClientId(2), 9, 2, TimeSpan.FromMinutes(1))];
        int[] into = [-1, -1];
        Assert.False(new MatchingInput(pool, engine.Ready).TryFastestFirst(into));
        Assert.Equal(new[] { -1, -1 }, into);
        Assert.Throws<ArgumentException>(() => new MatchingInput(pool, engine.Ready).TryFastestFirst(new int[3]));
    }
}
