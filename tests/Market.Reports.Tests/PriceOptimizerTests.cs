using FsCheck.Xunit;

namespace Market.Reports.Tests;

public sealed class PriceOptimizerTests
{
    [Fact]
    public void MinimumPrice_NoClientFastEnough_NotPossible()
        => Assert.False(PriceRule.MinimumPrice([1, 2], [Price.FromDecimal(1)], 3).Possible);

    [Fact]
    public void MinimumPrice_FewerCompetitorsThanFastClients_OneMicroCredit()
        => Assert.Equal(Price.Tick, PriceRule.MinimumPrice([5, 6, 7], [Price.FromDecimal(9)], 5).Price);

    [Fact]
    public void MinimumPrice_NthHighestPlusOneMicro_PaperIsTheNthItself()
    {
        PriceAdvice a = PriceRule.MinimumPrice([10, 9, 1], [Price.FromDecimal(5), Price.FromDecimal(3), Price.FromDecimal(4)], 9);
        Assert.Equal((2, 3, 4.000001m, 4m), (a.FastClients, a.CompetingJobs, a.Price.ToDecimal(), a.PaperPrice!.Value.ToDecimal()));
    }

    [Property(MaxTest = 120)]
    public bool AdvisedPrice_OneWindowOfFastClients_WinsAFastClient_OneMicroLessDoesNot(byte[] speedCodes, byte[] priceCodes, byte wanted)
    {
        double[] speeds = speedCodes.Take(9).Select(s => (double)(1 + (s % 12))).ToArray();
        decimal[] prices = priceCodes.Take(12).Select(p => (p % 8) * 0.5m).ToArray();
        double speed = 1 + (wanted % 12);

        // The report of a market with these clients and queued jobs, read back as the command reads it.
        var (engine, history) = Market(speeds, prices);
        string xml = ReportWriter.ToXml(ReportBuilder.Build(engine, history.Dispatches, ReportSource.Simulation, engine.Now, null));
        PriceAdvice advice = ReportMarket.Read(new StringReader(xml)).Advise(speed, ownJob: null);
        int fast = speeds.Count(s => s >= speed);
        if (fast == 0)
        {
            return !advice.Possible;
        }

        bool wins = SpeedWon(speeds, prices, speed, advice.Price.ToDecimal()) >= speed;
        bool lessWins = advice.Price.MicroPerHour > 1 && SpeedWon(speeds, prices, speed, advice.Price.ToDecimal() - 0.000001m) >= speed;
        return wins && (fast > prices.Length || !lessWins);
    }

    /// <summary>The speed of the client the new job gets when every client at least as fast as wanted requests.</summary>
    private static double SpeedWon(double[] speeds, decimal[] prices, double wanted, decimal price)
    {
        var (engine, _) = Market(speeds, prices);
        Instant now = engine.Now;
        AccountId me = engine.OpenAccount(now);
        engine.Deposit(now, me, 1000m);
        JobId mine = engine.SubmitJob(now, me, "mine", price, StateVersion.Empty).Value;
        foreach (ClientInfo c in engine.Clients().Where(c => c.Speed >= wanted))
        {
            engine.RequestWork(now, c.Id, TimeSpan.FromMinutes(5));
        }

        engine.Advance(now.Plus(engine.Options.Window));
        return engine.GetJob(mine)!.Value.OpenLease is LeaseId lease ? engine.GetClient(engine.GetLease(lease)!.Value.Client)!.Speed!.Value : 0;
    }

    private static (MarketEngine, DispatchHistory) Market(double[] speeds, decimal[] prices)
    {
        var history = new DispatchHistory();
        var engine = new MarketEngine(new MarketOptions { TestWork = 120 }, history);
        Instant now = Instant.Epoch2000;
        AccountId owner = engine.OpenAccount(now);
        engine.Deposit(now, owner, 1000m);
        var tests = new List<(ClientId, LeaseId, TimeSpan)>();
        foreach (double s in speeds)
        {
            ClientId c = engine.RegisterClient(now, owner).Value;
            tests.Add((c, engine.RequestWork(now, c, TimeSpan.FromMinutes(5)).Value.Lease!.Value.Id, TimeSpan.FromSeconds(120 / s)));
        }

        Instant back = now.Plus(TimeSpan.FromSeconds(200));
        foreach ((ClientId c, LeaseId l, TimeSpan elapsed) in tests)
        {
            engine.ReportSpeedTest(back, c, l, elapsed);
        }

        foreach (decimal p in prices)
        {
            engine.SubmitJob(back, owner, "rival", p, StateVersion.Empty);
        }

        return (engine, history);
    }
}
