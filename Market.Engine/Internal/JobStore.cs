using System;
using System.Linq;

namespace Market.Engine.Internal;

/// <summary>The engine's jobs by id: the hot half (<see cref="JobState"/>) and the cold half
/// (<see cref="JobRecord"/>) in pages of 256 ids. A job can be retired (forgotten); a page whose
/// jobs are all retired is released, so memory follows the jobs still kept, not every job ever
/// submitted.</summary>
/// <remarks>Ids are dense and given in order; index 0 is "no job". A retired or never-used slot has
/// owner 0 (every job's owner is a user account, id 2 or more).</remarks>
internal sealed class JobStore
{
    private const int Shift = 8;
    private const int PageSize = 1 << Shift;
    private const int Mask = PageSize - 1;
    private Page?[] pages = new Page?[16];

    /// <summary>A released page kept for the next one needed, so a steady state allocates nothing.</summary>
    private Page? spare;

    public JobStore()
    {
        Add(default, default); // index 0 is "no job": ids start at 1
    }

    private JobStore(JobStore from)
    {
        pages = new Page?[from.pages.Length];
        for (int i = 0; i < pages.Length; i++)
        {
            pages[i] = from.pages[i]?.Clone();
        }

        Count = from.Count;
        Kept = from.Kept;
    }

    /// <summary>Ids given so far, index 0 included: the next job's id.</summary>
    public int Count { get; private set; }

    /// <summary>Jobs held (not retired).</summary>
    public int Kept { get; private set; }

    /// <summary>The hot half of a job that is held.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such job, or its page was released.</exception>
    public ref JobState this[int id]
    {
        get
        {
            Page? page = (uint)id < (uint)Count ? pages[id >> Shift] : null;
            if (page is null)
            {
                throw new ArgumentOutOfRangeException(nameof(id));
            }

            return ref page.Hot[id & Mask];
        }
    }

    /// <summary>The cold half of a job that is held.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such job, or its page was released.</exception>
    public ref JobRecord Record(int id)
    {
        Page? page = (uint)id < (uint)Count ? pages[id >> Shift] : null;
        if (page is null)
        {
            throw new ArgumentOutOfRangeException(nameof(id));
        }

        return ref page.Cold[id & Mask];
    }

    /// <summary>Whether job <paramref name="id"/> exists and is held (not retired).</summary>
    public bool Contains(int id)
        => (uint)id < (uint)Count && pages[id >> Shift] is { } page && page.Hot[id & Mask].Owner != 0;

    /// <summary>Appends a job and returns its id.</summary>
    public int Add(in JobState hot, in JobRecord cold)
    {
        int id = Count;
        int p = id >> Shift;
        if (p == pages.Length)
        {
            Array.Resize(ref pages, pages.Length * 2);
        }

        Page page = pages[p] ??= Rent();
        page.Hot[id & Mask] = hot;
        page.Cold[id & Mask] = cold;
        if (hot.Owner != 0)
        {
            page.Held++;
            Kept++;
        }

        Count = id + 1;
        return id;
    }

    /// <summary>Forgets a held job; releases its page when it was the page's last.</summary>
    public void Retire(int id)
    {
        Guard.State(Contains(id), "Only a held job can be retired.");
        int p = id >> Shift;
        Page page = pages[p]!;
        page.Hot[id & Mask] = default;
        page.Cold[id & Mask] = default;
        Kept--;
        if (--page.Held == 0 && (p + 1) * PageSize <= Count)
        {
            // A full page with nothing held (the page still being filled stays).
            pages[p] = null;
            spare = page;
        }
    }

    /// <summary>Pages in memory (for tests: released pages are gone).</summary>
    public int PageCount => pages.Count(p => p is not null);

    public JobStore Clone() => new(this);

    private Page Rent()
    {
        if (spare is { } page)
        {
            spare = null;
            return page; // cleared slot by slot as its jobs were retired
        }

        return new Page();
    }

    private sealed class Page
    {
        public JobState[] Hot = new JobState[PageSize];
        public JobRecord[] Cold = new JobRecord[PageSize];
        public int Held;

        public Page Clone() => new() { Hot = (JobState[])Hot.Clone(), Cold = (JobRecord[])Cold.Clone(), Held = Held };
    }
}
