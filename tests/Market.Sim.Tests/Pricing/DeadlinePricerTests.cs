using Market.Reports;
using Market.Sim.Pricing;
using Market.Sim.Running;

namespace Market.Sim.Tests.Pricing;

public sealed class DeadlinePricerTests
{
    /// <summary>A crowded market's report: 20 machines, 150 jobs waiting at prices 0.1-5.</summary>
    private static ReportMarket CrowdedMarket()
    {
        var scenario = ScenarioLoader.Parse("""
            {
              "durationHours": 0.2,
              "market": { "windowSeconds": 10, "testWork": 60000 },
              "clients": { "count": 20, "speed": { "lognormal": { "median": 1000, "sigma": 0.4 } } },
              "jobs": { "initial": 150, "work": { "lognormal": { "median": 3600000, "sigma": 0.5 } }, "price": { "uniform": { "min": 0.1, "max": 5 } } }
            }
            """).Scenario!;
        var history = new DispatchHistory();
        var sim = new Simulation(scenario, 5, observer: history);
        sim.Run();
        string xml = ReportWriter.ToXml(ReportBuilder.Build(sim.Engine, history.Dispatches, ReportSource.Simulation, sim.End, null));
        return ReportMarket.Read(new StringReader(xml));
    }

    [Fact]
    public void Find_AdvisedPrice_FreshSeedsMeetTheDeadlineAtTheStatedRate()
    {
        ReportMarket market = CrowdedMarket();
        var work = new ExponentialDistribution(3_600_000);
        const double Confidence = 0.8;
        TimeSpan deadline = TimeSpan.FromHours(3);
        DeadlineAdvice advice = DeadlinePricer.Find(market, 2_000_000, deadline, Confidence, Seeds(1, 40), work, 2);
        Assert.True(advice.Possible);
        Assert.True(advice.Price > 0.000001m, "in a crowded market the cheapest price should not do");

        // Re-simulated with seeds the search never saw, the job meets the deadline at the stated
        // rate (allowing the sampling error of 200 runs: the Wilson interval must reach it).
        (int ok, int runs) = DeadlinePricer.Chance(market, 2_000_000, deadline, advice.Price, Seeds(1001, 200), work, 2);
        (double low, double high) = DeadlinePricer.Wilson(ok, runs);
        Assert.True(high >= Confidence, $"fresh seeds: {ok}/{runs} (interval {low:F3}-{high:F3}) at {advice.Price}");

        // A little less (below the next competing price) does clearly worse.
        (int less, _) = DeadlinePricer.Chance(market, 2_000_000, deadline, 0.000001m, Seeds(1001, 200), work, 2);
        Assert.True(less < ok, $"cheapest price: {less}/200, advised: {ok}/200");
    }

    [Fact]
    public void Find_ImpossibleDeadline_NotPossibleWithBestChance()
    {
        DeadlineAdvice advice = DeadlinePricer.Find(CrowdedMarket(), 1e12, TimeSpan.FromHours(1), 0.5, Seeds(1, 10), new ExponentialDistribution(1e6), 2);
        Assert.False(advice.Possible);
        Assert.Equal(0, advice.Chance);
    }

    [Theory]
    [InlineData("PT6H", 6 * 60)]
    [InlineData("90m", 90)]
    [InlineData("2d", 2 * 24 * 60)]
    [InlineData("2000-01-01T03:00:00Z", 180)]
    public void ParseDeadline_Forms(string text, double minutes)
        => Assert.Equal(TimeSpan.FromMinutes(minutes), PriceCommand.ParseDeadline(text, Instant.Epoch2000));

    [Theory]
    [InlineData("soon")]
    [InlineData("-3h")]
    [InlineData("1999-12-31T00:00:00Z")]
    public void ParseDeadline_Bad_Null(string text) => Assert.Null(PriceCommand.ParseDeadline(text, Instant.Epoch2000));

    [Fact]
    public void Cli_Price_BadInputs_ClearErrors()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, Cli.Run(["price", "/nonexistent.xml", "--work", "5", "--deadline", "1h"], TextWriter.Null, stderr));
        Assert.Contains("cannot read", stderr.ToString());
        stderr = new StringWriter();
        Assert.Equal(2, Cli.Run(["price", "x.xml", "--work", "-5", "--deadline", "1h"], TextWriter.Null, stderr));
        Assert.Contains("--work", stderr.ToString());
    }

    private static List<ulong> Seeds(int first, int count) => Enumerable.Range(first, count).Select(i => (ulong)i).ToList();
}
