using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Market.Engine;

/// <summary>Spawn-style sealed-bid second-price auctions: each client slot, fastest first, is
/// auctioned among the remaining ready jobs; the highest bid wins and pays the next-highest bid
/// (zero when no other job bids).</summary>
/// <remarks>
/// Promises: the same allocation as <see cref="RankPolicy"/> (so the same welfare and the same
/// monotonicity), but a winner pays the bid just below its own, so bidding one's true value is a
/// dominant strategy for a single slot. Ties as rank. Starvation as rank.
/// </remarks>
public sealed class VickreyPolicy : IMatchingPolicy
{
    private readonly RankPolicy rank = new();

    /// <inheritdoc/>
    public string Name => "vickrey";

    /// <inheritdoc/>
    // Runs once per window but loops over the whole pool: compile it fully optimised at once
    // rather than through tiering and on-stack replacement.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Match(MatchingInput input, ref DeterministicRandom random, List<Assignment> assignments)
    {
        int pairs = rank.OrderPool(input);
        if (pairs == 0)
        {
            return;
        }

        int[] order = rank.Order;
        int i = 0;
        ReadyJob winner = default;
        foreach (ReadyJob job in input.Jobs.ByPrice())
        {
            if (i > 0)
            {
                // The job after the winner is the highest losing bid for the winner's slot.
                assignments.Add(new Assignment(order[i - 1], winner.Job, job.Price));
                if (i == pairs)
                {
                    return;
                }
            }

            winner = job;
            i++;
        }

        assignments.Add(new Assignment(order[i - 1], winner.Job, Price.Zero));
    }
}
