using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Market.Sim.Running;

/// <summary>The run's jobs in id order (job id k is index k - 1), in chunks of 512 (49 KB: under the
/// large-object heap's threshold, so the many short runs of a sweep leave only short-lived garbage).
/// With a scratch file, a chunk that has fallen far enough behind the newest job and has few jobs
/// still running is written to the file at its place and dropped; its running jobs stay in memory
/// (a job changes only until it completes, and is then written to its place too, with others in a
/// batch). So memory follows the recent and the running jobs, not the run's length. Reading the jobs back
/// (<see cref="GetEnumerator"/>) gives them all, in id order.</summary>
internal sealed class JobTable : IReadOnlyList<SimJob>, IDisposable
{
    private const int Shift = 9;
    private const int ChunkSize = 1 << Shift;

    /// <summary>A chunk with more running jobs than this stays in memory: a job kept on its own
    /// costs a little more than its slot in a chunk (measured on a 10,000-machine day: writing out
    /// chunks up to half running, and keeping half the machines' worth of recent jobs rather than
    /// twice, held 90 bytes less per machine).</summary>
    private const int MostRunningToWriteOut = ChunkSize / 2;
    private static readonly int RecordSize = System.Runtime.CompilerServices.Unsafe.SizeOf<SimJob>();

    private readonly FileStream? file;

    /// <summary>By chunk: its jobs, or null once written out.</summary>
    private SimJob[]?[] chunks = new SimJob[]?[16];

    /// <summary>By chunk: its jobs that have not completed.</summary>
    private int[] runningIn = new int[16];

    /// <summary>The jobs of the chunks written out that were running then, by id: those still
    /// running and those completed since, until they are written to their places.</summary>
    private readonly LooseJobs loose = new();

    /// <summary>Completions written to the file together: one system call a chunk, not a job.</summary>
    private const int WriteBatch = 1024;

    /// <summary>The ids of the jobs in <see cref="loose"/> that have completed, not written out yet.</summary>
    private readonly int[] completedLoose = new int[WriteBatch];
    private int completedLooseCount;
    private SimJob[]? batchBuffer;

    /// <summary>Chunks before this one have been considered for writing out at least once.</summary>
    private int considered;
    private SimJob[]? spare;
    private int keepChunks = 32;

    /// <summary>Every job in memory (sweeps, tests, the pricer: short runs).</summary>
    public JobTable()
    {
    }

    /// <summary>Old chunks go to <paramref name="scratchPath"/>, deleted when disposed.</summary>
    public JobTable(string scratchPath)
        => file = new FileStream(scratchPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.DeleteOnClose);

    public int Count { get; private set; }

    /// <summary>Keeps at least the newest <paramref name="jobs"/> jobs in memory (the simulation
    /// asks for as many as its machines: about the jobs a market that size has running).</summary>
    public void KeepAtLeast(int jobs) => keepChunks = Math.Max(keepChunks, (jobs + ChunkSize - 1) / ChunkSize);

    /// <summary>The job at <paramref name="index"/> (0-based); from the file if written out.</summary>
    public SimJob this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            if (chunks[index >> Shift] is { } items)
            {
                return items[index & (ChunkSize - 1)];
            }

