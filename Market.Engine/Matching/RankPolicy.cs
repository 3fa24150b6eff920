using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Market.Engine;

/// <summary>The paper's rank matching: the highest price to the fastest client, the second to the
/// second, and so on. Each winner pays its own price.</summary>
/// <remarks>
/// Promises: within one window the pairing maximises the sum of price × speed (the rearrangement
/// inequality); raising a job's price never gets it a slower client in the same window. Ties:
/// equal prices go by earlier submission, equal speeds by earlier request. A low-priced job can
/// wait as long as higher-priced work keeps arriving (see the README on starvation).
/// Cost: O(pairs) to read the fastest requests and the dearest jobs from the engine's speed and
/// price orders (O(pool log pairs) for a pool given without its speed order).
/// </remarks>
public sealed class RankPolicy : IMatchingPolicy
{
    private readonly SpeedOrder speedOrder = new();
    private int[] order = [];

    /// <inheritdoc/>
    public string Name => "rank";

    /// <inheritdoc/>
    // Runs once per window but loops over the whole pool: compile it fully optimised at once
    // rather than through tiering and on-stack replacement.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Match(MatchingInput input, ref DeterministicRandom random, List<Assignment> assignments)
    {
        int pairs = OrderPool(input);
        if (pairs == 0)
        {
            return;
        }

        int i = 0;
        foreach (ReadyJob job in input.Jobs.ByPrice())
        {
            assignments.Add(new Assignment(order[i], job.Job, job.Price));
            if (++i == pairs)
            {
                break;
            }
        }
    }

    /// <summary>Fills <see cref="Order"/> fastest first and returns how many pairs can be made.</summary>
    internal int OrderPool(MatchingInput input)
    {
        int n = input.Pool.Length;
        if (order.Length < n)
        {
            order = new int[System.Math.Max(n, order.Length * 2)];
        }

        int pairs = System.Math.Min(n, input.Jobs.Count);
        if (!input.TryFastestFirst(order.AsSpan(0, pairs)))
        {
            speedOrder.SortTop(input.Pool, order, pairs);
        }

        return pairs;
    }

    /// <summary>Pool indexes, fastest first, after <see cref="OrderPool"/>.</summary>
    internal int[] Order => order;
}
