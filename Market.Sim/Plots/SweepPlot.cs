using ScottPlot;

namespace Market.Sim.Plots;

/// <summary>A sweep's plot: one line per series (mean over seeds) with its 95% confidence
/// interval as a shaded band, written as PNG and SVG.</summary>
public static class SweepPlot
{
    private static readonly Color[] Palette =
    [
        Colors.Blue, Colors.OrangeRed, Colors.SeaGreen, Colors.Purple, Colors.DarkGoldenRod,
        Colors.Teal, Colors.Crimson, Colors.SaddleBrown, Colors.DimGray, Colors.Olive,
    ];

    /// <summary>Writes <c>pathWithoutExtension.png</c> and <c>.svg</c>; returns both paths.</summary>
    /// <exception cref="ArgumentException">A series has no name, or a point is not finite or has
    /// <c>CiLow &gt; Mean</c> or <c>Mean &gt; CiHigh</c>.</exception>
    public static IReadOnlyList<string> Write(string pathWithoutExtension, string title, string xLabel, string yLabel, IReadOnlyList<SweepSeries> series)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathWithoutExtension);
        ArgumentNullException.ThrowIfNull(series);
        string? directory = Path.GetDirectoryName(Path.GetFullPath(pathWithoutExtension));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        return PlotFiles.Save(Build(title, xLabel, yLabel, series), pathWithoutExtension);
    }

    internal static Plot Build(string title, string xLabel, string yLabel, IReadOnlyList<SweepSeries> series)
    {
        Plot plot = PlotFiles.Create(title, xLabel, yLabel);
        for (int i = 0; i < series.Count; i++)
        {
            SweepSeries s = series[i];
            Check(s);
            SweepPoint[] points = s.Points.OrderBy(p => p.X).ToArray();
            if (points.Length == 0)
            {
                continue;
            }

            Color color = Palette[i % Palette.Length];
            double[] xs = points.Select(p => p.X).ToArray();
            var band = plot.Add.FillY(xs, points.Select(p => p.CiHigh).ToArray(), points.Select(p => p.CiLow).ToArray());
            band.FillStyle.Color = color.WithAlpha(0.2);
            band.LineStyle.Width = 0;

            var line = plot.Add.Scatter(xs, points.Select(p => p.Mean).ToArray(), color);
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.LegendText = s.Name;
        }

        // Beside the data area, so that no line or band hides under it however many series there
        // are; only with an entry, since ScottPlot draws nothing at all for an empty edge legend.
        if (series.Any(s => s.Points.Count > 0))
        {
            plot.ShowLegend(Edge.Right);
        }
        return plot;
    }

    private static void Check(SweepSeries s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (string.IsNullOrWhiteSpace(s.Name))
        {
            throw new ArgumentException("a sweep series needs a name", nameof(s));
        }

        foreach (SweepPoint p in s.Points)
        {
            bool finite = double.IsFinite(p.X) && double.IsFinite(p.Mean) && double.IsFinite(p.CiLow) && double.IsFinite(p.CiHigh);
            if (!finite || p.CiLow > p.Mean || p.Mean > p.CiHigh)
            {
                throw new ArgumentException($"series '{s.Name}': point {p} is not finite or its mean is outside its interval", nameof(s));
            }
        }
    }
}
