using SkiaSharp;

namespace Market.Sim.Tests.Plots;

/// <summary>Reads a written PNG back, to check that it holds a real picture and not a blank or
/// text-less canvas.</summary>
internal sealed class PngProbe
{
    private readonly SKBitmap bitmap;

    private PngProbe(SKBitmap bitmap) => this.bitmap = bitmap;

    public int Width => bitmap.Width;

    public int Height => bitmap.Height;

    public static PngProbe Load(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 8 && bytes[1] == (byte)'P' && bytes[2] == (byte)'N' && bytes[3] == (byte)'G', path + " is not a PNG");
        SKBitmap? decoded = SKBitmap.Decode(bytes);
        Assert.NotNull(decoded);
        return new PngProbe(decoded);
    }

    /// <summary>How many different colours the picture uses.</summary>
    public int DistinctColours()
    {
        var seen = new HashSet<uint>();
        for (int y = 0; y < bitmap.Height; y++)
        {
            for (int x = 0; x < bitmap.Width; x++)
            {
                seen.Add((uint)bitmap.GetPixel(x, y));
            }
        }

        return seen.Count;
    }

    /// <summary>Pixels darker than mid-grey in the rectangle [x0, x1) × [y0, y1): text is drawn in
    /// black on white, so a label's area has many of them, an empty one none.</summary>
    public int DarkPixels(int x0, int y0, int x1, int y1)
    {
        int dark = 0;
        for (int y = Math.Max(0, y0); y < Math.Min(bitmap.Height, y1); y++)
        {
            for (int x = Math.Max(0, x0); x < Math.Min(bitmap.Width, x1); x++)
            {
                SKColor c = bitmap.GetPixel(x, y);
                dark += (c.Red + c.Green + c.Blue) / 3 < 128 ? 1 : 0;
            }
        }

        return dark;
    }

    /// <summary>Pixels within <paramref name="tolerance"/> of <paramref name="colour"/> on every channel.</summary>
    public int PixelsNear(SKColor colour, int tolerance)
    {
        int n = 0;
        for (int y = 0; y < bitmap.Height; y++)
        {
            for (int x = 0; x < bitmap.Width; x++)
            {
                SKColor c = bitmap.GetPixel(x, y);
                bool near = Math.Abs(c.Red - colour.Red) <= tolerance && Math.Abs(c.Green - colour.Green) <= tolerance && Math.Abs(c.Blue - colour.Blue) <= tolerance;
                n += near ? 1 : 0;
            }
        }

        return n;
    }
}
