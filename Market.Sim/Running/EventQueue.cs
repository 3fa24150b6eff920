using System.Runtime.CompilerServices;

namespace Market.Sim.Running;

/// <summary>The pending simulation events, in (time, priority, insertion sequence) order: a 4-ary
/// min-heap of plain structs, plus a first-in-first-out lane for the commonest event, a request made
/// at the current instant, which therefore never has to pass through the heap, plus a few sorted
/// runs for events that come in order (a full slice ends one lease length, less the transfer and
/// margin, after it starts: the same offset from a clock that only moves forward).</summary>
/// <remarks>The order is total (sequences are unique), so any correct queue gives the same run; this
/// one only does it with fewer comparisons and moves than a general priority queue. An event goes to
/// the first run whose last event it does not precede (first fit), to the heap if none of
/// <see cref="MaxRuns"/> takes it; the next event is the least of the lane's head, the runs' heads
/// and the heap's top.</remarks>
internal sealed class EventQueue
{
    private const int SequenceBits = 56;
    private Entry[] heap = new Entry[256];
    private int count;
    private Entry[] lane = new Entry[64];
    private int laneHead;
    private int laneCount;
    private const int MaxRuns = 8;
    private Run[] runs = [];
    private int inRuns;

    /// <summary>Events pending.</summary>
    public int Count => count + laneCount + inRuns;

    /// <summary>Adds an event.</summary>
    /// <param name="time">When, in ticks.</param>
    /// <param name="sequence">The insertion sequence: it must grow with every call.</param>
    /// <param name="e">The event; its kind is its priority.</param>
    /// <param name="now">True when <paramref name="time"/> is the current instant and every event
    /// queued with this flag has the same priority: such events go to the lane.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Enqueue(long time, long sequence, in SimEvent e, bool now)
    {
        // The entry is written field by field into its slot, never built on the stack and copied:
        // that copy (one 32-byte load of four smaller stores) stalls the processor.
        ulong order = ((ulong)e.Kind << SequenceBits) | (ulong)sequence;
        ulong who = Entry.Who(e.Subject, e.Generation);
        if (now)
        {
            if (laneCount == lane.Length)
            {
                GrowLane();
            }

            lane[(laneHead + laneCount) & (lane.Length - 1)].Set(time, order, who, e.Lease);
            laneCount++;
            return;
        }

        int source = Place(time, order, who, e.Lease);

        // The least of the runs and the heap moves only if the new event precedes it.
        if (first != Unknown && (first == Nowhere || Before(time, order, Least(first))))
        {
            first = source;
        }
    }

    /// <summary>Stores an event in the first run it fits, else the heap; returns where.</summary>
    private int Place(long time, ulong order, ulong who, long lease)
    {
        inRuns++;
        for (int r = 0; r < runs.Length; r++)
        {
            Run run = runs[r];
            if (run.Count == 0 || !Before(time, order, run.Tail))
            {
                run.Add(time, order, who, lease);
                return r;
            }
        }

        if (runs.Length < MaxRuns)
        {
            var run = new Run();
            run.Add(time, order, who, lease);
            Array.Resize(ref runs, runs.Length + 1);
            runs[^1] = run;
            return runs.Length - 1;
        }

        inRuns--;
        if (count == heap.Length)
        {
            Array.Resize(ref heap, heap.Length * 2);
        }

        SiftUp(count++, time, order, who, lease);
        return InHeap;
    }

    private const int InHeap = -1;
    private const int Nowhere = -3;
    private const int Unknown = -4;

    /// <summary>Where the least event of the runs and the heap is (a run's index, <see cref="InHeap"/>
    /// or <see cref="Nowhere"/>), while known: events taken from the lane, most of them, leave it as it
    /// is, so the runs are scanned only after one of theirs (or the heap's) was taken.</summary>
    private int first = Nowhere;

    private ref readonly Entry Least(int source) => ref source == InHeap ? ref heap[0] : ref runs[source].Head;

    private int FindFirst()
    {
        int source = count > 0 ? InHeap : Nowhere;
        for (int r = 0; r < runs.Length; r++)
        {
            Run run = runs[r];
            if (run.Count > 0 && (source == Nowhere || Before(run.Head, Least(source))))
            {
                source = r;
            }
        }

        return source;
    }

