using System.Buffers.Binary;
using Market.Engine;
using Market.Reports;

namespace Market.Sim.Output;

/// <summary>Records every job lease for report.xml without keeping them: the same facts as a
/// <see cref="DispatchHistory"/>, but each lease is written to a scratch file once it has closed, and
/// only the leases from the oldest open one on stay in memory (so memory follows the open leases, not
/// the run's length). <see cref="Dispatches"/> reads them back in grant order.</summary>
/// <remarks>A lease changes only inside the engine command that closes it (a check-in, an expiry, a
/// late check-in's rejection right after its expiry), so a closed lease is final once the simulation
/// event that caused the command is over: <see cref="Flush"/> is called between events.</remarks>
internal sealed class DispatchLog : IDisposable
{
    private const int RecordSize = 49;
    private readonly FileStream file;
    private readonly byte[] buffer = new byte[RecordSize * 1024];
    private int buffered;
    private Open[] ring = new Open[256];
    private int head;
    private int open;
    private long written;

    /// <summary>By client id: the number (in grant order, from 0) of its latest job lease, to find a
    /// lease without a search (a client holds one lease at a time).</summary>
    private long[] latest = new long[256];
    private bool finished;

    /// <summary>A recorded lease has closed since the last <see cref="Flush"/>.</summary>
    private bool closedSinceFlush;

    /// <summary>A log whose scratch file is <paramref name="scratchPath"/> (deleted when disposed).</summary>
    public DispatchLog(string scratchPath)
        => file = new FileStream(scratchPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.DeleteOnClose);

    /// <summary>Job leases recorded so far.</summary>
    public long Count => written + open;

    /// <summary>Folds one engine event in, as <see cref="DispatchHistory"/> does.</summary>
    public void On(in MarketEvent e)
    {
        switch (e.Kind)
        {
            case EventKind.LeaseGranted:
                Granted(e);
                break;
            case EventKind.CheckedIn:
                CheckedIn(e);
                break;
            case EventKind.LeaseExpired:
                Expired(e);
                break;
            case EventKind.Rejected when e.Detail == (int)RejectionCode.LateCheckIn:
                RejectedLate(e);
                break;
        }
    }

    /// <summary>A job lease was granted (<see cref="EventKind.LeaseGranted"/>).</summary>
    public void Granted(in MarketEvent e) => Add(e);

    /// <summary>A lease was checked in (<see cref="EventKind.CheckedIn"/>).</summary>
    public void CheckedIn(in MarketEvent e)
    {
        if (Find(e.Lease.Value, e.Client.Value) is int at)
        {
            ring[at].CheckedIn = e.Time.Ticks;
            ring[at].Outcome = DispatchOutcome.Accepted;
            closedSinceFlush = true;
        }
    }

    /// <summary>A lease expired (<see cref="EventKind.LeaseExpired"/>; a speed test's is not recorded).</summary>
    public void Expired(in MarketEvent e)
    {
        if (Find(e.Lease.Value, e.Client.Value) is int at)
        {
            ring[at].Outcome = DispatchOutcome.Expired;
            closedSinceFlush = true;
        }
    }

    /// <summary>A check-in came too late (a <see cref="EventKind.Rejected"/> event with <see cref="RejectionCode.LateCheckIn"/>).</summary>
    public void RejectedLate(in MarketEvent e)
    {
        if (Find(e.Lease.Value, e.Client.Value) is int at)
        {
            ring[at].Outcome = DispatchOutcome.Rejected;
            closedSinceFlush = true;
        }
    }

    /// <summary>Writes out the closed leases at the front (call between simulation events only).</summary>
    public void Flush()
    {
        // Only a lease closing can let the front go: most events close none.
        if (!closedSinceFlush)
        {
            return;
        }

        closedSinceFlush = false;
        while (open > 0 && ring[head].Outcome != DispatchOutcome.Open)
        {
            Write(ring[head]);
            head = (head + 1) & (ring.Length - 1);
            open--;
        }
    }

    /// <summary>The run is over: writes the rest, the leases still open among them.</summary>
    public void Finish()
    {
        while (open > 0)
        {
            Write(ring[head]);
            head = (head + 1) & (ring.Length - 1);
            open--;
        }

        file.Write(buffer, 0, buffered);
        buffered = 0;
        file.Flush();
        finished = true;
    }

    /// <summary>Every job lease, in grant order, read back from the scratch file as it is enumerated
    /// (after <see cref="Finish"/>; one enumeration at a time).</summary>
    public IReadOnlyList<Dispatch> Dispatches => finished ? new Reader(this) : throw new InvalidOperationException("The run has not finished.");

    public void Dispose() => file.Dispose();

    private void Add(in MarketEvent e)
    {
        if (open == ring.Length)
        {
            var bigger = new Open[ring.Length * 2];
            for (int i = 0; i < open; i++)
            {
                bigger[i] = ring[(head + i) & (ring.Length - 1)];
            }

            ring = bigger;
            head = 0;
        }

        int client = e.Client.Value;
        if (client >= latest.Length)
        {
            Array.Resize(ref latest, Math.Max(client + 1, latest.Length * 2));
        }

        latest[client] = written + open;
        ring[(head + open) & (ring.Length - 1)] = new Open
        {
            Lease = e.Lease.Value,
            Job = e.Job.Value,
            Client = e.Client.Value,
            CheckedOut = e.Time.Ticks,
            Deadline = e.Deadline.Ticks,
            CheckedIn = long.MinValue,
            Price = e.Price.MicroPerHour,
            Outcome = DispatchOutcome.Open,
        };
        open++;
    }

