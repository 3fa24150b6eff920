using System.Buffers;
using System.Runtime.InteropServices;
using Market.Engine.Internal;

namespace Market.Sim.Running;

/// <summary>Sorts of doubles for the end of a run, whose order statistics and rank correlations sort
/// from a hundred thousand to millions of values: a radix sort of the values' order-preserving bits
/// (<see cref="OrderStatistics.Key"/>) by the engine's passes (<see cref="RadixPasses"/>: 11 bits a
/// pass, skipping the digits every value shares, as a run's waits share their sign and most of
/// their exponent), a few linear passes where a comparison sort makes about log2(n). Short inputs
/// get the comparison sort.</summary>
/// <remarks>Equal values end up together, as in any sort; -0 comes just before +0 (a comparison
/// sort may put them either way round, as they are equal). Input holding a NaN, which no run's
/// summary makes, gets the comparison sort, which puts NaNs first.</remarks>
internal static class RadixSort
{
    /// <summary>Below this length the comparison sort is as fast, and needs no scratch.</summary>
    internal const int MinLength = 2048;

    /// <summary>Sorts <paramref name="values"/> in place, ascending.</summary>
    public static void Sort(Span<double> values)
    {
        if (values.Length < MinLength)
        {
            values.Sort();
            return;
        }

        Sort(values, Span<int>.Empty);
    }

    /// <summary>Sorts <paramref name="keys"/> ascending and moves <paramref name="items"/> (as long,
    /// or empty) with them; the items of equal keys may end up in any order.</summary>
    public static void Sort(Span<double> keys, Span<int> items)
    {
        int n = keys.Length;
        bool withItems = !items.IsEmpty;
        if (withItems && items.Length != n)
        {
            throw new ArgumentException($"There are {items.Length} items for {n} keys.", nameof(items));
        }

        if (n < MinLength || HasNaN(keys))
        {
            if (withItems)
            {
                keys.Sort(items);
            }
            else
            {
                keys.Sort();
            }

            return;
        }

        // The keys' own memory holds their bits, so the sort needs one more buffer, not two.
        Span<ulong> bits = MemoryMarshal.Cast<double, ulong>(keys);
        ulong[] bitsTo = ArrayPool<ulong>.Shared.Rent(n);
        int[] itemsTo = withItems ? ArrayPool<int>.Shared.Rent(n) : [];
        int[] counts = ArrayPool<int>.Shared.Rent(RadixPasses.CountsLength);
        try
        {
            for (int i = 0; i < n; i++)
            {
                bits[i] = OrderStatistics.Key(keys[i]);
            }

            bool inScratch = RadixPasses.Sort(bits, bitsTo.AsSpan(0, n), items, withItems ? itemsTo.AsSpan(0, n) : Span<int>.Empty, counts);
            Span<ulong> sorted = inScratch ? bitsTo.AsSpan(0, n) : bits;
            for (int i = 0; i < n; i++)
            {
                keys[i] = OrderStatistics.FromKey(sorted[i]);
            }

            if (withItems && inScratch)
            {
                itemsTo.AsSpan(0, n).CopyTo(items);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(bitsTo);
            ArrayPool<int>.Shared.Return(counts);
            if (withItems)
            {
                ArrayPool<int>.Shared.Return(itemsTo);
            }
        }
    }

    private static bool HasNaN(ReadOnlySpan<double> values)
    {
        foreach (double v in values)
        {
            if (double.IsNaN(v))
            {
                return true;
            }
        }

        return false;
    }
}
