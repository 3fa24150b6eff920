using System;
using System.Runtime.CompilerServices;

namespace Market.Engine.Internal;

/// <summary>The open leases' (deadline, lease id) pairs, taken smallest first. Closed leases are
/// not removed: they are skipped when they reach the front (lazy deletion), so closing a lease
/// costs nothing here.</summary>
/// <remarks>A lease's deadline is its grant time plus its length, and time only moves forward, so
/// the leases of one length arrive in order. Each pair is appended to the first of a few sorted
/// runs whose last pair it does not precede (first fit: about one run per lease length in use),
/// and only what fits no run goes to a 4-ary min-heap. The front is the least of the runs' heads
/// and the heap's top: the same total order as one heap, with most pushes and pops O(1).</remarks>
internal sealed class DeadlineHeap
{
    private const int MaxRuns = 8;
    private Item[] items = new Item[64];
    private int heapCount;
    private Run[] runs = [];

    public int Count { get; private set; }

    public void Push(long deadlineTicks, long lease)
    {
        var item = new Item(deadlineTicks, lease);
        int source = Place(item);

        // The front moves only if the new pair precedes it.
        if (front != Unknown && (front == Empty || Less(item, FrontItem(front))))
        {
            front = source;
        }
    }

    /// <summary>Stores a pair and returns where it went.</summary>
    private int Place(in Item item)
    {
        Count++;
        for (int r = 0; r < runs.Length; r++)
        {
            Run run = runs[r];
            if (run.Count == 0 || !Less(item, run.Tail))
            {
                run.Add(item);
                return r;
            }
        }

        if (runs.Length < MaxRuns)
        {
            var run = new Run();
            run.Add(item);
            Array.Resize(ref runs, runs.Length + 1);
            runs[^1] = run;
            return runs.Length - 1;
        }

        HeapPush(item);
        return InHeap;
    }

    private Item FrontItem(int source) => source == InHeap ? items[0] : runs[source].Head;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryPeek(out long deadlineTicks, out long lease)
    {
        int source = Front();
        if (source == Empty)
        {
            deadlineTicks = 0;
            lease = 0;
            return false;
        }

        Item front = source == InHeap ? items[0] : runs[source].Head;
        deadlineTicks = front.Deadline;
        lease = front.Lease;
        return true;
    }

    public void Pop()
    {
        int source = Front();
        if (source == Empty)
        {
            throw new InvalidOperationException("The deadline heap is empty.");
        }

        Count--;
        front = Unknown;
        if (source != InHeap)
        {
            runs[source].RemoveHead();
            return;
        }

        Item last = items[--heapCount];
        if (heapCount > 0)
        {
            items[0] = last;
            SiftDown(0);
        }
    }

    /// <summary>Drops every lease that is no longer open (O(n), no allocation).</summary>
    public void Rebuild(LeaseIndex open)
    {
        front = Unknown;
        Count = 0;
        foreach (Run run in runs)
        {
            Count += run.Keep(open);
        }

        int kept = 0;
        for (int i = 0; i < heapCount; i++)
        {
            if (open.Contains(items[i].Lease))
            {
                items[kept++] = items[i];
            }
        }

        heapCount = kept;
        Count += kept;
        for (int i = (heapCount - 2) >> 2; i >= 0; i--)
        {
            SiftDown(i);
        }
    }

    public DeadlineHeap Clone()
    {
        var copy = new DeadlineHeap { items = (Item[])items.Clone(), heapCount = heapCount, Count = Count, runs = new Run[runs.Length], front = front };
        for (int i = 0; i < runs.Length; i++)
        {
            copy.runs[i] = runs[i].Clone();
        }

        return copy;
    }

    private const int InHeap = -1;
    private const int Empty = -2;
    private const int Unknown = -3;

    /// <summary>Where the least pair is, while known (the simulator asks after every event; pops
    /// and rebuilds forget it, pushes keep it up to date).</summary>
    private int front = Empty;

    /// <summary>Where the least pair is: a run's index, <see cref="InHeap"/> or <see cref="Empty"/>.</summary>
    private int Front()
    {
        if (front == Unknown)
        {
            front = FindFront();
        }

        return front;
    }

    private int FindFront()
    {
        int source = heapCount > 0 ? InHeap : Empty;
        Item best = heapCount > 0 ? items[0] : default;
        for (int r = 0; r < runs.Length; r++)
        {
            Run run = runs[r];
            if (run.Count > 0 && (source == Empty || Less(run.Head, best)))
            {
                best = run.Head;
                source = r;
            }
        }

        return source;
    }

    private void HeapPush(Item item)
    {
        if (heapCount == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        int i = heapCount++;
        while (i > 0)
        {
            int parent = (i - 1) >> 2;
            if (!Less(item, items[parent]))
            {
                break;
            }

            items[i] = items[parent];
            i = parent;
        }

        items[i] = item;
    }

    private void SiftDown(int i)
    {
        Item item = items[i];
        int n = heapCount;
        while (true)
        {
            int first = (i << 2) + 1;
            if (first >= n)
            {
                break;
            }

            int best = first;
            int last = Math.Min(first + 4, n);
            for (int c = first + 1; c < last; c++)
            {
                if (Less(items[c], items[best]))
                {
                    best = c;
                }
            }

            if (!Less(items[best], item))
            {
                break;
            }

            items[i] = items[best];
            i = best;
        }

        items[i] = item;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Less(in Item a, in Item b) => a.Deadline < b.Deadline || (a.Deadline == b.Deadline && a.Lease < b.Lease);

    private readonly record struct Item(long Deadline, long Lease);

    /// <summary>A sorted run: a ring buffer, appended at the tail, taken from the head.</summary>
    private sealed class Run
    {
        private Item[] ring = new Item[64];
        private int head;

        public int Count { get; private set; }

        public Item Head => ring[head];

        public Item Tail => ring[(head + Count - 1) & (ring.Length - 1)];

        public void Add(Item item)
        {
            if (Count == ring.Length)
            {
                var bigger = new Item[ring.Length * 2];
                for (int i = 0; i < Count; i++)
                {
                    bigger[i] = ring[(head + i) & (ring.Length - 1)];
                }

                ring = bigger;
                head = 0;
            }

            ring[(head + Count) & (ring.Length - 1)] = item;
            Count++;
        }

        public void RemoveHead()
        {
            head = (head + 1) & (ring.Length - 1);
            Count--;
        }

        /// <summary>Keeps the open leases only, in order; returns how many.</summary>
        public int Keep(LeaseIndex open)
        {
            int mask = ring.Length - 1;
            int kept = 0;
            for (int i = 0; i < Count; i++)
            {
                Item item = ring[(head + i) & mask];
                if (open.Contains(item.Lease))
                {
                    ring[(head + kept++) & mask] = item;
                }
            }

            Count = kept;
            return kept;
        }

        public Run Clone() => new() { ring = (Item[])ring.Clone(), head = head, Count = Count };
    }
}
