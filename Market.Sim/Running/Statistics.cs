using System.Buffers;

namespace Market.Sim.Running;

/// <summary>The statistics the summary needs.</summary>
internal static class Statistics
{
    /// <summary>Spearman's rank correlation (average ranks for ties); 0 when undefined.</summary>
    public static double Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = x.Length;
        if (n < 2)
        {
            return 0;
        }

        // A matching window's few leases get scratch on the stack (this runs for every window);
        // large inputs from the shared pool.
        const int OnStack = 256;
        if (n <= OnStack)
        {
            Span<double> rx = stackalloc double[n];
            Span<double> ry = stackalloc double[n];
            Span<double> keys = stackalloc double[n];
            Span<int> order = stackalloc int[n];
            return RankCorrelation(x, y, rx, ry, keys, order);
        }

        double[] rxa = ArrayPool<double>.Shared.Rent(n);
        double[] rya = ArrayPool<double>.Shared.Rent(n);
        double[] keysa = ArrayPool<double>.Shared.Rent(n);
        int[] ordera = ArrayPool<int>.Shared.Rent(n);
        try
        {
            return RankCorrelation(x, y, rxa.AsSpan(0, n), rya.AsSpan(0, n), keysa.AsSpan(0, n), ordera.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rxa);
            ArrayPool<double>.Shared.Return(rya);
            ArrayPool<double>.Shared.Return(keysa);
            ArrayPool<int>.Shared.Return(ordera);
        }
    }

    /// <summary>Pearson's correlation of the ranks of x and y, in the given scratch (each of n).</summary>
    private static double RankCorrelation(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> rx, Span<double> ry, Span<double> keys, Span<int> order)
    {
        int n = x.Length;
        Ranks(x, rx, keys, order);
        Ranks(y, ry, keys, order);
        double mx = Mean(rx);
        double my = Mean(ry);
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++)
        {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }

        return sxx == 0 || syy == 0 ? 0 : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Jain's fairness index: (Σx)² / (n Σx²), 1 when all equal; 1 for no data.</summary>
    public static double Jain(double[] x)
    {
        double sum = x.Sum();
        double squares = x.Sum(v => v * v);
        return x.Length == 0 || squares == 0 ? 1 : sum * sum / (x.Length * squares);
    }

    /// <summary>The items in decile <paramref name="d"/> (0..9) of an <paramref name="order"/> made by
    /// <see cref="OrderBy"/> (by a key, ties kept in input order).</summary>
    public static IEnumerable<T> Decile<T>(IReadOnlyList<T> items, int[] order, int d)
    {
        (int from, int to) = DecileRange(items.Count, d);
        return order[from..to].Select(i => items[i]);
    }

    /// <summary>The positions in the ordering of <paramref name="count"/> items that decile <paramref name="d"/> (0..9) spans.</summary>
    public static (int From, int To) DecileRange(int count, int d) => ((int)((long)d * count / 10), (int)((long)(d + 1) * count / 10));

    /// <summary>The indexes 0..count-1 ordered by <paramref name="key"/>, ties by index (a stable order).</summary>
    public static int[] OrderBy(int count, Func<int, double> key)
    {
        int[] order = new int[count];
        double[] keys = new double[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = i;
            keys[i] = key(i);
        }

        // Sorted by key (an unstable sort), then each run of equal keys by index: the stable order.
        Array.Sort(keys, order);
        for (int i = 0; i < count;)
        {
            int j = i + 1;
            while (j < count && keys[j] == keys[i])
            {
                j++;
            }

            if (j - i > 1)
            {
                Array.Sort(order, i, j - i);
            }

            i = j;
        }

        return order;
    }

    /// <summary>The mean, summed in order (as LINQ's Average sums doubles).</summary>
    private static double Mean(ReadOnlySpan<double> v)
    {
        double sum = 0;
        foreach (double d in v)
        {
            sum += d;
        }

        return sum / v.Length;
    }

    /// <summary>Each value's rank from 0, tied values sharing their average rank.</summary>
    private static void Ranks(ReadOnlySpan<double> v, Span<double> ranks, Span<double> keys, Span<int> order)
    {
        // Tied values share their average rank, so how the sort orders ties changes nothing.
        v.CopyTo(keys);
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        RadixSort.Sort(keys, order);
        for (int i = 0; i < order.Length;)
        {
            int j = i;
            while (j + 1 < order.Length && keys[j + 1] == keys[i])
            {
                j++;
            }

            double rank = (i + j) / 2.0;
            for (int k = i; k <= j; k++)
            {
                ranks[order[k]] = rank;
            }

            i = j + 1;
        }
    }
}
