using FsCheck.Xunit;
using Market.Sim.Running;

namespace Market.Sim.Tests.Running;

public sealed class RunMetricsTests
{
    [Property(MaxTest = 300)]
    public bool PriceDeciles_PricesWithManyTies_SameAsTheStableOrderByPrice(byte[] prices)
    {
        // Few distinct prices, so that ties sit on the decile boundaries.
        var jobs = new JobTable();
        foreach (byte p in prices)
        {
            jobs.Add(new SimJob { InitialPrice = (p % 4) * 0.5, CompletedTicks = long.MinValue, FirstLeaseTicks = long.MinValue });
        }

        PriceDeciles.Placer place = PriceDeciles.Of(jobs).Start();
        byte[] deciles = prices.Select(p => (byte)place.Next((p % 4) * 0.5)).ToArray();
        int[] order = Statistics.OrderBy(prices.Length, k => (prices[k] % 4) * 0.5);
        var expected = new byte[prices.Length];
        for (int d = 0; d < 10; d++)
        {
            (int from, int to) = Statistics.DecileRange(prices.Length, d);
            for (int r = from; r < to; r++)
            {
                expected[order[r]] = (byte)d;
            }
        }

        return deciles.AsSpan().SequenceEqual(expected);
    }
}
