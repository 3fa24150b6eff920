using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;

namespace Market.Sim.Plots;

/// <summary>Saves a plot as PNG and SVG side by side. The bytes are written here rather than by
/// ScottPlot's Save methods so that both files come from the same rendering settings.</summary>
internal static class PlotFiles
{
    public const int Width = 900;
    public const int Height = 540;

    private static readonly UTF8Encoding Utf8 = new(false);

    // Skia names SVG clip paths from a counter shared by the whole process ("cl_2f"), so the same
    // plot drawn later in a process would get other names; they are renumbered per file.
    private static readonly Regex ClipId = new(@"(id=""|url\(#)cl_([0-9a-f]+)", RegexOptions.CultureInvariant);

    /// <summary>Applies the house look (font, sizes) to a new plot.</summary>
    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        if (PlotFonts.Family is string family)
        {
            plot.Font.Set(family);
        }

        plot.Title(title, 18);
        plot.XLabel(xLabel, 15);
        plot.YLabel(yLabel, 15);
        return plot;
    }

    /// <summary>Writes <c>path.png</c> and <c>path.svg</c>; returns both paths.</summary>
    public static IReadOnlyList<string> Save(Plot plot, string pathWithoutExtension)
    {
        string png = pathWithoutExtension + ".png";
        string svg = pathWithoutExtension + ".svg";
        File.WriteAllBytes(png, plot.GetImageBytes(Width, Height, ImageFormat.Png));
        File.WriteAllText(svg, RenumberClips(plot.GetSvgXml(Width, Height)), Utf8);
        return [png, svg];
    }

    /// <summary>Renames Skia's clip paths cl_0, cl_1, ... in order of first appearance.</summary>
    internal static string RenumberClips(string svg)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        return ClipId.Replace(svg, m =>
        {
            if (!names.TryGetValue(m.Groups[2].Value, out int n))
            {
                n = names.Count;
                names.Add(m.Groups[2].Value, n);
            }

            return m.Groups[1].Value + "cl_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
    }
}
