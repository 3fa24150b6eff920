namespace Market.Sim.Plots;

/// <summary>The Lorenz curve of a distribution (here: client earnings) and its Gini coefficient.</summary>
internal static class Lorenz
{
    /// <summary>Points (share of clients, share of the total) from (0, 0) to (1, 1), poorest
    /// first; for an empty or all-zero distribution, the equality line.</summary>
    public static (double[] X, double[] Y) Curve(IReadOnlyList<double> values)
    {
        double[] sorted = values.Select(v => Math.Max(0, v)).Order().ToArray();
        double total = sorted.Sum();
        var x = new double[sorted.Length + 1];
        var y = new double[sorted.Length + 1];
        double running = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            running += sorted[i];
            x[i + 1] = (i + 1) / (double)sorted.Length;
            y[i + 1] = total > 0 ? running / total : x[i + 1];
        }

        if (sorted.Length == 0)
        {
            return ([0, 1], [0, 1]);
        }

        y[^1] = 1;
        return (x, y);
    }

    /// <summary>The Gini coefficient: 1 - 2 × (area under the Lorenz curve); 0 is equality.</summary>
    public static double Gini(IReadOnlyList<double> values)
    {
        (double[] x, double[] y) = Curve(values);
        double area = 0;
        for (int i = 1; i < x.Length; i++)
        {
            area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2;
        }

        return Math.Clamp(1 - (2 * area), 0, 1);
    }
}