    /// <summary>A guess at an event the loop meets soon, so that its records can be read ahead: the
    /// event <paramref name="ahead"/> places behind the earliest outside the lane of events due now,
    /// in the run that holds that earliest (the run's last if it is shorter), or the earliest itself
    /// if the heap holds it. False if nothing is queued outside the lane. The order is unchanged.
    /// Only the kind and subject come out (all the read-ahead needs), read straight from the entry.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryPeekAhead(int ahead, out SimEventKind kind, out int subject)
    {
        if (first == Unknown)
        {
            first = FindFirst();
        }

        if (first == Nowhere)
        {
            kind = default;
            subject = 0;
            return false;
        }

        ref readonly Entry at = ref first == InHeap ? ref heap[0] : ref runs[first].At(ahead);
        kind = at.Kind;
        subject = at.Subject;
        return true;
    }

    /// <summary>Takes the first event, if any.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryDequeue(out SimEvent e, out long time)
    {
        if (first == Unknown)
        {
            first = FindFirst();
        }

        int source = first;
        if (laneCount > 0 && (source == Nowhere || Before(lane[laneHead], Least(source))))
        {
            ref Entry first = ref lane[laneHead];
            e = first.Event;
            time = first.Time;
            laneHead = (laneHead + 1) & (lane.Length - 1);
            laneCount--;
            return true;
        }

        if (source == Nowhere)
        {
            e = default;
            time = 0;
            return false;
        }

        first = Unknown;
        if (source >= 0)
        {
            Entry head = runs[source].Head;
            e = head.Event;
            time = head.Time;
            runs[source].RemoveHead();
            inRuns--;
            return true;
        }

        e = heap[0].Event;
        time = heap[0].Time;
        count--;
        if (count > 0)
        {
            SiftDown(heap[count]);
        }

        heap[count] = default;
        if (count < heap.Length / 8 && heap.Length > 1024)
        {
            // A burst (every machine's first speed test at once) is over: give back most of the heap.
            Array.Resize(ref heap, heap.Length / 2);
        }

        return true;
    }

    private static bool Before(in Entry a, in Entry b) => a.Time < b.Time || (a.Time == b.Time && a.Order < b.Order);

    private static bool Before(long time, ulong order, in Entry b) => time < b.Time || (time == b.Time && order < b.Order);

    private void SiftUp(int hole, long time, ulong order, ulong who, long lease)
    {
        Entry[] h = heap;
        while (hole > 0)
        {
            int parent = (hole - 1) >> 2;
            if (!Before(time, order, h[parent]))
            {
                break;
            }

            h[hole] = h[parent];
            hole = parent;
        }

        h[hole].Set(time, order, who, lease);
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

        /// <summary>The subject in the low half, the generation in the high half.</summary>
        public ulong Packed;
        public long Lease;

        public static ulong Who(int subject, int generation) => unchecked((uint)subject | ((ulong)(uint)generation << 32));

        public void Set(long time, ulong order, ulong who, long lease)
        {
            Time = time;
            Order = order;
            Packed = who;
            Lease = lease;
        }

        public readonly SimEventKind Kind => (SimEventKind)(Order >> SequenceBits);

        public readonly int Subject => unchecked((int)(uint)Packed);

        public readonly SimEvent Event => new(Kind, Subject, unchecked((int)(uint)(Packed >> 32)), Lease);
    }

    /// <summary>A sorted run of events: a ring buffer, appended at the tail, taken from the head.</summary>
    private sealed class Run
    {
        private Entry[] ring = new Entry[64];
        private int head;

        public int Count { get; private set; }

        public ref readonly Entry Head => ref ring[head];

        public ref readonly Entry Tail => ref ring[(head + Count - 1) & (ring.Length - 1)];

        public void Add(long time, ulong order, ulong who, long lease)
        {
            if (Count == ring.Length)
            {
                var bigger = new Entry[ring.Length * 2];
                for (int i = 0; i < Count; i++)
                {
                    bigger[i] = ring[(head + i) & (ring.Length - 1)];
                }

                ring = bigger;
                head = 0;
            }

            ring[(head + Count) & (ring.Length - 1)].Set(time, order, who, lease);
            Count++;
        }

        /// <summary>The entry <paramref name="ahead"/> places behind the head, or the last (the run is not empty).</summary>
        public ref readonly Entry At(int ahead) => ref ring[(head + Math.Min(ahead, Count - 1)) & (ring.Length - 1)];

        public void RemoveHead()
        {
            ring[head] = default;
            head = (head + 1) & (ring.Length - 1);
            Market.Engine.Internal.Prefetch.Line(ref ring[(head + 8) & (ring.Length - 1)]); // the run is read in order: ask for the entry eight ahead (four lines of 32-byte entries)
            Count--;
        }
    }
}
