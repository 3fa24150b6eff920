using Market.Engine;
using Market.Reports;
using Market.Sim.Running;
using Market.Sim.Scenarios;

namespace Market.Sim.Pricing;

/// <summary>"What price finishes my job by T?": simulates the report's market forward over many
/// seeds and searches for the least price whose chance of finishing by the deadline reaches the
/// confidence. Under rank matching the outcome changes only where the price crosses a competing
/// price, so the candidates are one micro-credit and each competing price plus one micro-credit;
/// the search is a binary search over them with the same seeds for every candidate.</summary>
public static class DeadlinePricer
{
    public static DeadlineAdvice Find(ReportMarket market, double work, TimeSpan deadline, double confidence, IReadOnlyList<ulong> seeds, Distribution rivalWork, int parallelism)
    {
        decimal tick = Price.Tick.ToDecimal();
        var candidates = market.Jobs.Where(j => j.Status is "queued" or "leased")
            .Select(j => j.Price.ToDecimal() + tick)
            .Where(p => p <= Price.Max.ToDecimal())
            .Prepend(tick)
            .Distinct()
            .Order()
            .ToList();
        int lo = 0;
        int hi = candidates.Count - 1;
        (int Successes, int Runs) best = Chance(market, work, deadline, candidates[hi], seeds, rivalWork, parallelism);
        if (best.Successes < confidence * best.Runs)
        {
            return Advice(false, candidates[hi], best);
        }

        var known = new Dictionary<int, (int, int)> { [hi] = best };
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            (int, int) c = Chance(market, work, deadline, candidates[mid], seeds, rivalWork, parallelism);
            known[mid] = c;
            if (c.Item1 >= confidence * c.Item2)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return Advice(true, candidates[lo], known[lo]);
    }

    /// <summary>How many of the seeds finish the job by the deadline at <paramref name="price"/>.</summary>
    public static (int Successes, int Runs) Chance(ReportMarket market, double work, TimeSpan deadline, decimal price, IReadOnlyList<ulong> seeds, Distribution rivalWork, int parallelism)
    {
        Scenario scenario = ReportScenario.Build(market, rivalWork, deadline, (price, work));
        int successes = 0;
        Parallel.For(0, seeds.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            var sim = new Simulation(scenario, seeds[i]);
            sim.Run();
            if (sim.Jobs.Count > 0 && sim.Jobs[^1].Completed is not null)
            {
                Interlocked.Increment(ref successes);
            }
        });
        return (successes, seeds.Count);
    }

    /// <summary>The Wilson score interval at 95%.</summary>
    public static (double Low, double High) Wilson(int successes, int runs)
    {
        const double Z = 1.959964;
        double p = (double)successes / runs;
        double denominator = 1 + (Z * Z / runs);
        double centre = (p + (Z * Z / (2 * runs))) / denominator;
        double half = Z * Math.Sqrt((p * (1 - p) / runs) + (Z * Z / (4.0 * runs * runs))) / denominator;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    private static DeadlineAdvice Advice(bool possible, decimal price, (int Successes, int Runs) c)
    {
        (double low, double high) = Wilson(c.Successes, c.Runs);
        return new DeadlineAdvice(possible, price, (double)c.Successes / c.Runs, low, high, c.Runs);
    }
}
