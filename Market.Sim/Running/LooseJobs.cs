using System.Runtime.CompilerServices;

namespace Market.Sim.Running;

/// <summary>The jobs a <see cref="JobTable"/> keeps on their own, by id: those still running when
/// their chunk was written out. A hash table of (id, job) slots with linear probing, so that finding
/// a job is one probe of one slot, mostly: its id and the job's first fields share a cache line, and
/// the read-ahead can ask for that line before the job is used. (A <c>Dictionary</c> reads its bucket,
/// then its entry: two dependent cache misses for each of the three times a lease touches the job.)</summary>
/// <remarks>Ids are positive, so an id of 0 marks an empty slot. The table grows at seven tenths full;
/// removal shifts the slots that follow back (no tombstones), so probes stay short however many jobs
/// come and go.</remarks>
internal sealed class LooseJobs
{
    private Slot[] slots = new Slot[64];
    private int shift = 32 - 6;

    /// <summary>Jobs held.</summary>
    public int Count { get; private set; }

    /// <summary>Jobs added so far (so a reader can tell whether its <see cref="SortedIds"/> may be stale).</summary>
    public int Adds { get; private set; }

    /// <summary>The ids held, in increasing order (one pass over the table, then a sort).</summary>
    public int[] SortedIds()
    {
        var ids = new int[Count];
        int n = 0;
        foreach (ref readonly Slot slot in slots.AsSpan())
        {
            if (slot.Id != 0)
            {
                ids[n++] = slot.Id;
            }
        }

        Array.Sort(ids);
        return ids;
    }

    /// <summary>The job with this id, or a null reference if it is not held.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref SimJob Find(int id)
    {
        ref Slot slot = ref slots[Probe(slots, id)];
        return ref slot.Id != 0 ? ref slot.Job : ref Unsafe.NullRef<SimJob>();
    }

    /// <summary>Asks the processor for the slot where job <paramref name="id"/> would be found first
    /// (a hint: changes nothing, never throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int id)
    {
        if (Count > 0)
        {
            Market.Engine.Internal.Prefetch.Record(ref slots[Home(id)]);
        }
    }

    /// <summary>Adds job <paramref name="id"/> (positive, not held yet).</summary>
    public void Add(int id, in SimJob job)
    {
        if ((Count + 1) * 10L > slots.Length * 7L)
        {
            Grow();
        }

        Insert(slots, id, job);
        Count++;
        Adds++;
    }

    /// <summary>Removes job <paramref name="id"/>; false if it was not held.</summary>
    public bool Remove(int id, out SimJob job)
    {
        Slot[] s = slots;
        int mask = s.Length - 1;
        int hole = Probe(s, id);
        if (s[hole].Id == 0)
        {
            job = default;
            return false;
        }

        job = s[hole].Job;
        Count--;

        // Shift back each following slot of the cluster whose home does not lie between the hole
        // and it (cyclically), so that every held job stays reachable from its home.
        for (int j = (hole + 1) & mask; s[j].Id != 0; j = (j + 1) & mask)
        {
            int home = Home(s[j].Id);
            bool stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!stays)
            {
                s[hole] = s[j];
                hole = j;
            }
        }

        s[hole] = default;
        return true;
    }

    /// <summary>Fibonacci hashing: consecutive ids (a chunk's) spread over the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(int id) => (int)(unchecked((uint)id * 0x9E3779B9u) >> shift);

    /// <summary>The slot of <paramref name="s"/> holding job <paramref name="id"/>, else the empty
    /// slot that ends its probe (where it would go): the one search of finding, adding and removing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Probe(Slot[] s, int id)
    {
        int mask = s.Length - 1;
        int i = Home(id);
        while (s[i].Id != id && s[i].Id != 0)
        {
            i = (i + 1) & mask;
        }

        return i;
    }

    private void Insert(Slot[] s, int id, in SimJob job)
    {
        ref Slot slot = ref s[Probe(s, id)];
        slot.Id = id;
        slot.Job = job;
    }

    private void Grow()
    {
        Slot[] old = slots;
        slots = new Slot[old.Length * 2];
        shift--;
        foreach (ref readonly Slot slot in old.AsSpan())
        {
            if (slot.Id != 0)
            {
                Insert(slots, slot.Id, slot.Job);
            }
        }
    }

    /// <summary>A job and its id, the id first: one probe reads it with the job's first fields.</summary>
    private struct Slot
    {
        public int Id;
        public SimJob Job;
    }
}
