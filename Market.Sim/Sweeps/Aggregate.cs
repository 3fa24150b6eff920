namespace Market.Sim.Sweeps;

/// <summary>The runs of one grid point folded together: each metric's mean and the half-width of
/// its 95% confidence interval (Student's t over the seeds).</summary>
/// <param name="Values">The grid point's values.</param>
/// <param name="Runs">How many runs (seeds).</param>
/// <param name="Metrics">(mean, half-width) per metric, in the summary's order.</param>
public sealed record Aggregate(IReadOnlyList<string> Values, int Runs, IReadOnlyList<(double Mean, double Half)> Metrics)
{
    private static readonly double[] T975 =
    [
        double.NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];

    /// <summary>Groups results by grid values (in order of first appearance by run index).</summary>
    public static IReadOnlyList<Aggregate> Of(IEnumerable<SweepResult> results)
        => results.OrderBy(r => r.Index)
            .GroupBy(r => string.Join("\u001f", r.Values))
            .Select(g =>
            {
                var runs = g.ToList();
                int metrics = runs[0].Metrics.Count;
                var folded = new List<(double, double)>(metrics);
                for (int m = 0; m < metrics; m++)
                {
                    double[] xs = runs.Select(r => r.Metrics[m].Value).ToArray();
                    folded.Add(MeanAndHalfWidth(xs));
                }

                return new Aggregate(runs[0].Values, runs.Count, folded);
            })
            .ToList();

    /// <summary>The mean and the half-width of its two-sided 95% interval (0 for a single run).</summary>
    public static (double Mean, double Half) MeanAndHalfWidth(double[] xs)
    {
        double mean = xs.Average();
        if (xs.Length < 2)
        {
            return (mean, 0);
        }

        double sd = Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / (xs.Length - 1));
        int df = xs.Length - 1;
        double t = df < T975.Length ? T975[df] : 1.96;
        return (mean, t * sd / Math.Sqrt(xs.Length));
    }
}
