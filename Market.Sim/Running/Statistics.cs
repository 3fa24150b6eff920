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

        // Scratch from the shared pool: a sweep computes this for every window of every run.
        double[] rx = ArrayPool<double>.Shared.Rent(n);
        double[] ry = ArrayPool<double>.Shared.Rent(n);
        double[] keys = ArrayPool<double>.Shared.Rent(n);
        int[] order = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Ranks(x, rx.AsSpan(0, n), keys.AsSpan(0, n), order.AsSpan(0, n));
            Ranks(y, ry.AsSpan(0, n), keys.AsSpan(0, n), order.AsSpan(0, n));
            double mx = Mean(rx.AsSpan(0, n));
            double my = Mean(ry.AsSpan(0, n));
            double sxy = 0, sxx = 0, syy = 0;
            for (int i = 0; i < n; i++)
            {
                sxy += (rx[i] - mx) * (ry[i] - my);
                sxx += (rx[i] - mx) * (rx[i] - mx);
                syy += (ry[i] - my) * (ry[i] - my);
            }

            return sxx == 0 || syy == 0 ? 0 : sxy / Math.Sqrt(sxx * syy);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rx);
            ArrayPool<double>.Shared.Return(ry);
            ArrayPool<double>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(order);
        }
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

        keys.Sort(order);
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
