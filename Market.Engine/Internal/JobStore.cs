using System;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Market.Engine.Internal;

/// <summary>The engine's jobs by id: the hot half (<see cref="JobState"/>) and the cold half
/// (<see cref="JobRecord"/>) in slot arrays, found through a paged map from id to slot. A job can
/// be retired (forgotten): its slot is reused by a later job, and a page of the map whose ids are
/// all retired is released, so memory follows the jobs still held (about 120 bytes each), plus
/// 4 bytes per id for the stretch of ids that still has one held, not every job ever submitted.</summary>
/// <remarks>Ids are dense and given in order; index 0 is "no job". Jobs that run long are spread
/// over the ids, so pages of the jobs themselves would stay pinned by a few: hence the map.</remarks>
internal sealed class JobStore
{
    private const int Shift = 10;
    private const int PageSize = 1 << Shift;
    private const int Mask = PageSize - 1;

    /// <summary>By id: slot + 1, or 0 for no job (retired, or index 0).</summary>
    private int[]?[] map = new int[]?[16];

    /// <summary>By map page: how many of its ids are held.</summary>
    private int[] held = new int[16];
    private JobState[] hot = new JobState[1024];
    private JobRecord[] cold = new JobRecord[1024];
    private int slotsUsed;
    private int[] freeSlots = new int[16];
    private int freeCount;

    public JobStore()
    {
        map[0] = new int[PageSize]; // index 0 is "no job": ids start at 1
        Count = 1;
    }

    private JobStore(JobStore from)
    {
        map = new int[]?[from.map.Length];
        for (int i = 0; i < map.Length; i++)
        {
            map[i] = (int[]?)from.map[i]?.Clone();
        }

        held = (int[])from.held.Clone();
        hot = (JobState[])from.hot.Clone();
        cold = (JobRecord[])from.cold.Clone();
        slotsUsed = from.slotsUsed;
        freeSlots = (int[])from.freeSlots.Clone();
        freeCount = from.freeCount;
        Count = from.Count;
        Kept = from.Kept;
    }

    /// <summary>Ids given so far, index 0 included: the next job's id.</summary>
    public int Count { get; private set; }

    /// <summary>Jobs held (not retired).</summary>
    public int Kept { get; private set; }

    /// <summary>The hot half of a job that is held.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such job, or it was retired.</exception>
    public ref JobState this[int id] => ref hot[Slot(id)];

    /// <summary>The cold half of a job that is held.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such job, or it was retired.</exception>
    public ref JobRecord Record(int id) => ref cold[Slot(id)];

    /// <summary>Whether job <paramref name="id"/> exists and is held (not retired).</summary>
    public bool Contains(int id) => !Unsafe.IsNullRef(ref Find(id));

    /// <summary>The hot half of a job that is held, or a null reference (one lookup, for the
    /// ready-list's arrival order, which checks many jobs that have left it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref JobState Find(int id)
    {
        if ((uint)id < (uint)Count && map[id >> Shift] is { } page && page[id & Mask] is int slot and not 0)
        {
            return ref hot[slot - 1];
        }

        return ref Unsafe.NullRef<JobState>();
    }

    /// <summary>A value read from both ends of a held job's record (else 0), without throwing: a
    /// loop doing nothing else over scattered jobs loads their cache lines in parallel before they
    /// are used. Both ends, since a 48-byte record lies on two cache lines half the time or more.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Touch(int id)
    {
        ref JobState j = ref Find(id);
        return Unsafe.IsNullRef(ref j) ? 0 : j.Price ^ j.ClaimedRound;
    }

    /// <summary>Appends a job (its owner is a user account, not 0) and returns its id.</summary>
    public int Add(in JobState job, in JobRecord record)
    {
        int id = Count;
        int p = id >> Shift;
        if (p == map.Length)
        {
            Array.Resize(ref map, map.Length * 2);
            Array.Resize(ref held, held.Length * 2);
        }

        int slot;
        if (freeCount > 0)
        {
            slot = freeSlots[--freeCount];
        }
        else
        {
            if (slotsUsed == hot.Length)
            {
                // By half again, not double: the slots held follow the jobs running, and a doubled
                // array would leave up to half of its 120 bytes a slot unused.
                int grown = hot.Length + (hot.Length / 2);
                Array.Resize(ref hot, grown);
                Array.Resize(ref cold, grown);
            }

            slot = slotsUsed++;
        }

        hot[slot] = job;
        cold[slot] = record;
        (map[p] ??= new int[PageSize])[id & Mask] = slot + 1;
        held[p]++;
        Kept++;
        Count = id + 1;
        return id;
    }

    /// <summary>Forgets a held job: frees its slot, and the map page its id is on once that page
    /// is full and has nothing held.</summary>
    public void Retire(int id)
    {
        Guard.State(Contains(id), "Only a held job can be retired.");
        int p = id >> Shift;
        int slot = map[p]![id & Mask] - 1;
        map[p]![id & Mask] = 0;
        hot[slot] = default;
        cold[slot] = default;
        if (freeCount == freeSlots.Length)
        {
            Array.Resize(ref freeSlots, freeSlots.Length * 2);
        }

        freeSlots[freeCount++] = slot;
        Kept--;
        if (--held[p] == 0 && (p + 1) * PageSize <= Count)
        {
            map[p] = null;
        }
    }

    /// <summary>Map pages in memory (for tests: released pages are gone).</summary>
    public int PageCount => map.Count(p => p is not null);

    public JobStore Clone() => new(this);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(int id)
    {
        if ((uint)id < (uint)Count && map[id >> Shift] is { } page && page[id & Mask] is int slot and not 0)
        {
            return slot - 1;
        }

        return NoJob(id);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int NoJob(int id) => throw new ArgumentOutOfRangeException(nameof(id), "There is no job " + id + " held.");
}
