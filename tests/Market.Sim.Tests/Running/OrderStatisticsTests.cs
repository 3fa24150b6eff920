using FsCheck.Xunit;
using Market.Sim.Running;

namespace Market.Sim.Tests.Running;

public sealed class OrderStatisticsTests
{
    [Property(MaxTest = 200)]
    public bool Select_AnyValuesAnyLimit_WhatASortPutsAtEachRank(int[] seeds, byte limitChoice, byte spread)
    {
        // Three groups of values from few distinct ones (ties on the ranks) to spread over many
        // magnitudes and both signs; the limit from "gather nothing" (histograms to the last bit)
        // to "gather everything at once".
        double[][] groups = new double[3][];
        var rng = new DeterministicRandom((ulong)seeds.Length * 7919 + spread);
        for (int g = 0; g < 3; g++)
        {
            int distinct = 1 + (spread % 4 == 0 ? 3 : spread);
            groups[g] = seeds.Select(s => Value(unchecked(s * (g + 1)) % distinct, rng.NextDouble(), spread)).ToArray();
        }

        int limit = (limitChoice % 4) switch { 0 => 0, 1 => 1, 2 => 5, _ => 1 << 20 };
        var wanted = new List<OrderStatistics.Wanted>();
        for (int g = 0; g < 3; g++)
        {
            int n = groups[g].Length;
            if (n == 0)
            {
                continue;
            }

            foreach (long rank in new long[] { 0, n / 2, n * 9 / 10, n - 1 }.Distinct())
            {
                wanted.Add(new(g, rank, n));
            }
        }

        int passes = 0;
        double[] found = OrderStatistics.Select(3, wanted.ToArray(), visit =>
        {
            passes++;
            for (int i = 0; i < seeds.Length; i++)
            {
                for (int g = 0; g < 3; g++)
                {
                    visit(g, groups[g][i]);
                }
            }
        }, limit);

        double[][] sorted = groups.Select(v => v.OrderBy(x => x).ToArray()).ToArray();
        double[] expected = wanted.Select(w => sorted[w.Group][w.Rank]).ToArray();
        return found.SequenceEqual(expected) && passes <= 6 && (wanted.Count > 0 || passes == 0);
    }

    private static double Value(int pick, double u, byte spread) => (spread % 3) switch
    {
        0 => pick * 0.5, // few distinct values
        1 => (u - 0.3) * Math.Pow(10, pick % 30 - 15), // many magnitudes, both signs
        _ => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(3600.0) + pick), // a few units in the last place apart
    };

    [Fact]
    public void Select_ManyValuesSmallLimit_FindsThemInAFewPassesWithoutGatheringThemAll()
    {
        const int N = 200_000;
        var rng = new DeterministicRandom(11);
        double[] values = Enumerable.Range(0, N).Select(_ => Math.Exp(rng.NextDouble() * 12)).ToArray();
        long[] ranks = [0, N / 2, (N / 2) + 1, N * 99 / 100, N - 1];
        int passes = 0;
        double[] found = OrderStatistics.Select(1, ranks.Select(r => new OrderStatistics.Wanted(0, r, N)).ToArray(), visit =>
        {
            passes++;
            foreach (double v in values)
            {
                visit(0, v);
            }
        }, gatherLimit: 1000);

        double[] sorted = values.Order().ToArray();
        Assert.Equal(ranks.Select(r => sorted[r]), found);
        Assert.InRange(passes, 2, 4);
    }

    [Fact]
    public void Select_SourceGivesFewerValuesThanCounted_Throws()
    {
        var e = Assert.Throws<InvalidOperationException>(() => OrderStatistics.Select(1, [new OrderStatistics.Wanted(0, 2, 5)], visit =>
        {
            visit(0, 1);
            visit(0, 2);
        }));
        Assert.Contains("Group 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_RankOutsideItsGroup_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => OrderStatistics.Select(2, [new OrderStatistics.Wanted(1, 5, 5)], _ => { }));
        Assert.Contains("Rank 5 of group 1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NegativeInfinity, -1.5)]
    [InlineData(-1.5, -0.0)]
    [InlineData(-0.0, 0.0)]
    [InlineData(0.0, double.Epsilon)]
    [InlineData(1.0, 1.0000000000000002)]
    [InlineData(1e300, double.PositiveInfinity)]
    public void Key_OrdersLikeTheValues_AndComesBack(double lower, double higher)
    {
        Assert.True(OrderStatistics.Key(lower) < OrderStatistics.Key(higher));
        Assert.Equal(BitConverter.DoubleToInt64Bits(lower), BitConverter.DoubleToInt64Bits(OrderStatistics.FromKey(OrderStatistics.Key(lower))));
        Assert.Equal(BitConverter.DoubleToInt64Bits(higher), BitConverter.DoubleToInt64Bits(OrderStatistics.FromKey(OrderStatistics.Key(higher))));
    }
}
