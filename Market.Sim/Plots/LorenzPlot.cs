using System.Globalization;
using ScottPlot;

namespace Market.Sim.Plots;

/// <summary>Plot 4: the Lorenz curve of client earnings against the line of equality.</summary>
internal static class LorenzPlot
{
    public const string Name = "plot-lorenz-earnings";

    public static Plot Build(IReadOnlyList<double> earnings)
    {
        double gini = Lorenz.Gini(earnings);
        Plot plot = PlotFiles.Create(
            string.Create(CultureInfo.InvariantCulture, $"Lorenz curve of client earnings (Gini {gini:0.000})"),
            "Cumulative share of clients (poorest first)",
            "Cumulative share of earnings");
        var equality = plot.Add.ScatterLine(new double[] { 0, 1 }, new double[] { 0, 1 }, Colors.Gray);
        equality.LinePattern = LinePattern.Dashed;
        equality.LegendText = "equality";

        (double[] x, double[] y) = Lorenz.Curve(earnings);
        var curve = plot.Add.ScatterLine(x, y, Colors.Blue);
        curve.LineWidth = 2;
        curve.LegendText = "client earnings";

        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }
}
