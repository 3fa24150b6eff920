using FsCheck;
using FsCheck.Xunit;

namespace Market.Engine.Tests.Matching;

public sealed class SpeedOrderTests
{
    [Property(MaxTest = 200)]
    public bool Sort_AnyPool_EqualsStableSortBySpeedDescending(byte[] speedCodes, bool large)
    {
        // Few distinct speeds make ties likely; "large" pushes the pool past the insertion-sort cut-off.
        int n = large ? speedCodes.Length * 13 : speedCodes.Length;
        var pool = new PoolEntry[n];
        for (int i = 0; i < n; i++)
        {
            double speed = speedCodes.Length == 0 ? 1 : 0.5 + (speedCodes[i % speedCodes.Length] * (i % 3 == 0 ? 1.0 : 1.37));
            pool[i] = new PoolEntry(new ClientId(i + 1), speed, i, TimeSpan.FromMinutes(1));
        }

        var order = new int[n];
        new SpeedOrder().Sort(pool, order);
        int[] expected = Enumerable.Range(0, n).OrderByDescending(i => pool[i].Speed).ThenBy(i => i).ToArray();
        return order.SequenceEqual(expected);
    }

    [Property(MaxTest = 200)]
    public bool SortTop_AnyPoolAndCount_FirstCountEqualStableSort(byte[] speedCodes, byte count, bool large)
    {
        int n = (large ? 400 : 1) * Math.Max(1, speedCodes.Length);
        var pool = new PoolEntry[n];
        for (int i = 0; i < n; i++)
        {
            double speed = speedCodes.Length == 0 ? 1 : 1 + speedCodes[i % speedCodes.Length];
            pool[i] = new PoolEntry(new ClientId(i + 1), speed, i, TimeSpan.FromMinutes(1));
        }

        int k = Math.Min(n, 1 + count);
        var order = new int[n];
        new SpeedOrder().SortTop(pool, order, k);
        int[] expected = Enumerable.Range(0, n).OrderByDescending(i => pool[i].Speed).ThenBy(i => i).Take(k).ToArray();
        return order.Take(k).SequenceEqual(expected);
    }

    [Fact]
    public void Sort_HundredThousandDistinctSpeeds_Correct()
    {
        var rng = new DeterministicRandom(3);
        var pool = new PoolEntry[100_000];
        for (int i = 0; i < pool.Length; i++)
        {
            pool[i] = new PoolEntry(new ClientId(i + 1), Math.Exp(rng.NextDouble() * 10), i, TimeSpan.FromMinutes(1));
        }

        var order = new int[pool.Length];
        new SpeedOrder().Sort(pool, order);
        for (int i = 1; i < order.Length; i++)
        {
            Assert.True(pool[order[i - 1]].Speed >= pool[order[i]].Speed);
        }
    }
}
