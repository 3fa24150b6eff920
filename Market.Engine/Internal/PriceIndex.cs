using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Market.Engine.Internal;

/// <summary>The ready jobs ordered by price, highest first, and by job id (submission) among equal
/// prices: the rank policy's order, kept incrementally so a matching step never sorts the ready-list.</summary>
/// <remarks>
/// A list of sorted blocks (each a window [Start, Start+Count) of a fixed array). Insert and remove
/// cost O(log n + B); removing the first entry, which is what rank matching does, is O(1). Emptied
/// blocks go to a free list, so the steady state allocates nothing.
/// </remarks>
internal sealed class PriceIndex
{
    internal const int BlockSize = 128;

    private readonly List<Block> blocks = new();

    /// <summary>Blocks before this index have been emptied from the front (rank matching empties
    /// them in order); they are dropped from the list in bulk, not one list shift each.</summary>
    private int head;
    private readonly Stack<Block> free = new();

    public int Count { get; private set; }

    public void Insert(long price, int job)
    {
        var key = new Entry(price, job);
        if (blocks.Count == head)
        {
            blocks.Clear();
            head = 0;
            blocks.Add(Rent());
        }

        int b = FindBlock(key);
        Block block = blocks[b];
        if (block.Count == BlockSize)
        {
            Block upper = Rent();
            int half = BlockSize / 2;
            Array.Copy(block.Items, block.Start + half, upper.Items, 0, BlockSize - half);
            upper.Count = BlockSize - half;
            block.Count = half;
            blocks.Insert(b + 1, upper);
            if (Before(upper.Items[0], key))
            {
                block = upper;
            }
        }

        block.Insert(key);
        Count++;
    }

    /// <summary>Removes <paramref name="job"/> if it is the first entry (what rank matching takes).</summary>
    public bool TryRemoveFirst(int job)
    {
        if (blocks.Count == head || blocks[head].Items[blocks[head].Start].Job != job)
        {
            return false;
        }

        Entry first = blocks[head].Items[blocks[head].Start];
        RemoveAt(head, first);
        return true;
    }

    /// <summary>Removes an entry that is present.</summary>
    /// <exception cref="InvalidOperationException">The entry is not in the index (a broken invariant).</exception>
    public void Remove(long price, int job)
    {
        var key = new Entry(price, job);
        int b = blocks.Count == head ? -1 : FindBlock(key);
        if (b < 0)
        {
            throw new InvalidOperationException("Job " + job + " is not in the price index.");
        }

        RemoveAt(b, key);
    }

    private void RemoveAt(int b, in Entry key)
    {
        if (!blocks[b].Remove(key))
        {
            throw new InvalidOperationException("Job " + key.Job + " is not in the price index.");
        }

        Count--;
        if (blocks[b].Count == 0)
        {
            free.Push(blocks[b]);
            if (b == head)
            {
                blocks[head++] = null!;
                if (head >= 64 && head * 2 >= blocks.Count)
                {
                    blocks.RemoveRange(0, head);
                    head = 0;
                }
            }
            else
            {
                blocks.RemoveAt(b);
            }
        }
    }

    public Enumerator GetEnumerator() => new(blocks, head);

    public PriceIndex Clone()
    {
        var copy = new PriceIndex();
        foreach (Entry e in this)
        {
            copy.Insert(e.Price, e.Job);
        }

        return copy;
    }

    /// <summary>True when <paramref name="a"/> comes before <paramref name="b"/>: higher price, then smaller id.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Before(in Entry a, in Entry b) => a.Price > b.Price || (a.Price == b.Price && a.Job < b.Job);

    /// <summary>The first block whose last entry is not before the key, or the last block.</summary>
    private int FindBlock(in Entry key)
    {
        int lo = head;
        int hi = blocks.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Before(blocks[mid].Last, key))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private Block Rent()
    {
        if (free.Count > 0)
        {
            Block b = free.Pop();
            b.Start = 0;
            b.Count = 0;
            return b;
        }

        return new Block();
    }

    internal readonly record struct Entry(long Price, int Job);

    /// <summary>Enumerates entries in order without allocating.</summary>
    internal struct Enumerator
    {
        private readonly List<Block> blocks;
        private int block;
        private int index;

        public Enumerator(List<Block> blocks, int head)
        {
            this.blocks = blocks;
            block = head;
            index = -1;
        }

        public readonly Entry Current => blocks[block].Items[blocks[block].Start + index];

        public bool MoveNext()
        {
            while (block < blocks.Count)
            {
                if (++index < blocks[block].Count)
                {
                    return true;
                }

                block++;
                index = -1;
            }

            return false;
        }
    }

    internal sealed class Block
    {
        public readonly Entry[] Items = new Entry[BlockSize];
        public int Start;
        public int Count;

        public Entry Last => Items[Start + Count - 1];

        public void Insert(in Entry key)
        {
            int pos = Position(key);
            if (Start > 0 && (pos == Start || Start + Count == BlockSize))
            {
                // Room at the front: shift the entries before the slot one step left.
                Array.Copy(Items, Start, Items, Start - 1, pos - Start);
                Start--;
                Items[pos - 1] = key;
            }
            else
            {
                if (Start + Count == BlockSize)
                {
                    // No room at either end: recentre (Start is 0 here, so this only happens when full).
                    throw new InvalidOperationException("Block overflow.");
                }

                Array.Copy(Items, pos, Items, pos + 1, Start + Count - pos);
                Items[pos] = key;
            }

            Count++;
        }

        public bool Remove(in Entry key)
        {
            int pos = Count > 0 && Items[Start] == key ? Start : Position(key);
            if (pos >= Start + Count || Items[pos] != key)
            {
                return false;
            }

            if (pos == Start)
            {
                Start++;
            }
            else
            {
                Array.Copy(Items, pos + 1, Items, pos, Start + Count - pos - 1);
            }

            Count--;
            if (Count == 0)
            {
                Start = 0;
            }

            return true;
        }

        /// <summary>The first slot whose entry is not before the key.</summary>
        private int Position(in Entry key)
        {
            int lo = Start;
            int hi = Start + Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (Before(Items[mid], key))
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}
