using System;
using System.Globalization;

namespace Market.Engine;

/// <summary>An amount of money in integer micro-credits (1 credit = 1,000,000 micro-credits).</summary>
/// <remarks>Interfaces speak decimals with at most six places; <see cref="TryFromDecimal"/> checks them.</remarks>
/// <param name="Micro">The amount in micro-credits.</param>
public readonly record struct Credits(long Micro) : IComparable<Credits>
{
    /// <summary>Micro-credits in one credit.</summary>
    public const long MicroPerCredit = 1_000_000;

    /// <summary>No money.</summary>
    public static readonly Credits Zero = new(0);

    /// <summary>The amount as a decimal number of credits.</summary>
    public decimal ToDecimal() => Micro / (decimal)MicroPerCredit;

    /// <summary>Converts a decimal amount of credits, refusing more than six decimal places or an
    /// amount beyond the representable range.</summary>
    /// <param name="credits">The amount.</param>
    /// <param name="result">The converted amount, when the conversion succeeds.</param>
    /// <param name="problem">Why it failed, or null.</param>
    public static bool TryFromDecimal(decimal credits, out Credits result, out string? problem)
    {
        result = Zero;
        if (decimal.Round(credits, 6) != credits)
        {
            problem = "has more than 6 decimal places";
            return false;
        }

        if (credits > long.MaxValue / MicroPerCredit || credits < long.MinValue / MicroPerCredit)
        {
            problem = "is out of range";
            return false;
        }

        result = new Credits((long)(credits * MicroPerCredit));
        problem = null;
        return true;
    }

    /// <summary>Converts a decimal known to be valid.</summary>
    /// <exception cref="ArgumentException">More than six places or out of range.</exception>
    public static Credits FromDecimal(decimal credits)
    {
        Guard.Require(TryFromDecimal(credits, out Credits c, out string? problem), nameof(credits), "The amount " + problem + ".");
        return c;
    }

    /// <inheritdoc/>
    public int CompareTo(Credits other) => Micro.CompareTo(other.Micro);

    /// <summary>Sum.</summary>
    public static Credits operator +(Credits a, Credits b) => new(checked(a.Micro + b.Micro));

    /// <summary>Difference.</summary>
    public static Credits operator -(Credits a, Credits b) => new(checked(a.Micro - b.Micro));

    /// <summary>Invariant decimal, e.g. <c>12.5</c>.</summary>
    public override string ToString() => ToDecimal().ToString(CultureInfo.InvariantCulture);
}
