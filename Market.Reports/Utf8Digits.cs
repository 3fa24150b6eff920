using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Market.Reports;

/// <summary>Integers and fixed-point fractions as invariant-culture UTF-8 digits, written straight
/// into a span: the formatting <see cref="Utf8XmlWriter"/> does millions of times a report.</summary>
/// <remarks>Each destination needs room for the digits and, where a method says so, a few bytes
/// past them (whole 8-byte words are stored and the bytes after the value are left to be written
/// over). The arithmetic is unchecked: it stays within its types by construction, and the overflow
/// checks the project turns on cost a branch at every step of the hottest loop of a report.</remarks>
internal static class Utf8Digits
{
    /// <summary>Eight ASCII zeros.</summary>
    private const ulong Zeros = 0x3030_3030_3030_3030;

    /// <summary>"00" to "99". Constant data, not an array: methods compiled before a static
    /// constructor has run (the simulator compiles them fully at their first call) would check for it
    /// at every use.</summary>
    private static ReadOnlySpan<byte> PairBytes => "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    /// <summary>Writes an integer (a '-' first if negative); the bytes written (at most 20).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Signed(long value, Span<byte> destination)
    {
        if (value >= 0)
        {
            return Unsigned(unchecked((ulong)value), destination);
        }

        destination[0] = (byte)'-';
        return 1 + Unsigned(unchecked(0 - (ulong)value), destination[1..]);
    }

    /// <summary>Writes a non-negative integer; the bytes written (at most 20).</summary>
    public static int Unsigned(ulong value, Span<byte> destination)
    {
        unchecked
        {
            int length = CountDigits(value);
            int at = length;
            while (value >= 100)
            {
                ulong quotient = value / 100;
                at -= 2;
                BinaryPrimitives.WriteUInt16LittleEndian(destination[at..], Pair((int)(value - (quotient * 100))));
                value = quotient;
            }

            if (value >= 10)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(destination, Pair((int)value));
            }
            else
            {
                destination[0] = (byte)('0' + (int)value);
            }

            return length;
        }
    }

    /// <summary>Writes '.' and the seven digits of a fraction of 10^7 (1 to 9,999,999), trailing
    /// zeros dropped; the bytes written. Stores 8 bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Fraction7(int value, Span<byte> destination)
    {
        unchecked
        {
            int high = value / 10_000;   // three digits
            int low = value - (high * 10_000);
            int lowHigh = low / 100;
            ulong word = (byte)'.'
                | ((ulong)('0' + (high / 100)) << 8)
                | ((ulong)Pair(high % 100) << 16)
                | ((ulong)Pair(lowHigh) << 32)
                | ((ulong)Pair(low - (lowHigh * 100)) << 48);
            return Trimmed(word, destination);
        }
    }

    /// <summary>Writes '.' and the six digits of a fraction of 10^6 (1 to 999,999), trailing zeros
    /// dropped; the bytes written. Stores 8 bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Fraction6(int value, Span<byte> destination)
    {
        unchecked
        {
            int high = value / 10_000;
            int low = value - (high * 10_000);
            int lowHigh = low / 100;
            ulong word = (byte)'.'
                | ((ulong)Pair(high) << 8)
                | ((ulong)Pair(lowHigh) << 24)
                | ((ulong)Pair(low - (lowHigh * 100)) << 40)
                | ((ulong)'0' << 56);    // a zero in the unused byte, so that it is trimmed with the others
            return Trimmed(word, destination);
        }
    }

    /// <summary>"HH:MM:SS" of a second of the day (0 to 86,399) as one 8-byte word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Clock(int secondOfDay)
    {
        unchecked
        {
            int hours = secondOfDay / 3600;
            int rest = secondOfDay - (hours * 3600);
            int minutes = rest / 60;
            return Pair(hours)
                | ((ulong)':' << 16)
                | ((ulong)Pair(minutes) << 24)
                | ((ulong)':' << 40)
                | ((ulong)Pair(rest - (minutes * 60)) << 48);
        }
    }

    /// <summary>The two digits of 0 to 99 as a little-endian pair of bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ushort Pair(int value) => BinaryPrimitives.ReadUInt16LittleEndian(PairBytes.Slice(unchecked(value * 2), 2));

    /// <summary>Stores a '.'-led word of digits and counts it up to its last non-zero digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Trimmed(ulong word, Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(destination, word);

        // Zero digits become zero bytes; the '.' never does, so the highest non-zero byte is the
        // last digit to keep.
        return 8 - (BitOperations.LeadingZeroCount(word ^ Zeros) / 8);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CountDigits(ulong value)
    {
        unchecked
        {
            int digits = 1;
            while (value >= 10_000)
            {
                value /= 10_000;
                digits += 4;
            }

            return value < 10 ? digits : value < 100 ? digits + 1 : value < 1000 ? digits + 2 : digits + 3;
        }
    }
}
