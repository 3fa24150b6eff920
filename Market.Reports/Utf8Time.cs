using System.Buffers.Binary;
using Market.Engine;

namespace Market.Reports;

/// <summary>Formats instants as UTF-8 xs:dateTime in UTC, as <c>XmlConvert.ToString(t.ToUtc(),
/// XmlDateTimeSerializationMode.Utc)</c> does: seconds, then the fraction without trailing zeros
/// (none if zero), then <c>Z</c>. The date of the last instant is kept, because a report's times
/// come in runs of the same day and the calendar is the costly part.</summary>
internal sealed class Utf8Time
{
    /// <summary>The room a time needs: at most 28 bytes, and stores of 8 bytes may reach past them.</summary>
    public const int MaxBytes = 32;

    /// <summary>The longest time, in bytes.</summary>
    public const int MaxLength = 28;

    /// <summary>"YYYY-MM-" of the kept day.</summary>
    private ulong yearMonth;

    /// <summary>"DDT" of the kept day, and a byte that the clock overwrites.</summary>
    private uint dayT;

    private long day = -1;

    /// <summary>Writes <paramref name="t"/> into <paramref name="destination"/> (at least
    /// <see cref="MaxBytes"/> bytes); the number of bytes written.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside <see cref="DateTime"/>'s range (as <see cref="Instant.ToUtc"/>).</exception>
    public int Format(Instant t, Span<byte> destination)
    {
        long ticks = t.Ticks;
        if (unchecked((ulong)ticks) > (ulong)DateTime.MaxValue.Ticks)
        {
            t.ToUtc(); // throws as the framework's formatting would
        }

        // Unchecked: the ticks are in DateTime's range here, so nothing below can overflow.
        unchecked
        {
            long today = ticks / TimeSpan.TicksPerDay;
            if (today != day)
            {
                Keep(today);
            }

            _ = destination[MaxBytes - 1];
            BinaryPrimitives.WriteUInt64LittleEndian(destination, yearMonth);
            BinaryPrimitives.WriteUInt32LittleEndian(destination[8..], dayT);
            long inDay = ticks - (today * TimeSpan.TicksPerDay);
            int second = (int)(inDay / TimeSpan.TicksPerSecond);
            int fraction = (int)(inDay - (second * TimeSpan.TicksPerSecond));
            BinaryPrimitives.WriteUInt64LittleEndian(destination[11..], Utf8Digits.Clock(second));
            int n = 19;
            if (fraction != 0)
            {
                n += Utf8Digits.Fraction7(fraction, destination[n..]);
            }

            destination[n] = (byte)'Z';
            return n + 1;
        }
    }

    private void Keep(long today)
    {
        DateOnly.FromDayNumber((int)today).Deconstruct(out int year, out int month, out int dayOfMonth);
        Span<byte> date = stackalloc byte[12];
        BinaryPrimitives.WriteUInt16LittleEndian(date[0..], Utf8Digits.Pair(year / 100));
        BinaryPrimitives.WriteUInt16LittleEndian(date[2..], Utf8Digits.Pair(year % 100));
        date[4] = (byte)'-';
        BinaryPrimitives.WriteUInt16LittleEndian(date[5..], Utf8Digits.Pair(month));
        date[7] = (byte)'-';
        BinaryPrimitives.WriteUInt16LittleEndian(date[8..], Utf8Digits.Pair(dayOfMonth));
        date[10] = (byte)'T';
        yearMonth = BinaryPrimitives.ReadUInt64LittleEndian(date);
        dayT = BinaryPrimitives.ReadUInt32LittleEndian(date[8..]);
        day = today;
    }
}
