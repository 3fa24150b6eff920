using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Market.Sim.Running;

/// <summary>The run's jobs in id order (job id k is index k - 1), in chunks of 1,024. With a scratch
/// file, a chunk that has fallen far enough behind the newest job is written to the file at its
/// place and dropped; its jobs that have not completed stay in memory (a job is changed only until
/// it completes), so memory follows the recent and running jobs, not the run's length. Reading the
/// jobs back (<see cref="GetEnumerator"/>) gives them all, in id order.</summary>
internal sealed class JobTable : IReadOnlyList<SimJob>, IDisposable
{
    private const int Shift = 10;
    private const int ChunkSize = 1 << Shift;
    private static readonly int RecordSize = System.Runtime.CompilerServices.Unsafe.SizeOf<SimJob>();

    private readonly FileStream? file;
    private SimJob[]?[] chunks = new SimJob[]?[16];

    /// <summary>Chunks before this one are in the file (and their running jobs in <see cref="running"/>).</summary>
    private int firstHeld;
    private readonly Dictionary<int, SimJob> running = new();
    private SimJob[]? spare;
    private int keepChunks = 16;

    /// <summary>Every job in memory (sweeps, tests, the pricer: short runs).</summary>
    public JobTable()
    {
    }

    /// <summary>Old chunks go to <paramref name="scratchPath"/>, deleted when disposed.</summary>
    public JobTable(string scratchPath)
        => file = new FileStream(scratchPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.DeleteOnClose);

    public int Count { get; private set; }

    /// <summary>Keeps at least the newest <paramref name="jobs"/> jobs in memory (the simulation
    /// asks for twice its machines: the jobs a market that size has running, with room to spare).</summary>
    public void KeepAtLeast(int jobs) => keepChunks = Math.Max(keepChunks, (jobs + ChunkSize - 1) / ChunkSize);

    /// <summary>The job at <paramref name="index"/> (0-based); from the file if written out.</summary>
    public SimJob this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            if (index >> Shift >= firstHeld || running.ContainsKey(index + 1))
            {
                return At(index + 1);
            }

            SimJob job = default;
            RandomAccess.Read(Handle, MemoryMarshal.AsBytes(new Span<SimJob>(ref job)), (long)index * RecordSize);
            return job;
        }
    }

    /// <summary>The job with this id (1-based), while it may still change: not completed, or in a
    /// chunk in memory.</summary>
    /// <exception cref="InvalidOperationException">A completed job that was written out.</exception>
    public ref SimJob At(int id)
    {
        int index = id - 1;
        if (unchecked((uint)index >= (uint)Count))
        {
            throw new ArgumentOutOfRangeException(nameof(id));
        }

        int chunk = index >> Shift;
        if (chunk >= firstHeld)
        {
            return ref chunks[chunk]![index & (ChunkSize - 1)];
        }

        ref SimJob found = ref CollectionsMarshal.GetValueRefOrNullRef(running, id);
        if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref found))
        {
            throw new InvalidOperationException("Job " + id + " has completed and was written out.");
        }

        return ref found;
    }

    /// <summary>Appends a job and returns its id.</summary>
    public int Add(in SimJob job)
    {
        int i = Count;
        int chunk = i >> Shift;
        if (chunk == chunks.Length)
        {
            Array.Resize(ref chunks, chunks.Length * 2);
        }

        if (chunks[chunk] is null)
        {
            chunks[chunk] = spare ?? new SimJob[ChunkSize];
            spare = null;
            if (file is not null && chunk - firstHeld > keepChunks)
            {
                WriteOut();
            }
        }

        chunks[chunk]![i & (ChunkSize - 1)] = job;
        Count = i + 1;
        return i + 1;
    }

    public IEnumerator<SimJob> GetEnumerator()
    {
        var buffer = new SimJob[ChunkSize];
        for (int chunk = 0; chunk * ChunkSize < Count; chunk++)
        {
            int n = Math.Min(ChunkSize, Count - (chunk * ChunkSize));
            SimJob[] items = chunk >= firstHeld ? chunks[chunk]! : Read(chunk, buffer);
            for (int k = 0; k < n; k++)
            {
                int id = (chunk * ChunkSize) + k + 1;
                yield return chunk < firstHeld && running.TryGetValue(id, out SimJob current) ? current : items[k];
            }
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose() => file?.Dispose();

    private SafeFileHandle Handle => file!.SafeFileHandle;

    /// <summary>Writes the oldest chunk in memory to its place in the file and keeps only its jobs
    /// that have not completed (they may still change).</summary>
    private void WriteOut()
    {
        SimJob[] items = chunks[firstHeld]!;
        RandomAccess.Write(Handle, MemoryMarshal.AsBytes(items.AsSpan()), (long)firstHeld * ChunkSize * RecordSize);
        for (int k = 0; k < ChunkSize; k++)
        {
            if (items[k].CompletedTicks == long.MinValue)
            {
                running.Add((firstHeld * ChunkSize) + k + 1, items[k]);
            }
        }

        chunks[firstHeld++] = null;
        Array.Clear(items);
        spare = items;
    }

    private SimJob[] Read(int chunk, SimJob[] buffer)
    {
        RandomAccess.Read(Handle, MemoryMarshal.AsBytes(buffer.AsSpan()), (long)chunk * ChunkSize * RecordSize);
        return buffer;
    }

    /// <summary>Completed jobs of written-out chunks leave memory: written to their place (called
    /// when a job completes).</summary>
    public void Completed(int id)
    {
        if (((id - 1) >> Shift) < firstHeld && running.Remove(id, out SimJob job))
        {
            RandomAccess.Write(Handle, MemoryMarshal.AsBytes(new ReadOnlySpan<SimJob>(in job)), (long)(id - 1) * RecordSize);
        }
    }
}