            ref SimJob held = ref loose.Find(index + 1);
            if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref held))
            {
                return held;
            }

            SimJob job = default;
            RandomAccess.Read(Handle, MemoryMarshal.AsBytes(new Span<SimJob>(ref job)), (long)index * RecordSize);
            return job;
        }
    }

    /// <summary>The job with this id (1-based), while it may still change: not completed, or still
    /// in memory.</summary>
    /// <exception cref="InvalidOperationException">A completed job that was written out.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref SimJob At(int id)
    {
        int index = id - 1;
        if (unchecked((uint)index < (uint)Count) && chunks[index >> Shift] is { } items)
        {
            return ref items[index & (ChunkSize - 1)];
        }

        return ref AtWrittenOut(id);
    }

    /// <summary><see cref="At"/> for a job whose chunk was written out (or an id out of range).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ref SimJob AtWrittenOut(int id)
    {
        if (unchecked((uint)(id - 1) >= (uint)Count))
        {
            throw new ArgumentOutOfRangeException(nameof(id));
        }

        ref SimJob found = ref loose.Find(id);
        if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref found))
        {
            throw new InvalidOperationException("Job " + id + " has completed and was written out.");
        }

        return ref found;
    }

    /// <summary>Asks the processor for job <paramref name="id"/>'s record (in its chunk, or where
    /// it would be found first among the jobs kept on their own), to have it in cache when it is used
    /// soon (a hint: changes nothing, never throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int id)
    {
        int index = unchecked(id - 1);
        if (unchecked((uint)index < (uint)Count))
        {
            if (chunks[index >> Shift] is { } items)
            {
                Market.Engine.Internal.Prefetch.Record(ref items[index & (ChunkSize - 1)]);
            }
            else
            {
                loose.Prefetch(id);
            }
        }
    }

    /// <summary>Appends a job (not completed) and returns its id.</summary>
    public int Add(in SimJob job)
    {
        int i = Count;
        int chunk = i >> Shift;
        if (chunk == chunks.Length)
        {
            Array.Resize(ref chunks, chunks.Length * 2);
            Array.Resize(ref runningIn, runningIn.Length * 2);
        }

        if ((i & (ChunkSize - 1)) == 0)
        {
            chunks[chunk] = spare ?? new SimJob[ChunkSize];
            spare = null;
            if (file is not null)
            {
                WriteOutOld(chunk);
            }
        }

        chunks[chunk]![i & (ChunkSize - 1)] = job;
        runningIn[chunk]++;
        Count = i + 1;
        return i + 1;
    }

    /// <summary>Job <paramref name="id"/> has completed and will not change again.</summary>
    public void Completed(int id)
    {
        int chunk = (id - 1) >> Shift;
        runningIn[chunk]--;
        if (chunks[chunk] is null && !System.Runtime.CompilerServices.Unsafe.IsNullRef(ref loose.Find(id)))
        {
            // It stays findable until its batch is written (At and the readers look there first).
            completedLoose[completedLooseCount++] = id;
            if (completedLooseCount == WriteBatch)
            {
                WriteCompleted();
            }
        }
    }

    /// <summary>Writes the completed jobs kept on their own to their places and forgets them: in id
    /// order, the few of a chunk one by one, more of a chunk in one read and one write of the stretch
    /// of the chunk they lie in.</summary>
    private void WriteCompleted()
    {
        Span<int> ids = completedLoose.AsSpan(0, completedLooseCount);
        ids.Sort();
        batchBuffer ??= new SimJob[ChunkSize];
        Span<SimJob> buffer = batchBuffer;
        for (int first = 0; first < ids.Length;)
        {
            int chunk = (ids[first] - 1) >> Shift;
            int last = first;
            while (last + 1 < ids.Length && (ids[last + 1] - 1) >> Shift == chunk)
            {
                last++;
            }

            if (last - first < 2)
            {
                for (int k = first; k <= last; k++)
                {
                    loose.Remove(ids[k], out SimJob job);
                    RandomAccess.Write(Handle, MemoryMarshal.AsBytes(new ReadOnlySpan<SimJob>(in job)), (long)(ids[k] - 1) * RecordSize);
                }
            }
            else
            {
                int from = ids[first] - 1;
                Span<byte> stretch = MemoryMarshal.AsBytes(buffer[..(ids[last] - from)]);
                RandomAccess.Read(Handle, stretch, (long)from * RecordSize);
                for (int k = first; k <= last; k++)
                {
                    loose.Remove(ids[k], out buffer[ids[k] - 1 - from]);
                }

                RandomAccess.Write(Handle, stretch, (long)from * RecordSize);
            }

            first = last + 1;
        }

        completedLooseCount = 0;
    }

    public IEnumerator<SimJob> GetEnumerator()
    {
        SimJob[]? buffer = null;

        // The ids of the jobs kept on their own, in order, to patch them into their chunks as these
        // are read back (asking the table of each id of a chunk would be a cache miss a job).
        int[] looseIds = [];
        int looseAdds = -1;
        int next = 0;
        for (int chunk = 0; chunk * ChunkSize < Count; chunk++)
        {
            int n = Math.Min(ChunkSize, Count - (chunk * ChunkSize));
            SimJob[]? items = chunks[chunk];
            if (items is not null)
            {
                for (int k = 0; k < n; k++)
                {
                    yield return items[k];
                }

                continue;
            }

            buffer ??= new SimJob[ChunkSize];
            RandomAccess.Read(Handle, MemoryMarshal.AsBytes(buffer.AsSpan()), (long)chunk * ChunkSize * RecordSize);
            if (looseAdds != loose.Adds)
            {
                // First, or jobs were kept on their own since (the table changed while enumerated).
                looseAdds = loose.Adds;
                looseIds = loose.SortedIds();
                next = 0;
            }

            next = PatchLoose(chunk, buffer, looseIds, next);
            for (int k = 0; k < n; k++)
            {
                yield return buffer[k];
            }
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Copies the jobs of <paramref name="chunk"/> kept on their own over the chunk as read
    /// back into <paramref name="buffer"/>; <paramref name="ids"/> are their ids in order, from
    /// <paramref name="next"/> on. Returns where the next chunk's ids start among them.</summary>
    private int PatchLoose(int chunk, SimJob[] buffer, int[] ids, int next)
    {
        int first = (chunk * ChunkSize) + 1;
        while (next < ids.Length && ids[next] < first)
        {
            next++;
        }

        for (; next < ids.Length && ids[next] < first + ChunkSize; next++)
        {
            ref SimJob held = ref loose.Find(ids[next]);
            if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref held))
            {
                buffer[ids[next] - first] = held;
            }
        }

        return next;
    }

    public void Dispose() => file?.Dispose();

    private SafeFileHandle Handle => file!.SafeFileHandle;

    /// <summary>Writes out the chunks far enough behind <paramref name="newest"/> that have few jobs
    /// still running. A chunk skipped for its running jobs is looked at again whenever a chunk is
    /// begun, so a scan covers the chunks still in memory (few, in a run whose jobs complete).</summary>
    private void WriteOutOld(int newest)
    {
        int oldEnough = newest - keepChunks;
        bool allGone = true;
        for (int c = considered; c < oldEnough; c++)
        {
            if (chunks[c] is { } items)
            {
                if (runningIn[c] > MostRunningToWriteOut)
                {
                    allGone = false;
                    continue;
                }

                WriteOut(c, items);
            }

            if (allGone)
            {
                considered = c + 1;
            }
        }
    }

    private void WriteOut(int chunk, SimJob[] items)
    {
        RandomAccess.Write(Handle, MemoryMarshal.AsBytes(items.AsSpan()), (long)chunk * ChunkSize * RecordSize);
        for (int k = 0; k < ChunkSize; k++)
        {
            if (items[k].CompletedTicks == long.MinValue)
            {
                loose.Add((chunk * ChunkSize) + k + 1, items[k]);
            }
        }

        chunks[chunk] = null;
        Array.Clear(items);
        spare = items;
    }
}
