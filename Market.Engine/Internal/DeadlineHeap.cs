using System;

namespace Market.Engine.Internal;

/// <summary>A binary min-heap of (deadline, lease id). Closed leases are not removed: they are
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
            int parent = (i - 1) >> 1;
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
        int i = 0;
        while (true)
        {
            int child = (2 * i) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && Less(items[child + 1], items[child]))
            {
                child++;
            }

            if (!Less(items[child], last))
            {
                break;
            }

            items[i] = items[child];
            i = child;
        }

        if (Count > 0)
        {
            items[i] = last;
        }
    }

    public DeadlineHeap Clone()
    {
        var copy = new DeadlineHeap { items = (Item[])items.Clone(), Count = Count };
        return copy;
    }

    private static bool Less(in Item a, in Item b) => a.Deadline < b.Deadline || (a.Deadline == b.Deadline && a.Lease < b.Lease);

    private readonly record struct Item(long Deadline, long Lease);
}
