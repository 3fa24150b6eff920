using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Market.Engine.Internal;

/// <summary>An order a <see cref="SortedBlocks{T}"/> keeps: a strict total order on distinct keys.</summary>
internal interface ISortKey<T>
    where T : struct
{
    /// <summary>True when <paramref name="a"/> comes before <paramref name="b"/>.</summary>
    static abstract bool Before(in T a, in T b);
}

/// <summary>Distinct keys kept in order, incrementally, so that reading the first k costs O(k): the
/// ready-list by price (<see cref="PriceKey"/>) and the pool by speed (<see cref="SpeedKey"/>).</summary>
/// <remarks>
/// A list of sorted blocks (each a window [Start, Start+Count) of a fixed array). Insert and remove
/// cost O(log n + B); removing the first entry, which is what rank matching does, is O(1). Emptied
/// blocks go to a free list, so the steady state allocates nothing.
/// </remarks>
internal sealed class SortedBlocks<T>
    where T : struct, IEquatable<T>, ISortKey<T>
{
    internal const int BlockSize = 128;

    private readonly List<Block> blocks = new();

    /// <summary>Blocks before this index have been emptied from the front (rank matching empties
    /// them in order); they are dropped from the list in bulk, not one list shift each.</summary>
    private int head;
    private readonly Stack<Block> free = new();

    /// <summary>Emptied blocks kept for reuse (the steady state allocates none): at least this many,
    /// and up to half the blocks in use, so a list that empties its front and refills elsewhere (rank
    /// matching takes the best jobs, check-ins put them back at their prices) reuses its blocks.</summary>
    private const int MinFree = 16;

    public int Count { get; private set; }

    public void Insert(in T key)
    {
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

    /// <summary>Removes <paramref name="key"/> if it is the first entry (what rank matching takes).</summary>
    public bool TryRemoveFirst(in T key)
    {
        if (blocks.Count == head || !blocks[head].Items[blocks[head].Start].Equals(key))
        {
            return false;
        }

        RemoveAt(head, key);
        return true;
    }

    /// <summary>Removes an entry that is present.</summary>
    /// <exception cref="InvalidOperationException">The entry is not in the index (a broken invariant).</exception>
    public void Remove(in T key)
    {
        int b = blocks.Count == head ? -1 : FindBlock(key);
        if (b < 0)
        {
            throw new InvalidOperationException("The key " + key + " is not in the index.");
        }

        RemoveAt(b, key);
    }

    private void RemoveAt(int b, in T key)
    {
        if (!blocks[b].Remove(key))
        {
            throw new InvalidOperationException("The key " + key + " is not in the index.");
        }

        Count--;
        if (blocks[b].Count == 0)
        {
            if (free.Count < Math.Max(MinFree, (blocks.Count - head) / 2))
            {
                free.Push(blocks[b]); // kept for reuse, but not all: a burst must not stay in memory
            }

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

    public SortedBlocks<T> Clone()
    {
        var copy = new SortedBlocks<T>();
        foreach (T e in this)
        {
            copy.Insert(e);
        }

        return copy;
    }

    /// <summary>The first entry; the list must not be empty.</summary>
    public ref readonly T First => ref blocks[head].Items[blocks[head].Start];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Before(in T a, in T b) => T.Before(a, b);

    /// <summary>The first block whose last entry is not before the key, or the last block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FindBlock(in T key)
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

        public readonly T Current => blocks[block].Items[blocks[block].Start + index];

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
        public readonly T[] Items = new T[BlockSize];
        public int Start;
        public int Count;

        public T Last => Items[Start + Count - 1];

        public void Insert(in T key)
        {
            int pos = Position(key);
            if (Start > 0 && (pos == Start || Start + Count == BlockSize))
            {
                // Room at the front: shift the entries before the slot one step left.
                Items.AsSpan(Start, pos - Start).CopyTo(Items.AsSpan(Start - 1));
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

                Items.AsSpan(pos, Start + Count - pos).CopyTo(Items.AsSpan(pos + 1));
                Items[pos] = key;
            }

            Count++;
        }

        public bool Remove(in T key)
        {
            int pos = Count > 0 && Items[Start].Equals(key) ? Start : Position(key);
            if (pos >= Start + Count || !Items[pos].Equals(key))
            {
                return false;
            }

            if (pos == Start)
            {
                Start++;
            }
            else
            {
                Items.AsSpan(pos + 1, Start + Count - pos - 1).CopyTo(Items.AsSpan(pos));
            }

            Count--;
            if (Count == 0)
            {
                Start = 0;
            }

            return true;
        }

        /// <summary>The first slot whose entry is not before the key.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int Position(in T key)
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
