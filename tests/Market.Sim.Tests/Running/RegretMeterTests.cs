using Market.Sim.Running;

namespace Market.Sim.Tests.Running;

public sealed class RegretMeterTests
{
    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 1)]
    [InlineData(5, 300)]
    [InlineData(74, 2000)]
    [InlineData(300, 300)]
    public void Fastest_AnyPool_TheFrontOfTheSpeedsSortedDescending(int top, int poolSize)
    {
        var rng = new DeterministicRandom((ulong)(top + poolSize));
        PoolEntry[] pool = Enumerable.Range(0, poolSize)
            .Select(i => new PoolEntry(new ClientId(i + 1), Math.Round(rng.NextDouble() * 50) + (i * 0.01 % 3), i, TimeSpan.FromMinutes(10)))
            .ToArray();
        double[] expected = pool.Select(p => p.Speed).OrderDescending().Take(top).ToArray();
        double[] actual = new double[top];
        RegretMeter.Fastest(pool, actual);
        Assert.Equal(expected, actual);
    }
}
