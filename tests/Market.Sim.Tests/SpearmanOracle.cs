namespace Market.Sim.Tests;

/// <summary>Spearman's ρ as the simulator first computed it (LINQ ranks, tied values given their
/// mean rank, then Pearson's correlation of the ranks): the oracle the tests hold
/// <c>Statistics.Spearman</c> and the run's summary to.</summary>
internal static class SpearmanOracle
{
    public static double Of(double[] x, double[] y)
    {
        double[] rx = Ranks(x), ry = Ranks(y);
        double mx = rx.Average(), my = ry.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }

        return sxx == 0 || syy == 0 ? 0 : sxy / Math.Sqrt(sxx * syy);
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

            for (int k = i; k <= j; k++)
            {
                ranks[order[k]] = (i + j) / 2.0;
            }

            i = j + 1;
        }

        return ranks;
    }
}
