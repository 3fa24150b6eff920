using System.Xml.Linq;
using Market.Sim.Plots;
using Market.Sim.Running;

namespace Market.Sim.Tests.Plots;

public sealed class RunPlotsTests : IDisposable
{
    private const string ShortRun = """
        {
          "name": "plots", "durationHours": 4,
          "market": { "windowSeconds": 30 },
          "clients": { "count": 40, "owners": 8, "speed": { "lognormal": { "median": 1000, "sigma": 0.6 } },
                       "availability": "onoff", "meanUpHours": 2, "meanDownHours": 1 },
          "jobs": { "initial": 60, "arrivalsPerHour": 60, "work": { "lognormal": { "median": 1800000, "sigma": 0.8 } },
                    "price": { "uniform": { "min": 0.1, "max": 5 } } }
        }
        """;

    private static readonly string[] Names = [UtilizationPlot.Name, DecilePlot.WaitByPrice, DecilePlot.EarningsBySpeed, LorenzPlot.Name];

    private readonly string dir = Directory.CreateTempSubdirectory("market-plots").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Write_ShortRun_PngAndSvgOfEveryPlot()
    {
        IReadOnlyList<string> written = RunPlots.Write(dir, Run());
        string[] expected = Names.SelectMany(n => new[] { n + ".png", n + ".svg" }).ToArray();
        Assert.Equal(expected, written.Select(Path.GetFileName).ToArray());
        Assert.All(written, f => Assert.True(new FileInfo(f).Length > 5000, f));
    }

    [Theory]
    [InlineData("plot-utilization")]
    [InlineData("plot-wait-by-price")]
    [InlineData("plot-earnings-by-speed")]
    [InlineData("plot-lorenz-earnings")]
    public void Write_EachPng_DecodesAtSizeWithColoursAndText(string name)
    {
        RunPlots.Write(dir, Run());
        PngProbe png = PngProbe.Load(Path.Combine(dir, name + ".png"));
        Assert.Equal((PlotFiles.Width, PlotFiles.Height), (png.Width, png.Height));

        // Anti-aliased text and lines give hundreds of shades; a blank or flat canvas has a few.
        Assert.True(png.DistinctColours() > 50, "colours: " + png.DistinctColours());

        // The title (top band, centre), the x label (bottom band) and the y label (left strip)
        // are drawn: dark pixels where they stand. Without a font these areas are empty.
        int w = png.Width;
        int h = png.Height;
        Assert.True(png.DarkPixels(w / 4, 0, 3 * w / 4, 35) > 150, "title: " + png.DarkPixels(w / 4, 0, 3 * w / 4, 35));
        Assert.True(png.DarkPixels(w / 4, h - 80, 3 * w / 4, h) > 150, "x label: " + png.DarkPixels(w / 4, h - 80, 3 * w / 4, h));
        Assert.True(png.DarkPixels(0, h / 4, 22, 3 * h / 4) > 150, "y label: " + png.DarkPixels(0, h / 4, 22, 3 * h / 4));
    }

    [Fact]
    public void Write_Svg_HasTitleAndAxisLabelsAsText()
    {
        RunPlots.Write(dir, Run());
        XNamespace svg = "http://www.w3.org/2000/svg";
        var texts = XDocument.Load(Path.Combine(dir, "plot-utilization.svg")).Descendants(svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("Utilization and queue length", texts);
        Assert.Contains("Simulated time (h)", texts);
        Assert.Contains("Utilization (leased / clients up)", texts);
        Assert.Contains("Ready jobs", texts);
        var lorenz = XDocument.Load(Path.Combine(dir, "plot-lorenz-earnings.svg")).Descendants(svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains(lorenz, t => t.StartsWith("Lorenz curve of client earnings (Gini 0.", StringComparison.Ordinal));
        Assert.Contains("equality", lorenz);
    }

    [Fact]
    public void Write_SameRunTwice_ByteIdentical()
    {
        Simulation sim = Run();
        string a = Directory.CreateDirectory(Path.Combine(dir, "a")).FullName;
        string b = Directory.CreateDirectory(Path.Combine(dir, "b")).FullName;
        RunPlots.Write(a, sim);
        RunPlots.Write(b, Run());
        foreach (string f in Directory.GetFiles(a))
        {
            Assert.True(File.ReadAllBytes(f).SequenceEqual(File.ReadAllBytes(Path.Combine(b, Path.GetFileName(f)))), Path.GetFileName(f) + " differs");
        }
    }

    [Fact]
    public void Write_TinyRunWithOneClientAndOneJob_EveryPlotStillDrawn()
    {
        const string tiny = """
            {
              "durationHours": 0.01,
              "clients": { "count": 1, "speed": { "constant": 1000 } },
              "jobs": { "initial": 1, "work": { "constant": 1000000000 }, "price": { "constant": 1 } }
            }
            """;
        var sim = new Simulation(ScenarioLoader.Parse(tiny).Scenario!, 1);
        sim.Run();
        foreach (string png in RunPlots.Write(dir, sim).Where(f => f.EndsWith(".png", StringComparison.Ordinal)))
        {
            PngProbe probe = PngProbe.Load(png);
            Assert.True(probe.DarkPixels(probe.Width / 4, 0, 3 * probe.Width / 4, 35) > 150, "title of " + png);
        }
    }

    [Fact]
    public void Samples_AnyRun_MatchTheCsvSeries()
    {
        Simulation sim = Run();
        Assert.Equal(sim.Metrics.Series.Count, sim.Metrics.Samples.Count);
        MinuteSample s = sim.Metrics.Samples[^1];
        Assert.Equal($"{s.Minute},{s.Pool},{s.Ready},{s.Leased},{s.ClientsUp},{s.JobsCompleted}", sim.Metrics.Series[^1]);
    }

    [Fact]
    public void Cli_NoPlots_OnlyTheSixDataFiles()
    {
        string file = Path.Combine(dir, "s.jsonc");
        File.WriteAllText(file, ShortRun);
        Assert.Equal(0, Cli.Run(["run", file, "--out", Path.Combine(dir, "np"), "--quiet", "--no-plots"], TextWriter.Null, TextWriter.Null));
        Assert.Equal(6, Directory.GetFiles(Path.Combine(dir, "np")).Length);
        Assert.Empty(Directory.GetFiles(Path.Combine(dir, "np"), "plot-*"));
    }

    private static Simulation Run()
    {
        var sim = new Simulation(ScenarioLoader.Parse(ShortRun).Scenario!, 11);
        sim.Run();
        return sim;
    }
}
