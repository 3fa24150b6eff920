using FsCheck;
using FsCheck.Xunit;
using Market.Engine.Tests.Support;

namespace Market.Engine.Tests.Properties;

/// <summary>Fairness properties of one matching window.</summary>
public sealed class MatchingProperties
{
    [Property(MaxTest = 150)]
    public bool Rank_OneWindow_MaximisesPriceTimesSpeed_AgainstBruteForce(byte[] speedCodes, byte[] priceCodes)
    {
        int k = Math.Min(speedCodes.Length, 7);
        int m = Math.Min(priceCodes.Length, 7);
        (TestMarket market, List<ClientId> clients, List<JobId> jobs) = Window(MatchingPolicyKind.Rank, speedCodes.Take(k), priceCodes.Take(m).Select(PriceOf));
        Dictionary<ClientId, LeaseInfo> granted = market.CloseWindow();

        double[] speeds = clients.Select(c => market.Engine.GetClient(c)!.Speed!.Value).ToArray();
        double[] prices = jobs.Select(j => (double)market.Engine.GetJob(j)!.Value.Price.MicroPerHour).ToArray();
        double actual = granted.Sum(g => speeds[clients.IndexOf(g.Key)] * prices[jobs.IndexOf(g.Value.Job!.Value)]);
        double best = BruteForce(speeds, prices, 0, new bool[m]);
        return granted.Count == Math.Min(k, m) && Math.Abs(actual - best) <= 1e-9 * Math.Max(1, best);
    }

    [Property(MaxTest = 150)]
    public bool RankAndVickrey_RaisingAPrice_NeverGetsASlowerClient(byte[] speedCodes, byte[] priceCodes, byte which, byte raise, bool vickrey)
    {
        if (priceCodes.Length == 0)
        {
            return true;
        }

        int target = which % Math.Min(priceCodes.Length, 7);
        decimal[] prices = priceCodes.Take(7).Select(PriceOf).ToArray();
        decimal[] raised = prices.ToArray();
        raised[target] += 0.25m * (1 + (raise % 40));
        MatchingPolicyKind policy = vickrey ? MatchingPolicyKind.Vickrey : MatchingPolicyKind.Rank;
        return SpeedWon(policy, speedCodes, prices, target) <= SpeedWon(policy, speedCodes, raised, target);
    }

    [Theory]
    [InlineData(MatchingPolicyKind.Rank)]
    [InlineData(MatchingPolicyKind.Fcfs)]
    [InlineData(MatchingPolicyKind.Vickrey)]
    [InlineData(MatchingPolicyKind.Lottery)]
    public void EveryPolicy_FixedPricesFiniteWork_EveryJobLeasedAndCompleted(MatchingPolicyKind policy)
    {
        // For many generated markets: while clients keep requesting, every job is eventually leased
        // (here: completed) within as many windows as there are slices of work in the market.
        var rng = new DeterministicRandom(11);
        for (int trial = 0; trial < 60; trial++)
        {
            var market = new TestMarket(new MarketOptions { Policy = policy, Seed = (ulong)trial, TestWork = 100, TestInterval = TimeSpan.FromDays(30) });
            AccountId a = market.Account(1_000_000m);
            var clients = Enumerable.Range(0, 1 + (int)(rng.NextUInt64() % 4)).Select(i => market.Client(a, 10 + (double)(rng.NextUInt64() % 90))).ToList();
            var slices = new Dictionary<JobId, int>();
            for (int j = 0; j < 1 + (int)(rng.NextUInt64() % 12); j++)
            {
                slices[market.Job(a, (rng.NextUInt64() % 5) * 1.5m)] = 1 + (int)(rng.NextUInt64() % 4);
            }

            int windows = 0;
            int budget = slices.Values.Sum();
            while (slices.Values.Any(s => s > 0) && windows++ <= budget)
            {
                foreach (ClientId c in clients)
                {
                    market.Request(c);
                }

                foreach ((ClientId c, LeaseInfo l) in market.CloseWindow())
                {
                    JobId job = l.Job!.Value;
                    slices[job]--;
                    market.Engine.CheckIn(market.Now, c, l.Id, slices[job] == 0 ? CheckInKind.Completed : CheckInKind.Progress, StateVersion.Empty, 1);
                }

                foreach (ClientId c in clients.Where(c => market.Engine.GetClient(c)!.Pooled))
                {
                    market.Engine.WithdrawRequest(market.Now, c);
                }
            }

            Assert.All(slices.Keys, j => Assert.Equal(JobStatus.Completed, market.Engine.GetJob(j)!.Value.Status));
        }
    }

    private static decimal PriceOf(byte code) => (code % 16) * 0.25m;

    private static double SpeedWon(MatchingPolicyKind policy, byte[] speedCodes, decimal[] prices, int target)
    {
        (TestMarket market, List<ClientId> _, List<JobId> jobs) = Window(policy, speedCodes.Take(7), prices);
        Dictionary<ClientId, LeaseInfo> granted = market.CloseWindow();
        foreach ((ClientId c, LeaseInfo l) in granted)
        {
            if (l.Job == jobs[target])
            {
                return market.Engine.GetClient(c)!.Speed!.Value;
            }
        }

        return 0;
    }

    private static (TestMarket, List<ClientId>, List<JobId>) Window(MatchingPolicyKind policy, IEnumerable<byte> speedCodes, IEnumerable<decimal> prices)
    {
        var market = new TestMarket(new MarketOptions { Policy = policy, TestWork = 100 });
        AccountId a = market.Account(1_000_000m);
        var clients = speedCodes.Select(s => market.Client(a, 1 + (s % 16))).ToList();
        var jobs = prices.Select(p => market.Job(a, p)).ToList();
        foreach (ClientId c in clients)
        {
            market.Request(c);
        }

        return (market, clients, jobs);
    }

    /// <summary>The best sum of price × speed over every way to give distinct jobs to the clients.</summary>
    private static double BruteForce(double[] speeds, double[] prices, int client, bool[] used)
    {
        if (client == speeds.Length)
        {
            return 0;
        }

        double best = BruteForce(speeds, prices, client + 1, used); // this client gets nothing
        for (int j = 0; j < prices.Length; j++)
        {
            if (!used[j])
            {
                used[j] = true;
                best = Math.Max(best, (speeds[client] * prices[j]) + BruteForce(speeds, prices, client + 1, used));
                used[j] = false;
            }
        }

        return best;
    }
}
