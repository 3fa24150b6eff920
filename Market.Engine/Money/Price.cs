using System;
using System.Globalization;

namespace Market.Engine;

/// <summary>A job's price: micro-credits per compute-hour held on a client.</summary>
/// <param name="MicroPerHour">Micro-credits per hour.</param>
public readonly record struct Price(long MicroPerHour) : IComparable<Price>
{
    /// <summary>The highest price accepted: one billion credits per hour. It keeps every charge
    /// and sum of prices far from overflow.</summary>
    public static readonly Price Max = new(1_000_000_000L * Credits.MicroPerCredit);

    /// <summary>The smallest step between prices: one micro-credit per hour.</summary>
    public static readonly Price Tick = new(1);

    /// <summary>Nothing per hour.</summary>
    public static readonly Price Zero = new(0);

    /// <summary>The price as decimal credits per hour.</summary>
    public decimal ToDecimal() => MicroPerHour / (decimal)Credits.MicroPerCredit;

    /// <summary>Validates a price given in decimal credits per hour: not negative, at most six
    /// decimal places, at most <see cref="Max"/>.</summary>
    public static bool TryFromDecimal(decimal creditsPerHour, out Price result, out string? problem)
    {
        result = Zero;
        if (creditsPerHour < 0)
        {
            problem = "must not be negative";
            return false;
        }

        if (creditsPerHour > Max.ToDecimal())
        {
            problem = "must be at most " + Max.ToString() + " credits per hour";
            return false;
        }

        if (!Credits.TryFromDecimal(creditsPerHour, out Credits micro, out problem))
        {
            return false;
        }

        result = new Price(micro.Micro);
        return true;
    }

    /// <summary>Converts a decimal known to be valid.</summary>
    /// <exception cref="ArgumentException">The price is not valid.</exception>
    public static Price FromDecimal(decimal creditsPerHour)
    {
        Guard.Require(TryFromDecimal(creditsPerHour, out Price p, out string? problem), nameof(creditsPerHour), "The price " + problem + ".");
        return p;
    }

    /// <inheritdoc/>
    public int CompareTo(Price other) => MicroPerHour.CompareTo(other.MicroPerHour);

    /// <summary>Compares prices.</summary>
    public static bool operator <(Price a, Price b) => a.MicroPerHour < b.MicroPerHour;

    /// <summary>Compares prices.</summary>
    public static bool operator >(Price a, Price b) => a.MicroPerHour > b.MicroPerHour;

    /// <summary>Compares prices.</summary>
    public static bool operator <=(Price a, Price b) => a.MicroPerHour <= b.MicroPerHour;

    /// <summary>Compares prices.</summary>
    public static bool operator >=(Price a, Price b) => a.MicroPerHour >= b.MicroPerHour;

    /// <summary>Invariant decimal credits per hour.</summary>
    public override string ToString() => ToDecimal().ToString(CultureInfo.InvariantCulture);
}
