using System.Globalization;
using Market.Sim.Plots;

namespace Market.Sim.Sweeps;

/// <summary>Draws a sweep's chosen metric against its x parameter, one line per value of the series
/// parameter, with the 95% confidence interval over seeds as a band.</summary>
public static class SweepChart
{
    /// <summary>Writes <c>plot-METRIC.png/.svg</c> into <paramref name="directory"/>; returns the files
    /// written, or a reason why there is no plot (unknown metric, non-numeric x).</summary>
    public static (IReadOnlyList<string> Files, string? Skipped) Write(string directory, SweepSpec spec, IReadOnlyList<SweepResult> results)
    {
        if (results.Count == 0 || spec.X is null)
        {
            return ([], "no runs or no x parameter");
        }

        int metric = results[0].Metrics.Select(m => m.Name).ToList().IndexOf(spec.Metric);
        if (metric < 0)
        {
            return ([], $"'{spec.Metric}' is not a summary metric");
        }

        int x = spec.Grid.Select(g => g.Path).ToList().IndexOf(spec.X);
        var lines = new Dictionary<string, List<SweepPoint>>();
        foreach (Aggregate a in Aggregate.Of(results))
        {
            if (!double.TryParse(a.Values[x], NumberStyles.Float, CultureInfo.InvariantCulture, out double xValue))
            {
                return ([], $"the x parameter '{spec.X}' has a value that is not a number ('{a.Values[x]}')");
            }

            // One line per combination of the other parameters that vary (usually just the series).
            string name = string.Join(", ", a.Values.Where((_, k) => k != x && spec.Grid[k].Values.Count > 1));
            if (name.Length == 0)
            {
                name = spec.Metric;
            }

            (double mean, double half) = a.Metrics[metric];
            (lines.TryGetValue(name, out List<SweepPoint>? points) ? points : lines[name] = new List<SweepPoint>())
                .Add(new SweepPoint(xValue, mean, mean - half, mean + half));
        }

        IReadOnlyList<SweepSeries> data = lines.Select(l => new SweepSeries(l.Key, l.Value)).ToList();
        string title = $"{spec.Name}: {spec.Metric} (mean and 95% CI over {spec.Seeds.Count} seeds)";
        return (SweepPlot.Write(Path.Combine(directory, "plot-" + spec.Metric), title, spec.X, spec.Metric, data), null);
    }
}
