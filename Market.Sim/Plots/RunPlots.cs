using Market.Sim.Running;
using ScottPlot;

namespace Market.Sim.Plots;

/// <summary>Writes a run's plots (PNG and SVG each) from the same numbers as its summary.</summary>
internal static class RunPlots
{
    private static bool warned;

    /// <summary>Writes the four plots into <paramref name="directory"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(string directory, Simulation sim)
    {
        if (PlotFonts.Family is null && !warned)
        {
            // Skia would silently draw plots without any text; say so once, on the console,
            // since the result writer has no channel for warnings.
            warned = true;
            Console.Error.WriteLine("warning: " + PlotFonts.Missing);
        }

        var summary = sim.Metrics.Summary.ToDictionary(p => p.Name, p => p.Value);
        double[] waits = Deciles(summary, "wait_p50_s_price_decile_");
        double[] earningsBySpeed = Deciles(summary, "client_earnings_speed_decile_");
        var earnings = new List<double>(sim.Clients.Length);
        foreach (SimClient c in sim.Clients)
        {
            earnings.Add((double)sim.Engine.GetClient(c.Id)!.Earned.ToDecimal());
        }

        var written = new List<string>();
        written.AddRange(PlotFiles.Save(UtilizationPlot.Build(sim.Metrics.Samples), Path.Combine(directory, UtilizationPlot.Name)));
        written.AddRange(PlotFiles.Save(
            DecilePlot.Build("Median wait by job price decile", "Job price decile (1 = cheapest)", "Median wait for first lease (s)", waits, Colors.SteelBlue),
            Path.Combine(directory, DecilePlot.WaitByPrice)));
        written.AddRange(PlotFiles.Save(
            DecilePlot.Build("Mean client earnings by client speed decile", "Client speed decile (1 = slowest)", "Mean earnings (credits)", earningsBySpeed, Colors.SeaGreen),
            Path.Combine(directory, DecilePlot.EarningsBySpeed)));
        written.AddRange(PlotFiles.Save(LorenzPlot.Build(earnings), Path.Combine(directory, LorenzPlot.Name)));
        return written;
    }

    private static double[] Deciles(Dictionary<string, double> summary, string prefix)
        => Enumerable.Range(1, 10).Select(d => summary.TryGetValue(prefix + d, out double v) ? v : 0).ToArray();
}
