using ScottPlot;
using ScottPlot.TickGenerators;

namespace Market.Sim.Plots;

/// <summary>Plots 2 and 3: one bar per decile (1 = lowest of the key), labelled 1 to 10.</summary>
internal static class DecilePlot
{
    public const string WaitByPrice = "plot-wait-by-price";
    public const string EarningsBySpeed = "plot-earnings-by-speed";

    public static Plot Build(string title, string xLabel, string yLabel, IReadOnlyList<double> deciles, Color color)
    {
        Plot plot = PlotFiles.Create(title, xLabel, yLabel);
        double[] positions = Enumerable.Range(1, deciles.Count).Select(i => (double)i).ToArray();
        var bars = plot.Add.Bars(positions, deciles.Select(v => double.IsFinite(v) ? v : 0).ToArray());
        bars.Color = color;
        plot.Axes.Bottom.TickGenerator = new NumericManual(positions, positions.Select(p => p.ToString("0", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Margins(bottom: 0);
        return plot;
    }
}
