using Market.Sim.Running;
using ScottPlot;

namespace Market.Sim.Plots;

/// <summary>Plot 1: utilization (open leases per client up) and the queue (ready jobs) over
/// simulated time, on two y axes.</summary>
internal static class UtilizationPlot
{
    public const string Name = "plot-utilization";

    public static Plot Build(IReadOnlyList<MinuteSample> samples)
    {
        Plot plot = PlotFiles.Create("Utilization and queue length", "Simulated time (h)", "Utilization (leased / clients up)");
        double[] hours = samples.Select(s => s.Minute / 60.0).ToArray();
        double[] utilization = samples.Select(s => s.Utilization).ToArray();
        double[] ready = samples.Select(s => (double)s.Ready).ToArray();
        if (hours.Length == 0)
        {
            return plot;
        }

        var u = plot.Add.ScatterLine(hours, utilization, Colors.Blue);
        u.LineWidth = 1.5f;
        u.LegendText = "utilization";

        var q = plot.Add.ScatterLine(hours, ready, Colors.OrangeRed);
        q.LineWidth = 1.5f;
        q.LegendText = "ready jobs (queue)";
        q.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Right.Label.Text = "Ready jobs";
        plot.Axes.Right.Label.FontSize = 15;

        plot.Axes.SetLimitsY(0, Math.Max(1.05, utilization.Max() * 1.05), plot.Axes.Left);
        plot.Axes.SetLimitsY(0, Math.Max(1, ready.Max() * 1.05), plot.Axes.Right);
        plot.Axes.SetLimitsX(hours[0], Math.Max(hours[^1], hours[0] + (1 / 60.0)));
        // Outside the data area: the two lines can be anywhere inside it.
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }
}
