using Market.Sim.Running;

namespace Market.Sim.Tests.Running;

public sealed class StatisticsTests
{
    [Fact]
    public void OrderBy_ManyTies_TheStableOrderLinqGives()
    {
        var rng = new DeterministicRandom(4);
        double[] keys = Enumerable.Range(0, 5000).Select(_ => (double)(rng.NextUInt64() % 50)).ToArray();
        int[] expected = Enumerable.Range(0, keys.Length).OrderBy(i => keys[i]).ThenBy(i => i).ToArray();
        Assert.Equal(expected, Statistics.OrderBy(keys.Length, i => keys[i]));
    }

    [Fact]
    public void Spearman_WithTies_AverageRanks()
    {
        // x ranks 0, 1.5, 1.5, 3; y is x reversed: a perfect negative correlation.
        Assert.Equal(-1, Statistics.Spearman([1, 2, 2, 3], [4, 3, 3, 1]), 12);
        Assert.Equal(0, Statistics.Spearman([1, 1, 1], [1, 2, 3]));
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(7, 3)]
    [InlineData(500, 20)]
    [InlineData(3000, 1000000)]
    public void Spearman_RandomDataWithTies_BitForBitTheFormerLinqComputation(int n, int distinct)
    {
        // The former implementation (LINQ ranks and Average), kept as the oracle: summaries must not change.
        var rng = new DeterministicRandom((ulong)n);
        double[] x = Enumerable.Range(0, n).Select(_ => (double)(rng.NextUInt64() % (ulong)distinct) * 0.37).ToArray();
        double[] y = x.Select(v => v + (rng.NextDouble() * 2)).ToArray();
        Assert.Equal(BitConverter.DoubleToInt64Bits(SpearmanOracle.Of(x, y)), BitConverter.DoubleToInt64Bits(Statistics.Spearman(x, y)));
    }

    [Fact]
    public void DecileRange_TenDeciles_CoverEveryItemOnce()
    {
        foreach (int count in new[] { 0, 1, 9, 10, 11, 1234 })
        {
            var ranges = Enumerable.Range(0, 10).Select(d => Statistics.DecileRange(count, d)).ToList();
            Assert.Equal(0, ranges[0].From);
            Assert.Equal(count, ranges[^1].To);
            Assert.All(ranges.Zip(ranges.Skip(1)), p => Assert.Equal(p.First.To, p.Second.From));
        }
    }
}
