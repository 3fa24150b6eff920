using System;

namespace Market.Engine.Internal;

/// <summary>The ready jobs in the order they became ready, kept as an append-only log of
/// (job, ready sequence). Leaving the ready-list costs nothing: an entry is live only while its job
/// is queued with the same ready sequence, and stale entries are skipped, then compacted away once
/// they outnumber the live ones (amortised O(1), no allocation in the steady state).</summary>
internal sealed class ArrivalQueue
{
    private Entry[] entries = new Entry[1024];
    private int count;

    public void Append(int job, long readySequence, JobStore jobs, int live)
    {
        if (count == entries.Length)
        {
            if (count > (2 * live) + 1024)
            {
                Compact(jobs);
            }

            if (count == entries.Length)
            {
                Array.Resize(ref entries, entries.Length * 2);
            }
        }

        entries[count++] = new Entry(job, readySequence);
    }

    public static bool IsLive(in Entry e, JobStore jobs)
    {
        ref JobState j = ref jobs.Find(e.Job);
        return !System.Runtime.CompilerServices.Unsafe.IsNullRef(ref j) // null: ended and retired since it was ready
            && j.Status == JobStatus.Queued && j.ReadySequence == e.ReadySequence;
    }

    public Entry this[int index] => entries[index];

    public int Count => count;

    public ArrivalQueue Clone() => new() { entries = (Entry[])entries.Clone(), count = count };

    private void Compact(JobStore jobs)
    {
        int kept = 0;
        for (int i = 0; i < count; i++)
        {
            if (IsLive(entries[i], jobs))
            {
                entries[kept++] = entries[i];
            }
        }

        count = kept;
        if (count < entries.Length / 8 && entries.Length > 1024)
        {
            // The ready-list has shrunk since a burst (a market's initial jobs): give the room back.
            Array.Resize(ref entries, Math.Max(1024, entries.Length / 4));
        }
    }

    internal readonly record struct Entry(int Job, long ReadySequence);
}
