using System.Globalization;
using Market.Engine;

namespace Market.Sim.Output;

/// <summary>A CSV file written as UTF-8 bytes through one buffer, each value formatted straight
/// into it, as <see cref="ResultWriter"/> formats them in text (<see cref="ResultWriter.Number"/>
/// for doubles, invariant culture for the rest): a run writes a row for every job, and building
/// each as an interpolated string, then encoding it, cost more than formatting it.</summary>
internal sealed class Utf8CsvWriter : IDisposable
{
    /// <summary>Room for any one value (the longest double is 24 characters, a decimal 31).</summary>
    private const int ValueBytes = 48;

    private readonly FileStream file;
    private readonly byte[] buffer = new byte[1 << 16];
    private int used;

    /// <summary>True until the row has a field: the next field is not preceded by a comma.</summary>
    private bool rowStart = true;

    /// <summary>A new file at <paramref name="path"/> (an existing one is replaced).</summary>
    public Utf8CsvWriter(string path)
    {
        Path = path;
        file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
    }

    /// <summary>The file's path.</summary>
    public string Path { get; }

    /// <summary>Writes bytes as they are (the header).</summary>
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > buffer.Length - used)
        {
            Flush();
            if (bytes.Length > buffer.Length)
            {
                file.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(buffer.AsSpan(used));
        used += bytes.Length;
    }

    /// <summary>A field of text as it is, in UTF-8 (a name from a fixed set: no quoting).</summary>
    public void Text(string text)
    {
        if (text.Length > ValueBytes / 3)
        {
            Separator();
            Raw(System.Text.Encoding.UTF8.GetBytes(text));
            return;
        }

        Span<byte> d = Field();
        used += System.Text.Encoding.UTF8.GetBytes(text, d);
    }

    /// <summary>A field: a double as <see cref="ResultWriter.Number"/> writes it (round-trip; 0 if not finite).</summary>
    public void Number(double value)
    {
        Span<byte> d = Field();
        used += FormatNumber(value, d);
    }

    /// <summary>Writes <paramref name="value"/> as <see cref="ResultWriter.Number"/> does into
    /// <paramref name="destination"/> (at least 32 bytes); the bytes written.</summary>
    /// <remarks>A run's times are whole ticks, so in seconds they are exact to seven decimals, and
    /// its prices to six: such a number from 1 up to 4e8 is written from its digits directly. That is
    /// the shortest round-trip form: the decimal with at most seven places rounds to the value, and
    /// no other such decimal does, because they are 1e-7 apart and the value's neighbours are closer
    /// (below 2^52 * 1e-7); every other number has more significant digits. Everything else goes
    /// through the framework's round-trip formatting.</remarks>
    public static int FormatNumber(double value, Span<byte> destination)
    {
        if (value >= 1 && value < 4e8)
        {
            double scaled = Math.Round(value * 1e7);
            long tenMillionths = (long)scaled;
            if (scaled / 1e7 == value)
            {
                long whole = tenMillionths / 10_000_000;
                int fraction = (int)(tenMillionths - (whole * 10_000_000));
                whole.TryFormat(destination, out int n, default, CultureInfo.InvariantCulture);
                if (fraction == 0)
                {
                    return n;
                }

                // Seven places, then the trailing zeros dropped (the fraction is not zero).
                destination[n] = (byte)'.';
                fraction.TryFormat(destination[(n + 1)..], out _, "D7", CultureInfo.InvariantCulture);
                int end = n + 7;
                while (destination[end] == (byte)'0')
                {
                    end--;
                }

                return end + 1;
            }
        }
        else if (value == 0 && !double.IsNegative(value))
        {
            destination[0] = (byte)'0';
            return 1;
        }
        else if (!double.IsFinite(value))
        {
            destination[0] = (byte)'0';
            return 1;
        }

        value.TryFormat(destination, out int written, "R", CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>A field: an integer, after an optional one-letter prefix (an id: J12).</summary>
    public void Integer(long value, byte prefix = 0)
    {
        Span<byte> d = Field();
        int n = 0;
        if (prefix != 0)
        {
            d[n++] = prefix;
        }

        value.TryFormat(d[n..], out int written, default, CultureInfo.InvariantCulture);
        used += n + written;
    }

    /// <summary>A field: a decimal in invariant culture (prices and credits, as their ToString writes them).</summary>
    public void Decimal(decimal value)
    {
        value.TryFormat(Field(), out int written, default, CultureInfo.InvariantCulture);
        used += written;
    }

    /// <summary>A field: seconds since the simulation's epoch as a <see cref="Number"/>, or empty for no time.</summary>
    public void Seconds(Instant? t)
    {
        if (t is Instant i)
        {
            Number((i.Ticks - Instant.Epoch2000.Ticks) / (double)TimeSpan.TicksPerSecond);
        }
        else
        {
            Separator();
        }
    }

    /// <summary>Ends the row.</summary>
    public void EndRow()
    {
        Raw("\n"u8);
        rowStart = true;
    }

    public void Dispose()
    {
        Flush();
        file.Dispose();
    }

    /// <summary>The comma before a field, unless it is the row's first.</summary>
    private void Separator()
    {
        if (!rowStart)
        {
            Raw(","u8);
        }

        rowStart = false;
    }

    /// <summary>Room for a field's value, after its separator.</summary>
    private Span<byte> Field()
    {
        Separator();
        return Room(ValueBytes);
    }

    private Span<byte> Room(int bytes)
    {
        if (bytes > buffer.Length - used)
        {
            Flush();
        }

        return buffer.AsSpan(used);
    }

    private void Flush()
    {
        file.Write(buffer, 0, used);
        used = 0;
    }
}
