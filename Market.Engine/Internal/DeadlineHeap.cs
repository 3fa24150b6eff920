using System;
using System.Runtime.CompilerServices;

namespace Market.Engine.Internal;

/// <summary>A 4-ary min-heap of (deadline, lease id): half the depth of a binary heap, and the four
/// children of a node share one cache line. Closed leases are not removed: they are
/// skipped when they reach the top (lazy deletion), so closing a lease costs nothing here.</summary>
internal sealed class DeadlineHeap
{
    private Item[] items = new Item[64];

    public int Count { get; private set; }

    public void Push(long deadlineTicks, long lease)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        int i = Count++;
        var item = new Item(deadlineTicks, lease);
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

    public bool TryPeek(out long deadlineTicks, out long lease)
    {
        if (Count == 0)
        {
            deadlineTicks = 0;
            lease = 0;
            return false;
        }

        deadlineTicks = items[0].Deadline;
        lease = items[0].Lease;
        return true;
    }

    public void Pop()
    {
        Item last = items[--Count];
        if (Count > 0)
        {
            items[0] = last;
            SiftDown(0);
        }
    }

    /// <summary>Rebuilds the heap from the open leases only, dropping every closed one (O(n), no allocation).</summary>
    public void Rebuild(LeaseMap open)
    {
        Count = 0;
        foreach (ref readonly LeaseState lease in open.Slots)
        {
            if (lease.Id != 0)
            {
                items[Count++] = new Item(lease.Deadline.Ticks, lease.Id);
            }
        }

        for (int i = (Count - 2) >> 2; i >= 0; i--)
        {
            SiftDown(i);
        }
    }

    private void SiftDown(int i)
    {
        Item item = items[i];
        int n = Count;
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

    public DeadlineHeap Clone()
    {
        var copy = new DeadlineHeap { items = (Item[])items.Clone(), Count = Count };
        return copy;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Less(in Item a, in Item b) => a.Deadline < b.Deadline || (a.Deadline == b.Deadline && a.Lease < b.Lease);

    private readonly record struct Item(long Deadline, long Lease);
}
