using System;

namespace Market.Engine.Internal;

/// <summary>A set of positive ids as bits over the stretch of ids from the lowest member to the
/// highest: a membership test reads one word of a small array. Meant for ids handed out in rising
/// order that leave the set before long (open leases), so the stretch stays short and slides up.</summary>
/// <remarks>Memory follows the stretch between the lowest and the highest member (one bit per id),
/// not the number of ids ever added.</remarks>
internal sealed class SlidingBitSet
{
    private ulong[] words = new ulong[16];

    /// <summary>The id of bit 0 of <c>words[0]</c>, divided by 64.</summary>
    private long baseWord;

    public bool Contains(long id)
    {
        long k = (id >> 6) - baseWord;
        return unchecked((ulong)k) < (ulong)words.Length && (words[k] & (1UL << (int)(id & 63))) != 0;
    }

    public void Add(long id)
    {
        if (id <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(id), "Ids are positive.");
        }

        long k = (id >> 6) - baseWord;
        if (unchecked((ulong)k) >= (ulong)words.Length)
        {
            Rebase(id >> 6);
            k = (id >> 6) - baseWord;
        }

        words[k] |= 1UL << (int)(id & 63);
    }

    public void Remove(long id)
    {
        long k = (id >> 6) - baseWord;
        if (unchecked((ulong)k) < (ulong)words.Length)
        {
            words[k] &= ~(1UL << (int)(id & 63));
        }
    }

    public SlidingBitSet Clone() => new() { words = (ulong[])words.Clone(), baseWord = baseWord };

    /// <summary>Moves (and if need be grows) the window of words so that it covers every member and
    /// word <paramref name="word"/>, with room above for the ids to come.</summary>
    private void Rebase(long word)
    {
        long low = word, high = word;
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i] != 0)
            {
                low = Math.Min(low, baseWord + i);
                high = Math.Max(high, baseWord + i);
            }
        }

        long span = high - low + 1;
        int size = words.Length;
        while (size < 2 * span)
        {
            size *= 2;
        }

        var moved = new ulong[size];
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i] != 0)
            {
                moved[baseWord + i - low] = words[i];
            }
        }

        words = moved;
        baseWord = low;
    }
}
