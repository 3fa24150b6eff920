using System;
using System.Runtime.CompilerServices;

namespace Market.Engine;

/// <summary>Orders a pool fastest first, earlier request first among equal speeds, in linear time
/// (a stable LSD radix sort on the speed's bits). Holds its scratch buffers between calls, so its
/// memory is proportional to the largest pool seen and the steady state allocates nothing.</summary>
public sealed class SpeedOrder
{
    private const int SmallPool = 48;

    private ulong[] keys = [];
    private Candidate[] heap = [];
    private ulong[] keysTmp = [];
    private int[] indexTmp = [];
    private readonly int[] counts = new int[Internal.RadixPasses.CountsLength];

    /// <summary>Writes into <paramref name="order"/> the pool indexes, fastest first.</summary>
    /// <exception cref="ArgumentException"><paramref name="order"/> is shorter than the pool.</exception>
    // Runs once per window but loops over the whole pool: compile it fully optimised at once
    // rather than through tiering and on-stack replacement.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Sort(ReadOnlySpan<PoolEntry> pool, Span<int> order)
    {
        int n = pool.Length;
        Guard.Require(order.Length >= n, nameof(order), "The order buffer is shorter than the pool.");
        if (keys.Length < n)
        {
            int size = Math.Max(n, keys.Length * 2);
            keys = new ulong[size];
            keysTmp = new ulong[size];
            indexTmp = new int[size];
        }

        for (int i = 0; i < n; i++)
        {
            // Positive doubles order like their bit patterns; invert them for descending order.
            keys[i] = ~(ulong)BitConverter.DoubleToInt64Bits(pool[i].Speed);
            order[i] = i;
        }

        if (n <= SmallPool)
        {
            InsertionSort(n, order);
            return;
        }

        RadixSort(n, order);
    }

    /// <summary>Like <see cref="Sort"/>, but only the first <paramref name="count"/> entries of
    /// <paramref name="order"/> are meaningful: the <paramref name="count"/> fastest, in order. When
    /// few jobs meet a large pool this costs O(n log count) instead of a full sort.</summary>
    public void SortTop(ReadOnlySpan<PoolEntry> pool, Span<int> order, int count)
    {
        int n = pool.Length;
        if (count >= n || n <= SmallPool || count * 16 >= n)
        {
            Sort(pool, order);
            return;
        }

        if (heap.Length < count)
        {
            heap = new Candidate[Math.Max(count, heap.Length * 2)];
        }

        // A max-heap of the best `count` seen so far: its top is the worst of them. The pool is read
        // from its end: a pool that waits for jobs keeps its slowest requests longest (the fast ones
        // are matched first), so its newest requests are mostly the fastest, fill the heap first, and
        // most older ones are turned away by one comparison. The result is the same in any order
        // (the candidates are ordered by key and then index).
        int size = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            var c = new Candidate(~(ulong)BitConverter.DoubleToInt64Bits(pool[i].Speed), i);
            if (size < count)
            {
                heap[size] = c;
                SiftUp(size++);
            }
            else if (c.CompareTo(heap[0]) < 0)
            {
                heap[0] = c;
                SiftDown(size);
            }
        }

        Span<Candidate> best = heap.AsSpan(0, size);
        best.Sort();
        for (int i = 0; i < size; i++)
        {
            order[i] = best[i].Index;
        }
    }

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            int parent = (i - 1) / 2;
            if (heap[i].CompareTo(heap[parent]) <= 0)
            {
                return;
            }

            (heap[i], heap[parent]) = (heap[parent], heap[i]);
            i = parent;
        }
    }

    private void SiftDown(int size)
    {
        int i = 0;
        while (true)
        {
            int child = (2 * i) + 1;
            if (child >= size)
            {
                return;
            }

            if (child + 1 < size && heap[child + 1].CompareTo(heap[child]) > 0)
            {
                child++;
            }

            if (heap[child].CompareTo(heap[i]) <= 0)
            {
                return;
            }

            (heap[i], heap[child]) = (heap[child], heap[i]);
            i = child;
        }
    }

    private void InsertionSort(int n, Span<int> order)
    {
        for (int i = 1; i < n; i++)
        {
            ulong key = keys[i];
            int idx = order[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                order[j + 1] = order[j];
                j--;
            }

            keys[j + 1] = key;
            order[j + 1] = idx;
        }
    }

    private void RadixSort(int n, Span<int> order)
    {
        if (Internal.RadixPasses.Sort(keys.AsSpan(0, n), keysTmp.AsSpan(0, n), order[..n], indexTmp.AsSpan(0, n), counts))
        {
            indexTmp.AsSpan(0, n).CopyTo(order);
        }
    }

    /// <summary>A pool entry by key (inverted speed bits: smaller is faster) then arrival.</summary>
    private readonly record struct Candidate(ulong Key, int Index) : IComparable<Candidate>
    {
        public int CompareTo(Candidate other) => Key != other.Key ? Key.CompareTo(other.Key) : Index.CompareTo(other.Index);
    }
}
