using System;
using System.Runtime.CompilerServices;

namespace Market.Engine.Internal;

/// <summary>The passes of a stable least-significant-digit radix sort of 64-bit keys, 11 bits a pass,
/// skipping the digits every key shares: the engine's pool order (<see cref="SpeedOrder"/>) and the
/// simulator's end-of-run sorts. Market.Sim compiles this file in as well (an internal type of each
/// assembly), as it does <see cref="Prefetch"/>.</summary>
internal static class RadixPasses
{
    private const int DigitBits = 11;
    private const int Passes = 6; // 6 × 11 bits cover the 64-bit key
    private const int Radix = 1 << DigitBits;

    /// <summary>The length of the counts a sort needs.</summary>
    public const int CountsLength = Passes * Radix;

    /// <summary>Sorts the keys ascending, moving the items with them and keeping equal keys in their
    /// order, back and forth between the two pairs of buffers; true if the sorted order ended up in
    /// the second pair.</summary>
    /// <param name="keys">The keys to sort.</param>
    /// <param name="keysTo">Scratch as long as the keys.</param>
    /// <param name="items">One per key, or empty.</param>
    /// <param name="itemsTo">Scratch as long as the items.</param>
    /// <param name="counts">Scratch of <see cref="CountsLength"/>, any content.</param>
    // Loops over every key several times, once per call: compile it fully optimised at once rather
    // than through tiering and on-stack replacement.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Sort(Span<ulong> keys, Span<ulong> keysTo, Span<int> items, Span<int> itemsTo, Span<int> counts)
    {
        int n = keys.Length;
        bool withItems = !items.IsEmpty;
        counts = counts[..CountsLength];
        counts.Clear();
        foreach (ulong k in keys)
        {
            for (int p = 0; p < Passes; p++)
            {
                counts[(p * Radix) + (int)((k >> (p * DigitBits)) & (Radix - 1))]++;
            }
        }

        bool swapped = false;
        for (int p = 0; p < Passes; p++)
        {
            Span<int> next = counts.Slice(p * Radix, Radix);
            int shift = p * DigitBits;
            if (n == 0 || next[(int)((keys[0] >> shift) & (Radix - 1))] == n)
            {
                continue; // every key has this digit: the pass would move nothing
            }

            // The counts become each digit's next place. A stable pass, so the lower digits' order
            // holds within each.
            int sum = 0;
            for (int d = 0; d < Radix; d++)
            {
                int count = next[d];
                next[d] = sum;
                sum += count;
            }

            for (int i = 0; i < n; i++)
            {
                ulong k = keys[i];
                int at = next[(int)((k >> shift) & (Radix - 1))]++;
                keysTo[at] = k;
                if (withItems)
                {
                    itemsTo[at] = items[i];
                }
            }

            Span<ulong> keysWere = keys;
            keys = keysTo;
            keysTo = keysWere;
            Span<int> itemsWere = items;
            items = itemsTo;
            itemsTo = itemsWere;
            swapped = !swapped;
        }

        return swapped;
    }
}
