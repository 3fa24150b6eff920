using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Market.Engine;

/// <summary>Proportional-share lottery: client slots, fastest first, each draw one of the remaining
/// ready jobs with chance proportional to its price (a zero price counts as one micro-credit, so
/// every job holds a ticket). Each winner pays its own price.</summary>
/// <remarks>
/// Promises: in expectation a job's share of slots is proportional to its price, and every ready
/// job has a positive chance in every window, so none starves (with probability one). The draws
/// come from the engine's seeded generator, so a seed fixes the outcome.
/// Cost: O(ready jobs) per step to build the ticket tree, O(log n) per draw.
/// </remarks>
public sealed class LotteryPolicy : IMatchingPolicy
{
    private readonly SpeedOrder speedOrder = new();
    private int[] order = [];
    private UInt128[] tree = [];
    private ReadyJob[] jobs = [];

    /// <inheritdoc/>
    public string Name => "lottery";

    /// <inheritdoc/>
    // Runs once per window but loops over the whole pool: compile it fully optimised at once
    // rather than through tiering and on-stack replacement.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Match(MatchingInput input, ref DeterministicRandom random, List<Assignment> assignments)
    {
        int n = input.Jobs.Count;
        int pairs = Math.Min(input.Pool.Length, n);
        if (pairs == 0)
        {
            return;
        }

        if (order.Length < input.Pool.Length)
        {
            order = new int[input.Pool.Length];
        }

        if (!input.TryFastestFirst(order.AsSpan(0, pairs)))
        {
            speedOrder.SortTop(input.Pool, order, pairs);
        }

        BuildTickets(input.Jobs, n);
        UInt128 total = Sum(n);
        for (int i = 0; i < pairs; i++)
        {
            int pick = Find(random.NextBelow(total), n);
            UInt128 weight = Weight(jobs[pick]);
            Add(pick, n, weight, remove: true);
            total -= weight;
            assignments.Add(new Assignment(order[i], jobs[pick].Job, jobs[pick].Price));
        }
    }

    private static UInt128 Weight(ReadyJob job) => (UInt128)Math.Max(job.Price.MicroPerHour, 1);

    private void BuildTickets(ReadyJobs ready, int n)
    {
        if (jobs.Length < n)
        {
            jobs = new ReadyJob[n];
            tree = new UInt128[n + 1];
        }

        Array.Clear(tree, 0, n + 1);
        int k = 0;
        foreach (ReadyJob job in ready.ByArrival())
        {
            jobs[k++] = job;
        }

        // Fenwick tree built in linear time.
        for (int i = 1; i <= n; i++)
        {
            tree[i] += Weight(jobs[i - 1]);
            int parent = i + (i & -i);
            if (parent <= n)
            {
                tree[parent] += tree[i];
            }
        }
    }

    private UInt128 Sum(int n)
    {
        UInt128 s = UInt128.Zero;
        for (int i = n; i > 0; i -= i & -i)
        {
            s += tree[i];
        }

        return s;
    }

    private void Add(int index, int n, UInt128 weight, bool remove)
    {
        for (int i = index + 1; i <= n; i += i & -i)
        {
            tree[i] = remove ? tree[i] - weight : tree[i] + weight;
        }
    }

    /// <summary>The job whose ticket range holds <paramref name="ticket"/>.</summary>
    private int Find(UInt128 ticket, int n)
    {
        int pos = 0;
        int step = 1 << (31 - int.LeadingZeroCount(n));
        for (; step > 0; step >>= 1)
        {
            int next = pos + step;
            if (next <= n && tree[next] <= ticket)
            {
                ticket -= tree[next];
                pos = next;
            }
        }

        return pos;
    }
}
