namespace Market.Sim.Running;

/// <summary>The pending simulation events, in (time, priority, insertion sequence) order: a 4-ary
/// min-heap of plain structs, plus a first-in-first-out lane for the commonest event, a request made
/// at the current instant, which therefore never has to pass through the heap.</summary>
/// <remarks>The order is total (sequences are unique), so any correct queue gives the same run; this
/// one only does it with fewer comparisons and moves than a general priority queue.</remarks>
internal sealed class EventQueue
{
    private const int SequenceBits = 56;
    private Entry[] heap = new Entry[256];
    private int count;
    private Entry[] lane = new Entry[64];
    private int laneHead;
    private int laneCount;

    /// <summary>Events pending.</summary>
    public int Count => count + laneCount;

    /// <summary>Adds an event.</summary>
    /// <param name="time">When, in ticks.</param>
    /// <param name="sequence">The insertion sequence: it must grow with every call.</param>
    /// <param name="e">The event; its kind is its priority.</param>
    /// <param name="now">True when <paramref name="time"/> is the current instant and every event
    /// queued with this flag has the same priority: such events go to the lane.</param>
    public void Enqueue(long time, long sequence, in SimEvent e, bool now)
    {
        var entry = new Entry { Time = time, Order = ((ulong)e.Kind << SequenceBits) | (ulong)sequence, Subject = e.Subject, Generation = e.Generation, Lease = e.Lease };
        if (now)
        {
            if (laneCount == lane.Length)
            {
                GrowLane();
            }

            lane[(laneHead + laneCount) & (lane.Length - 1)] = entry;
            laneCount++;
            return;
        }

        if (count == heap.Length)
        {
            Array.Resize(ref heap, heap.Length * 2);
        }

        SiftUp(count++, entry);
    }

    /// <summary>Takes the first event, if any.</summary>
    public bool TryDequeue(out SimEvent e, out long time)
    {
        if (laneCount > 0 && (count == 0 || Before(lane[laneHead], heap[0])))
        {
            ref Entry first = ref lane[laneHead];
            e = first.Event;
            time = first.Time;
            laneHead = (laneHead + 1) & (lane.Length - 1);
            laneCount--;
            return true;
        }

        if (count == 0)
        {
            e = default;
            time = 0;
            return false;
        }

        e = heap[0].Event;
        time = heap[0].Time;
        count--;
        if (count > 0)
        {
            SiftDown(heap[count]);
        }

        heap[count] = default;
        return true;
    }

    private static bool Before(in Entry a, in Entry b) => a.Time < b.Time || (a.Time == b.Time && a.Order < b.Order);

    private void SiftUp(int hole, in Entry entry)
    {
        Entry[] h = heap;
        while (hole > 0)
        {
            int parent = (hole - 1) >> 2;
            if (!Before(entry, h[parent]))
            {
                break;
            }

            h[hole] = h[parent];
            hole = parent;
        }

        h[hole] = entry;
    }

    /// <summary>Puts <paramref name="entry"/> (the last one) into the hole at the root.</summary>
    private void SiftDown(in Entry entry)
    {
        Entry[] h = heap;
        int n = count;
        int hole = 0;
        while (true)
        {
            int first = (hole << 2) + 1;
            if (first >= n)
            {
                break;
            }

            int best = first;
            int last = Math.Min(first + 4, n);
            for (int c = first + 1; c < last; c++)
            {
                if (Before(h[c], h[best]))
                {
                    best = c;
                }
            }

            if (!Before(h[best], entry))
            {
                break;
            }

            h[hole] = h[best];
            hole = best;
        }

        h[hole] = entry;
    }

    private void GrowLane()
    {
        var bigger = new Entry[lane.Length * 2];
        for (int i = 0; i < laneCount; i++)
        {
            bigger[i] = lane[(laneHead + i) & (lane.Length - 1)];
        }

        lane = bigger;
        laneHead = 0;
    }

    /// <summary>An event and its place in the order, in 32 bytes (the kind is kept in the order only).</summary>
    private struct Entry
    {
        public long Time;

        /// <summary>The priority (the event kind) above the insertion sequence, so one comparison orders both.</summary>
        public ulong Order;
        public int Subject;
        public int Generation;
        public long Lease;

        public readonly SimEvent Event => new((SimEventKind)(Order >> SequenceBits), Subject, Generation, Lease);
    }
}
