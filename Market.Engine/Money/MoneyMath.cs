using System;

namespace Market.Engine;

/// <summary>The one place where money is rounded.</summary>
/// <remarks>Every amount the ledger moves is computed here, once, and the same rounded amount is
/// debited from one account and credited to another. Rounding is half to even on micro-credits.</remarks>
public static class MoneyMath
{
    private const long TicksPerHour = TimeSpan.TicksPerHour;

    /// <summary>What <paramref name="price"/> costs for <paramref name="held"/> of compute time.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative duration.</exception>
    public static Credits ChargeFor(Price price, TimeSpan held)
    {
        if (held.Ticks < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(held), "A duration held cannot be negative.");
        }

        long p = price.MicroPerHour;
        long t = held.Ticks;
        ulong high = Math.BigMul((ulong)p, (ulong)t, out ulong low);
        if (high == 0 && low <= long.MaxValue)
        {
            // Common case: the product fits a long, and a 64-bit division is several times cheaper.
            return new Credits(DivideRounded((long)low, TicksPerHour));
        }

        return new Credits(DivideRounded((Int128)p * t, TicksPerHour));
    }

    /// <summary>The commission on <paramref name="amount"/> at <paramref name="partsPerMillion"/>.</summary>
    public static Credits Commission(Credits amount, int partsPerMillion)
    {
        if (partsPerMillion == 0)
        {
            return Credits.Zero;
        }

        long a = amount.Micro;
        if (a is > -MaxExact and < MaxExact && partsPerMillion is >= 0 and <= 1_000_000)
        {
            // Common case: the product fits a long, and a 64-bit division is several times cheaper.
            return new(DivideRounded(a * partsPerMillion, 1_000_000));
        }

        return new(DivideRounded((Int128)a * partsPerMillion, 1_000_000));
    }

    /// <summary>Amounts below this times a rate of at most 1,000,000 parts per million fit a long.</summary>
    private const long MaxExact = long.MaxValue / 1_000_000;

    // Inlined, so that the constant denominators of the callers become multiplications, not divisions.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static long DivideRounded(long numerator, long denominator)
    {
        long quotient = Math.DivRem(numerator, denominator, out long remainder);
        long twice = remainder * 2;
        if (twice > denominator || (twice == denominator && (quotient & 1) != 0))
        {
            quotient++;
        }

        return quotient;
    }

    private static long DivideRounded(Int128 numerator, long denominator)
    {
        Int128 quotient = Int128.DivRem(numerator, denominator).Quotient;
        Int128 remainder = numerator - (quotient * denominator);
        Int128 twice = remainder * 2;
        if (twice > denominator || (twice == denominator && !Int128.IsEvenInteger(quotient)))
        {
            quotient++;
        }

        return checked((long)quotient);
    }
}