    /// <summary>Asks for the record of <paramref name="client"/>'s latest lease, which its check-in
    /// will update (a hint: changes nothing).</summary>
    public void ReadAhead(int client)
    {
        if (LatestAt(client) is int at and >= 0)
        {
            Market.Engine.Internal.Prefetch.Record(ref ring[at]);
        }
    }

    /// <summary>The ring position of <paramref name="client"/>'s latest job lease if it is still in
    /// memory, else -1 (any id).</summary>
    private int LatestAt(int client)
        => unchecked((uint)client) < (uint)latest.Length && latest[client] - written is long offset && offset >= 0 && offset < open
            ? (int)((head + offset) & (ring.Length - 1))
            : -1;

    /// <summary>The ring position of a recorded lease still in memory: the client's latest, or else
    /// found by binary search (leases are granted in id order). Null for a speed test (never recorded).</summary>
    private int? Find(long lease, int client)
    {
        if (LatestAt(client) is int latestAt and >= 0 && ring[latestAt].Lease == lease)
        {
            return latestAt;
        }

        int lo = 0;
        int hi = open - 1;
        int mask = ring.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int at = (head + mid) & mask;
            long id = ring[at].Lease;
            if (id == lease)
            {
                return at;
            }

            if (id < lease)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }

    private void Write(in Open d)
    {
        if (buffered + RecordSize > buffer.Length)
        {
            file.Write(buffer, 0, buffered);
            buffered = 0;
        }

        Span<byte> r = buffer.AsSpan(buffered, RecordSize);
        BinaryPrimitives.WriteInt64LittleEndian(r, d.Lease);
        BinaryPrimitives.WriteInt32LittleEndian(r[8..], d.Job);
        BinaryPrimitives.WriteInt32LittleEndian(r[12..], d.Client);
        BinaryPrimitives.WriteInt64LittleEndian(r[16..], d.CheckedOut);
        BinaryPrimitives.WriteInt64LittleEndian(r[24..], d.Deadline);
        BinaryPrimitives.WriteInt64LittleEndian(r[32..], d.CheckedIn);
        BinaryPrimitives.WriteInt64LittleEndian(r[40..], d.Price);
        r[48] = (byte)d.Outcome;
        buffered += RecordSize;
        written++;
    }

    private static DispatchValue Read(ReadOnlySpan<byte> r)
    {
        long checkedIn = BinaryPrimitives.ReadInt64LittleEndian(r[32..]);
        return new DispatchValue(
            new LeaseId(BinaryPrimitives.ReadInt64LittleEndian(r)),
            new JobId(BinaryPrimitives.ReadInt32LittleEndian(r[8..])),
            new ClientId(BinaryPrimitives.ReadInt32LittleEndian(r[12..])),
            new Instant(BinaryPrimitives.ReadInt64LittleEndian(r[16..])),
            new Instant(BinaryPrimitives.ReadInt64LittleEndian(r[24..])),
            checkedIn == long.MinValue ? null : new Instant(checkedIn),
            (DispatchOutcome)r[48],
            new Price(BinaryPrimitives.ReadInt64LittleEndian(r[40..])));
    }

    /// <summary>A lease not yet written out.</summary>
    private struct Open
    {
        public long Lease;
        public int Job;
        public int Client;
        public long CheckedOut;
        public long Deadline;
        public long CheckedIn;
        public long Price;
        public DispatchOutcome Outcome;
    }

    /// <summary>The scratch file as a list that can only be enumerated, front to back: as values a
    /// block at a time (what <see cref="ReportWriter"/> reads, with no object per dispatch), or as
    /// <see cref="Dispatch"/> objects.</summary>
    private sealed class Reader(DispatchLog log) : IDispatchBlocks
    {
        private const int BlockLength = 4096;

        public int Count => checked((int)log.written);

        public Dispatch this[int index] => throw new NotSupportedException("The dispatches of a run are read in order, not by index.");

        public IEnumerable<ReadOnlyMemory<DispatchValue>> Blocks()
        {
            var chunk = new byte[RecordSize * BlockLength];
            var values = new DispatchValue[BlockLength];
            long position = 0;
            long end = log.written * RecordSize;
            while (position < end)
            {
                int length = (int)Math.Min(chunk.Length, end - position);
                for (int got = 0; got < length;)
                {
                    int read = RandomAccess.Read(log.file.SafeFileHandle, chunk.AsSpan(got, length - got), position + got);
                    got += read > 0 ? read : throw new EndOfStreamException("The dispatch scratch file is shorter than written.");
                }

                int count = length / RecordSize;
                for (int i = 0; i < count; i++)
                {
                    values[i] = DispatchLog.Read(chunk.AsSpan(i * RecordSize, RecordSize));
                }

                position += length;
                yield return values.AsMemory(0, count);
            }
        }

        public IEnumerator<Dispatch> GetEnumerator()
        {
            foreach (ReadOnlyMemory<DispatchValue> block in Blocks())
            {
                for (int i = 0; i < block.Length; i++)
                {
                    yield return block.Span[i].ToDispatch();
                }
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
