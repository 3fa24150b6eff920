using System.Globalization;
using System.Text;
using FsCheck.Xunit;

namespace Market.Reports.Tests;

public sealed class Utf8DigitsTests
{
    [Property(MaxTest = 5000)]
    public bool Number_AnyLong_SameAsInvariantToString(long value, byte digits)
    {
        // Also short numbers of every length, where the digit counting changes.
        long v = digits % 2 == 0 ? value : value % (long)Math.Pow(10, digits % 19);
        Span<byte> buffer = stackalloc byte[Utf8XmlWriter.ItemBytes];
        return Encoding.ASCII.GetString(buffer[..Utf8XmlWriter.Number(v, buffer)]) == v.ToString(CultureInfo.InvariantCulture);
    }

    [Property(MaxTest = 5000)]
    public bool Micro_AnyLong_SameAsDecimalDivision(long micro, byte digits)
    {
        long m = digits % 2 == 0 ? micro : micro % (long)Math.Pow(10, digits % 19);
        Span<byte> buffer = stackalloc byte[Utf8XmlWriter.ItemBytes];
        return Encoding.ASCII.GetString(buffer[..Utf8XmlWriter.Micro(m, buffer)]) == (m / 1_000_000m).ToString(CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(1L, "0.000001")]
    [InlineData(10L, "0.00001")]
    [InlineData(1_000_000L, "1")]
    [InlineData(2_500_000L, "2.5")]
    [InlineData(-1L, "-0.000001")]
    [InlineData(long.MinValue, "-9223372036854.775808")]
    [InlineData(long.MaxValue, "9223372036854.775807")]
    public void Micro_Edges_AsDecimal(long micro, string expected)
    {
        Span<byte> buffer = stackalloc byte[Utf8XmlWriter.ItemBytes];
        Assert.Equal(expected, Encoding.ASCII.GetString(buffer[..Utf8XmlWriter.Micro(micro, buffer)]));
    }

    [Property(MaxTest = 3000)]
    public bool RepeatedTime_AnySequence_SameAsTime(long[] ticks, byte roundTo)
    {
        // Times repeated, of one day and of many, with and without fractions: the copy and the
        // kept date must never be stale.
        var formatter = new Utf8Time();
        var repeated = new RepeatedTime(formatter);
        long unit = (long)Math.Pow(10, roundTo % 8);
        Span<byte> buffer = stackalloc byte[Utf8Time.MaxBytes];
        foreach (long raw in ticks.Concat(ticks.Reverse()))
        {
            long t = (long)((ulong)raw % ((ulong)DateTime.MaxValue.Ticks + 1)) % (TimeSpan.TicksPerDay * 3);
            var instant = new Instant(Instant.Epoch2000.Ticks + t - (t % unit));
            if (Encoding.ASCII.GetString(buffer[..repeated.Write(instant, buffer)]) != ReportWriter.Time(instant))
            {
                return false;
            }
        }

        return true;
    }
}
