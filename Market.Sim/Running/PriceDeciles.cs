namespace Market.Sim.Running;

/// <summary>The jobs' deciles by initial price, equal prices by id (the stable order of the prices),
/// without holding a decile per job: the nine boundary prices and, for each, how many jobs of that
/// price come before it; a <see cref="Placer"/> then gives each job its decile as the jobs are read
/// in id order.</summary>
internal sealed class PriceDeciles
{
    private readonly double[] boundaryPrice = new double[10];
    private readonly long[] before = new long[10];

    private PriceDeciles()
    {
    }

    /// <summary>The boundaries of the jobs' price deciles, from the passes over them that finding
    /// the nine boundary prices takes (one while at most 4 M jobs, a few more beyond) and one more.</summary>
    public static PriceDeciles Of(JobTable jobs)
    {
        int n = jobs.Count;
        var deciles = new PriceDeciles();
        var wanted = new List<OrderStatistics.Wanted>();
        var at = new long[10];
        for (int b = 1; b < 10; b++)
        {
            at[b] = Statistics.DecileRange(n, b).From;
            if (at[b] < n)
            {
                wanted.Add(new(0, at[b], n));
            }
        }

        double[] prices = OrderStatistics.Select(1, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(wanted), visit =>
        {
            foreach (SimJob j in jobs)
            {
                visit(0, j.InitialPrice);
            }
        });

        int k = 0;
        for (int b = 1; b < 10; b++)
        {
            // An empty decile (no jobs at all): nobody is past its boundary.
            deciles.boundaryPrice[b] = at[b] < n ? prices[k++] : double.PositiveInfinity;
        }

        // The jobs of a lower price than a boundary come before it in the order; of the jobs of its
        // own price, as many as fill the ranks up to it.
        var lower = new long[10];
        foreach (SimJob j in jobs)
        {
            for (int b = 1; b < 10; b++)
            {
                lower[b] += j.InitialPrice < deciles.boundaryPrice[b] ? 1 : 0;
            }
        }

        for (int b = 1; b < 10; b++)
        {
            deciles.before[b] = at[b] < n ? at[b] - lower[b] : 0;
        }

        return deciles;
    }

    /// <summary>Places jobs read in id order from the first.</summary>
    public Placer Start() => new(this);

    /// <summary>Gives each job its decile, the jobs given in id order from the first.</summary>
    public sealed class Placer(PriceDeciles deciles)
    {
        private readonly Dictionary<double, long> seen = new(); // jobs of a boundary price met so far

        /// <summary>The decile (0 to 9) of the next job, of this initial price.</summary>
        public int Next(double price)
        {
            double[] boundaryPrice = deciles.boundaryPrice;
            long rank = 0;
            if (Array.IndexOf(boundaryPrice, price, 1) > 0)
            {
                rank = seen.TryGetValue(price, out long r) ? r : 0;
                seen[price] = rank + 1;
            }

            // The decile is the last boundary the job is at or past: one of a lower price, or of its
            // own price once the jobs of that price that come before the boundary are placed.
            int d = 0;
            for (int b = 1; b < 10; b++)
            {
                if (price > boundaryPrice[b] || (price == boundaryPrice[b] && rank >= deciles.before[b]))
                {
                    d = b;
                }
            }

            return d;
        }
    }
}
