namespace Market.Sim.Running;

/// <summary>The statistics the summary needs.</summary>
internal static class Statistics
{
    /// <summary>Spearman's rank correlation (average ranks for ties); 0 when undefined.</summary>
    public static double Spearman(double[] x, double[] y)
    {
        if (x.Length < 2)
        {
            return 0;
        }

        double[] rx = Ranks(x);
        double[] ry = Ranks(y);
        double mx = rx.Average();
        double my = ry.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Length; i++)
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

    /// <summary>The items in decile <paramref name="d"/> (0..9) of <paramref name="key"/>, ties kept in input order.</summary>
    public static IEnumerable<T> Decile<T>(IReadOnlyList<T> items, Func<T, double> key, int d)
    {
        var ordered = items.Select((item, i) => (item, i)).OrderBy(p => key(p.item)).ThenBy(p => p.i).ToList();
        int from = d * ordered.Count / 10;
        int to = (d + 1) * ordered.Count / 10;
        return ordered.Skip(from).Take(to - from).Select(p => p.item);
    }

    private static double[] Ranks(double[] v)
    {
        int[] order = Enumerable.Range(0, v.Length).OrderBy(i => v[i]).ThenBy(i => i).ToArray();
        var ranks = new double[v.Length];
        for (int i = 0; i < order.Length;)
        {
            int j = i;
            while (j + 1 < order.Length && v[order[j + 1]] == v[order[i]])
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

        return ranks;
    }
}
