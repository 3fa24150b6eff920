using Market.Sim.Plots;
using SkiaSharp;

namespace Market.Sim.Tests.Plots;

/// <summary>Without a font Skia draws every plot without any text and says nothing; test.sh
/// installs fontconfig and fonts-dejavu-core, and these tests fail loudly if that went wrong.</summary>
public sealed class PlotFontsTests
{
    [Fact]
    public void Family_FontsInstalled_ResolvesToDejaVuSans()
    {
        Assert.Equal(PlotFonts.Preferred, PlotFonts.Family);
    }

    [Fact]
    public void Family_Resolved_TypefaceHasLatinGlyphs()
    {
        using SKTypeface? face = SKFontManager.Default.MatchFamily(PlotFonts.Family);
        Assert.NotNull(face);
        Assert.Equal(PlotFonts.Preferred, face.FamilyName);
        Assert.True(face.ContainsGlyphs("Median wait (s) 0123456789"));
        Assert.True(face.GlyphCount > 100, "glyphs: " + face.GlyphCount);
    }

    [Fact]
    public void ScottPlotTypeface_PreferredFamily_IsTheInstalledFont()
    {
        // ScottPlot's own resolver, the one the plots go through, finds the same face.
        SKTypeface face = ScottPlot.Fonts.GetTypeface(PlotFonts.Preferred, bold: false, italic: false);
        Assert.Equal(PlotFonts.Preferred, face.FamilyName);
        Assert.True(face.ContainsGlyphs("Lorenz"));
    }

    [Fact]
    public void CanDraw_PreferredFamily_True()
    {
        Assert.True(PlotFonts.CanDraw(PlotFonts.Preferred));
    }

    [Fact]
    public void CanDraw_UnknownFamily_False()
    {
        // A family that is not installed does not count as drawable, so the fallback is a real one.
        Assert.False(PlotFonts.CanDraw("No Such Font Family 7f3a"));
    }
}
