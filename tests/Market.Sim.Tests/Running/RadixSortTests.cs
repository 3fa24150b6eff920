using FsCheck.Xunit;
using Market.Engine;
using Market.Sim.Running;

namespace Market.Sim.Tests.Running;

public sealed class RadixSortTests
{
    private static readonly int[] Lengths = [0, 1, 2, RadixSort.MinLength - 1, RadixSort.MinLength, RadixSort.MinLength + 1, 5_000, 40_000];

    [Property(MaxTest = 120)]
    public bool Sort_AnyValues_TheOrderOfAComparisonSort(ulong seed, byte lengthChoice, byte spread)
    {
        double[] values = Values(seed, Lengths[lengthChoice % Lengths.Length], spread);
        double[] expected = (double[])values.Clone();
        Array.Sort(expected);

        RadixSort.Sort(values);

        // Equal as doubles: -0 and +0 are equal, and a comparison sort may order them either way.
        return values.SequenceEqual(expected);
    }

    [Property(MaxTest = 120)]
    public bool Sort_WithItems_EachItemStaysWithItsKey(ulong seed, byte lengthChoice, byte spread)
    {
        double[] original = Values(seed, Lengths[lengthChoice % Lengths.Length], spread);
        double[] keys = (double[])original.Clone();
        int[] items = Enumerable.Range(0, keys.Length).ToArray();
        double[] expected = (double[])original.Clone();
        Array.Sort(expected);

        RadixSort.Sort(keys, items);

        bool together = items.Select((item, i) => BitConverter.DoubleToInt64Bits(original[item]) == BitConverter.DoubleToInt64Bits(keys[i])).All(b => b);
        bool permutation = items.Order().SequenceEqual(Enumerable.Range(0, keys.Length));
        return keys.SequenceEqual(expected) && together && permutation;
    }

    [Fact]
    public void Sort_NegativeZeroAndZero_NegativeFirst()
    {
        double[] values = Enumerable.Range(0, RadixSort.MinLength).Select(i => i % 2 == 0 ? 0.0 : -0.0).ToArray();

        RadixSort.Sort(values);

        Assert.True(double.IsNegative(values[0]));
        Assert.False(double.IsNegative(values[^1]));
        Assert.Equal(RadixSort.MinLength / 2, values.Count(double.IsNegative));
    }

    [Fact]
    public void Sort_WithNaNs_AsArraySortOrdersThem()
    {
        double[] values = Values(7, 5_000, 1);
        values[10] = double.NaN;
        values[4_000] = -double.NaN;
        double[] keys = (double[])values.Clone();
        int[] items = Enumerable.Range(0, keys.Length).ToArray();
        double[] expected = (double[])values.Clone();
        Array.Sort(expected);

        RadixSort.Sort(values);
        RadixSort.Sort(keys, items);

        Assert.Equal(expected, values);
        Assert.Equal(expected, keys);
        Assert.True(double.IsNaN(values[0]) && double.IsNaN(values[1]));
    }

    [Fact]
    public void Sort_ItemsOfAnotherLength_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => RadixSort.Sort(new double[3], new int[2]));
        Assert.Contains("2 items for 3 keys", e.Message);
    }

    /// <summary>Values from few distinct ones (long runs of ties) to many magnitudes of both signs,
    /// with the extremes a run can hold (infinities, zeros of both signs, subnormals).</summary>
    private static double[] Values(ulong seed, int n, byte spread)
    {
        var rng = new DeterministicRandom(seed);
        return Enumerable.Range(0, n).Select(_ => (spread % 4) switch
        {
            0 => (int)(rng.NextDouble() * 5) * 0.5,
            1 => (rng.NextDouble() - 0.3) * Math.Pow(10, (int)(rng.NextDouble() * 40) - 20),
            2 => (int)(rng.NextDouble() * 8) switch
            {
                0 => double.PositiveInfinity,
                1 => double.NegativeInfinity,
                2 => -0.0,
                3 => 0.0,
                4 => double.Epsilon * (1 + (int)(rng.NextDouble() * 3)),
                5 => double.MaxValue,
                _ => rng.NextDouble() * 3600,
            },
            _ => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(3600.0) + (long)(rng.NextDouble() * 1000)),
        }).ToArray();
    }
}
