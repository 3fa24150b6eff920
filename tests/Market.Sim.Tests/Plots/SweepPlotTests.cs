using System.Xml.Linq;
using Market.Sim.Plots;
using SkiaSharp;

namespace Market.Sim.Tests.Plots;

public sealed class SweepPlotTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("market-sweep-plot").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static SweepSeries[] TwoPolicies() =>
    [
        new("rank", [new(1, 10, 8, 12), new(2, 14, 12, 16), new(4, 20, 17, 23), new(8, 24, 20, 28)]),
        new("fcfs", [new(8, 30, 26, 34), new(1, 12, 11, 13), new(2, 18, 16, 20), new(4, 26, 23, 29)]),
    ];

    [Fact]
    public void Write_TwoSeries_PngAndSvgInNewDirectory()
    {
        string path = Path.Combine(dir, "nested", "wait-vs-load");
        IReadOnlyList<string> written = SweepPlot.Write(path, "Median wait by load", "Load (jobs per client)", "Median wait (s)", TwoPolicies());
        Assert.Equal([path + ".png", path + ".svg"], written);
        Assert.All(written, f => Assert.True(File.Exists(f), f));
    }

    [Fact]
    public void Write_TwoSeries_LinesBandsAndLabelsDrawn()
    {
        string path = Path.Combine(dir, "sweep");
        SweepPlot.Write(path, "Median wait by load", "Load (jobs per client)", "Median wait (s)", TwoPolicies());
        PngProbe png = PngProbe.Load(path + ".png");
        Assert.Equal((PlotFiles.Width, PlotFiles.Height), (png.Width, png.Height));
        Assert.True(png.DistinctColours() > 50);

        // The first series is blue: its line is pure blue, its band blue at 20% on white.
        Assert.True(png.PixelsNear(new SKColor(0, 0, 255), 10) > 300, "line");
        Assert.True(png.PixelsNear(new SKColor(204, 204, 255), 6) > 2000, "band");
        Assert.True(png.DarkPixels(png.Width / 4, 0, 3 * png.Width / 4, 35) > 150, "title");
        Assert.True(png.DarkPixels(0, png.Height / 4, 22, 3 * png.Height / 4) > 150, "y label");

        XNamespace svg = "http://www.w3.org/2000/svg";
        var texts = XDocument.Load(path + ".svg").Descendants(svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("Median wait by load", texts);
        Assert.Contains("Load (jobs per client)", texts);
        Assert.Contains("rank", texts);
        Assert.Contains("fcfs", texts);
    }

    [Fact]
    public void Write_SameInput_ByteIdentical()
    {
        SweepPlot.Write(Path.Combine(dir, "a"), "t", "x", "y", TwoPolicies());
        SweepPlot.Write(Path.Combine(dir, "b"), "t", "x", "y", TwoPolicies());
        Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "a.png")), File.ReadAllBytes(Path.Combine(dir, "b.png")));
        Assert.Equal(File.ReadAllText(Path.Combine(dir, "a.svg")), File.ReadAllText(Path.Combine(dir, "b.svg")));
    }

    [Theory]
    [InlineData(double.NaN, 1, 2)]
    [InlineData(1.5, 1, 1.2)]
    [InlineData(0, 1, 2)]
    public void Write_MeanOutsideItsInterval_ArgumentException(double mean, double low, double high)
    {
        SweepSeries[] bad = [new("rank", [new(1, mean, low, high)])];
        var e = Assert.Throws<ArgumentException>(() => SweepPlot.Write(Path.Combine(dir, "bad"), "t", "x", "y", bad));
        Assert.Contains("'rank'", e.Message);
        Assert.False(File.Exists(Path.Combine(dir, "bad.png")));
    }

    [Fact]
    public void Write_NoSeries_EmptyPlotWithLabels()
    {
        SweepPlot.Write(Path.Combine(dir, "empty"), "Nothing swept", "x", "y", []);
        Assert.True(PngProbe.Load(Path.Combine(dir, "empty.png")).DarkPixels(PlotFiles.Width / 4, 0, 3 * PlotFiles.Width / 4, 35) > 100);
    }
}
