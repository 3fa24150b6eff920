using Market.Sim.Plots;

namespace Market.Sim.Tests.Plots;

public sealed class PlotFilesTests
{
    [Fact]
    public void RenumberClips_ProcessWideSkiaNames_NumberedFromZeroPerFile()
    {
        const string svg = """<clipPath id="cl_2f"/><g clip-path="url(#cl_2f)"/><clipPath id="cl_30"/><g clip-path="url(#cl_30)"/>""";
        Assert.Equal("""<clipPath id="cl_0"/><g clip-path="url(#cl_0)"/><clipPath id="cl_1"/><g clip-path="url(#cl_1)"/>""", PlotFiles.RenumberClips(svg));
    }

    [Fact]
    public void RenumberClips_TextMentioningCl_Untouched()
    {
        const string svg = """<text>cl_2f and url cl_3</text>""";
        Assert.Equal(svg, PlotFiles.RenumberClips(svg));
    }

    [Fact]
    public void Save_LabelsInvisible_ProbeSeesNoTextThere()
    {
        // The control for the text checks of the other tests: the same layout with the title and
        // axis labels drawn in a transparent colour leaves no dark pixels where the probes look,
        // so the dark pixels they count come from the labels.
        string dir = Directory.CreateTempSubdirectory("market-plot-control").FullName;
        try
        {
            ScottPlot.Plot plot = PlotFiles.Create("Median wait by job price decile", "Job price decile", "Median wait (s)");
            plot.Add.ScatterLine(new double[] { 0, 1 }, new double[] { 0, 1 });
            plot.Axes.Title.Label.ForeColor = ScottPlot.Colors.Transparent;
            plot.Axes.Bottom.Label.ForeColor = ScottPlot.Colors.Transparent;
            plot.Axes.Left.Label.ForeColor = ScottPlot.Colors.Transparent;
            PlotFiles.Save(plot, Path.Combine(dir, "blank"));
            PngProbe png = PngProbe.Load(Path.Combine(dir, "blank.png"));
            Assert.Equal(0, png.DarkPixels(png.Width / 4, 0, 3 * png.Width / 4, 35));
            Assert.Equal(0, png.DarkPixels(0, png.Height / 4, 22, 3 * png.Height / 4));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Create_AnyLabels_TitleAndAxisLabelsSet()
    {
        ScottPlot.Plot plot = PlotFiles.Create("T", "X", "Y");
        Assert.Equal("T", plot.Axes.Title.Label.Text);
        Assert.Equal("X", plot.Axes.Bottom.Label.Text);
        Assert.Equal("Y", plot.Axes.Left.Label.Text);
        Assert.Equal(PlotFonts.Preferred, plot.Axes.Title.Label.FontName);
    }
}
