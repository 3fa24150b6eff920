using System;
using System.Collections.Generic;

namespace Market.Engine;

/// <summary>The price optimizer's rule: the least price that wins a client at least as fast as a
/// wanted speed under <see cref="RankPolicy"/>, given the market's clients and competing jobs.</summary>
/// <remarks>
/// The paper's rule, made exact for rank's tie-break: with n clients at least as fast as S, a job
/// gets one of them in a window where they all request if fewer than n competing jobs outrank it.
/// Competing jobs submitted earlier win ties, so the job must pay one micro-credit more than the
/// n-th highest competing price. No fast client: not possible. Fewer than n competitors: the
/// smallest price (one micro-credit) is enough.
/// </remarks>
public static class PriceRule
{
    /// <summary>The advice for a job that wants speed <paramref name="speed"/>.</summary>
    /// <param name="clientSpeeds">The speeds of the market's clients (untested clients count as 0).</param>
    /// <param name="competingPrices">The prices of the jobs it competes with (queued or leased, not its own).</param>
    /// <param name="speed">The wanted speed, work units per second; positive.</param>
    /// <exception cref="ArgumentException">The speed is not positive and finite.</exception>
    public static PriceAdvice MinimumPrice(IEnumerable<double> clientSpeeds, IEnumerable<Price> competingPrices, double speed)
    {
        Guard.NotNull(clientSpeeds, nameof(clientSpeeds));
        Guard.NotNull(competingPrices, nameof(competingPrices));
        Guard.Require(speed > 0 && double.IsFinite(speed), nameof(speed), "The wanted speed must be a positive number.");
        int n = 0;
        foreach (double s in clientSpeeds)
        {
            if (s >= speed)
            {
                n++;
            }
        }

        if (n == 0)
        {
            return PriceAdvice.NotPossible(0);
        }

        var prices = new List<long>();
        foreach (Price p in competingPrices)
        {
            prices.Add(p.MicroPerHour);
        }

        if (prices.Count < n)
        {
            return new PriceAdvice(true, Price.Tick, null, n, prices.Count);
        }

        prices.Sort((a, b) => b.CompareTo(a));
        long nth = prices[n - 1];
        return new PriceAdvice(true, new Price(nth + 1), new Price(nth), n, prices.Count);
    }
}
