using Market.Engine;
using Market.Reports;
using Market.Sim.Populations;
using Market.Sim.Scenarios;

namespace Market.Sim.Pricing;

/// <summary>A scenario whose starting state is a report's market: its clients at their measured
/// speeds (always on), its competing jobs (queued or leased) at their prices with remaining work
/// drawn from a stated distribution, and optionally one more job of the caller's, submitted last.</summary>
public static class ReportScenario
{
    /// <summary>The scenario; <paramref name="own"/> is the caller's job (price, work) if any.</summary>
    public static Scenario Build(ReportMarket market, Distribution rivalWork, TimeSpan duration, (decimal Price, double Work)? own = null)
    {
        // Competing jobs keep their order (earlier submission wins ties); their work is unknown.
        var jobs = market.Jobs.Where(j => j.Status is "queued" or "leased")
            .Select(j => new PopulationJob(0, 0, null, j.Price.ToDecimal()))
            .ToList();
        if (own is (decimal price, double work))
        {
            jobs.Add(new PopulationJob(0, 0, work, price));
        }

        double[] speeds = market.ClientSpeeds.Where(s => s > 0).ToArray();
        var clients = speeds.Select(s => new PopulationClient(0, s, [(0L, long.MaxValue)])).ToList();
        return new Scenario
        {
            Name = "from-report",
            Duration = duration,
            // The speeds are known from the report: re-measuring them at the start costs next to nothing.
            Market = market.Options with { TestWork = 1e-3, TestInterval = TimeSpan.FromDays(3650) },
            Clients = new ClientModel
            {
                Count = speeds.Length,
                Speed = new ConstantDistribution(1),
                LeaseLength = market.Options.MaxLease < TimeSpan.FromMinutes(10) ? market.Options.MaxLease : TimeSpan.FromMinutes(10),
            },
            Jobs = new JobModel
            {
                Work = rivalWork,
                Price = new ConstantDistribution(1),
                Owners = 1,
                Budget = 1_000_000_000m,
                StateSizeMB = 0,
            },
            Population = new Population(clients, jobs),
        };
    }
}
