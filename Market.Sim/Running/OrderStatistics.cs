using System.Runtime.InteropServices;

namespace Market.Sim.Running;

/// <summary>Exact order statistics (the value a full sort would put at a rank) of values in
/// groups, found in a few passes over a source that gives the same values each time, instead of
/// holding them all: a million-machine week has 85 million jobs, whose waits alone would take
/// 680 MB to sort. Each pass counts the values near each wanted rank in a histogram of the next 12
/// bits of their order-preserving bit pattern; once few enough remain, one pass gathers them and a
/// sort of those picks the value. Memory is the histograms and the gathered values, whatever the
/// number of values; a short run's few values are gathered in its first pass.</summary>
internal static class OrderStatistics
{
    /// <summary>Gather the values near the wanted ranks once at most this many remain (32 MB).</summary>
    public const int DefaultGatherLimit = 1 << 22;

    private const int BucketBits = 12;

    /// <summary>One order statistic to find: the value at <paramref name="Rank"/> (0-based) of the
    /// <paramref name="Count"/> values the source gives for <paramref name="Group"/>.</summary>
    public readonly record struct Wanted(int Group, long Rank, long Count);

    /// <summary>Gives every value once, as (group, value), through <paramref name="visit"/>:
    /// the same values each time it is called.</summary>
    public delegate void Source(Action<int, double> visit);

    /// <summary>The values at the wanted ranks, in the order asked.</summary>
    /// <param name="groups">Groups are 0 to groups - 1.</param>
    /// <param name="wanted">Each rank must lie within its group's count; NaN is not a value.</param>
    /// <param name="source">Called once per pass (at most six; none if nothing is wanted).</param>
    /// <param name="gatherLimit">The most values gathered in one pass.</param>
    /// <exception cref="InvalidOperationException">The source gave a group other values, or
    /// another number of them, than the counts say.</exception>
    public static double[] Select(int groups, ReadOnlySpan<Wanted> wanted, Source source, int gatherLimit = DefaultGatherLimit)
    {
        var searches = new Search[wanted.Length];
        for (int i = 0; i < wanted.Length; i++)
        {
            Wanted w = wanted[i];
            if ((uint)w.Group >= (uint)groups || w.Rank < 0 || w.Rank >= w.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(wanted), $"Rank {w.Rank} of group {w.Group} ({w.Count} values) is not one of its values.");
            }

            searches[i] = new Search { Group = w.Group, Rank = w.Rank, Candidates = w.Count };
        }

        var results = new double[wanted.Length];
        while (true)
        {
            List<Probe>[] byGroup = PlanPass(groups, searches, gatherLimit, out bool any);
            if (!any)
            {
                return results;
            }

            source((group, value) =>
            {
                if ((uint)group >= (uint)byGroup.Length)
                {
                    throw new ArgumentOutOfRangeException(nameof(group), $"Group {group} is not one of the {groups}.");
                }

                ulong key = Key(value);
                foreach (Probe p in byGroup[group])
                {
                    if (p.Bits == 0 || key >> (64 - p.Bits) == p.Prefix)
                    {
                        if (p.Gathered is { } list)
                        {
                            list.Add(value);
                        }
                        else
                        {
                            p.Counts![(int)((key >> p.Shift) & ((1UL << p.Width) - 1))]++;
                        }
                    }
                }
            });

            for (int i = 0; i < searches.Length; i++)
            {
                ref Search s = ref searches[i];
                if (s.Done)
                {
                    continue;
                }

                Probe p = s.Probe!;
                if (p.Gathered is { } list)
                {
                    if (list.Count != s.Candidates)
                    {
                        throw new InvalidOperationException($"Group {s.Group} gave {list.Count} values near rank {s.Rank} where the counts said {s.Candidates}.");
                    }

                    if (!p.Sorted)
                    {
                        RadixSort.Sort(CollectionsMarshal.AsSpan(list));
                        p.Sorted = true;
                    }

                    results[i] = list[(int)s.Rank];
                    s.Done = true;
                    continue;
                }

                long below = 0;
                int bucket = 0;
                while (bucket < p.Counts!.Length && below + p.Counts[bucket] <= s.Rank)
                {
                    below += p.Counts[bucket++];
                }

                if (bucket == p.Counts.Length)
                {
                    throw new InvalidOperationException($"Group {s.Group} gave fewer values than the {s.Candidates} its count says.");
                }

                s.Rank -= below;
                s.Candidates = p.Counts[bucket];
                s.Prefix = (p.Prefix << p.Width) | (uint)bucket;
                s.Bits += p.Width;
                if (s.Bits == 64)
                {
                    results[i] = FromKey(s.Prefix); // every value left has this bit pattern
                    s.Done = true;
                }
            }
        }
    }

    /// <summary>The probes of the next pass, one per distinct (group, prefix) of the open searches:
    /// the smallest gather while they fit under the limit, the others count.</summary>
    private static List<Probe>[] PlanPass(int groups, Search[] searches, int gatherLimit, out bool any)
    {
        var byGroup = new List<Probe>[groups];
        for (int g = 0; g < groups; g++)
        {
            byGroup[g] = new List<Probe>();
        }

        var probes = new List<Probe>();
        for (int i = 0; i < searches.Length; i++)
        {
            ref Search s = ref searches[i];
            if (s.Done)
            {
                continue;
            }

            Probe? same = null;
            foreach (Probe p in byGroup[s.Group])
            {
                if (p.Bits == s.Bits && p.Prefix == s.Prefix)
                {
                    same = p;
                    break;
                }
            }

            if (same is null)
            {
                same = new Probe { Group = s.Group, Bits = s.Bits, Prefix = s.Prefix, Candidates = s.Candidates };
                byGroup[s.Group].Add(same);
                probes.Add(same);
            }

            s.Probe = same;
        }

        any = probes.Count > 0;
        long gathered = 0;
        foreach (Probe p in probes.OrderBy(p => p.Candidates).ThenBy(p => p.Group))
        {
            if (gathered + p.Candidates <= gatherLimit)
            {
                gathered += p.Candidates;
                p.Gathered = new List<double>((int)p.Candidates);
            }
            else
            {
                p.Width = Math.Min(BucketBits, 64 - p.Bits);
                p.Shift = 64 - p.Bits - p.Width;
                p.Counts = new long[1 << p.Width];
            }
        }

        return byGroup;
    }

    /// <summary>The value's bits as an unsigned number in the order of the values (negative values
    /// below positive ones, -0 just below +0).</summary>
    internal static ulong Key(double value)
    {
        ulong bits = unchecked((ulong)BitConverter.DoubleToInt64Bits(value));
        return (bits & (1UL << 63)) == 0 ? bits | (1UL << 63) : ~bits;
    }

    internal static double FromKey(ulong key)
        => BitConverter.Int64BitsToDouble(unchecked((long)((key & (1UL << 63)) != 0 ? key & ~(1UL << 63) : ~key)));

    /// <summary>The search for one wanted rank: the values whose top <see cref="Bits"/> bits are
    /// <see cref="Prefix"/> hold it, at <see cref="Rank"/> among those <see cref="Candidates"/>.</summary>
    private struct Search
    {
        public int Group;
        public int Bits;
        public ulong Prefix;
        public long Rank;
        public long Candidates;
        public bool Done;
        public Probe? Probe;
    }

    private sealed class Probe
    {
        public int Group;
        public int Bits;
        public ulong Prefix;
        public long Candidates;
        public int Width;
        public int Shift;
        public long[]? Counts;
        public List<double>? Gathered;
        public bool Sorted;
    }
}
