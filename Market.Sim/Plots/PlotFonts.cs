using SkiaSharp;

namespace Market.Sim.Plots;

/// <summary>Chooses the font the plots draw their text in. Skia draws no text at all when no font
/// resolves (no fontconfig or no font files), so the choice is checked rather than assumed.</summary>
public static class PlotFonts
{
    /// <summary>The preferred family: shipped by Debian's fonts-dejavu-core, and metric-stable, so a
    /// plot's layout does not depend on which other fonts a machine has.</summary>
    public const string Preferred = "DejaVu Sans";

    private static readonly Lazy<string?> Resolved = new(Resolve);

    /// <summary>The family the plots use: <see cref="Preferred"/> when installed, otherwise the
    /// first family the system's font manager knows; null when there is none at all.</summary>
    public static string? Family => Resolved.Value;

    /// <summary>The message shown when <see cref="Family"/> is null.</summary>
    public const string Missing = "no font found: the plots will have no text (on Debian: apt-get install fontconfig fonts-dejavu-core)";

    /// <summary>True when <paramref name="family"/> resolves to a typeface that can draw Latin text.</summary>
    public static bool CanDraw(string family)
    {
        using SKTypeface? face = SKFontManager.Default.MatchFamily(family);
        return face is not null && face.ContainsGlyphs("Time (h) 0123456789");
    }

    private static string? Resolve()
    {
        if (CanDraw(Preferred))
        {
            return Preferred;
        }

        return SKFontManager.Default.FontFamilies.Order(StringComparer.Ordinal).FirstOrDefault(CanDraw);
    }
}
