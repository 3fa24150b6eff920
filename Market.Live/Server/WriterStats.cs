using System.Diagnostics;
using System.Globalization;

namespace Market.Live.Server;

/// <summary>Counters of the single writer, for operators and the load benchmark.</summary>
public sealed class WriterStats
{
    private long batches, requests, statements, executeTicks, commitTicks;

    public long Batches => Interlocked.Read(ref batches);

    public long Requests => Interlocked.Read(ref requests);

    internal void Record(int items, int ops, long execute, long commit)
    {
        Interlocked.Increment(ref batches);
        Interlocked.Add(ref requests, items);
        Interlocked.Add(ref statements, ops);
        Interlocked.Add(ref executeTicks, execute);
        Interlocked.Add(ref commitTicks, commit);
    }

    public override string ToString()
    {
        long b = Math.Max(1, Batches);
        double ms = 1000.0 / Stopwatch.Frequency;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Batches} batches, {Requests} requests ({Requests / (double)b:0.0} per batch), {Interlocked.Read(ref statements) / (double)Math.Max(1, Requests):0.0} statements per request, execute {Interlocked.Read(ref executeTicks) * ms / b:0.000} ms and commit {Interlocked.Read(ref commitTicks) * ms / b:0.000} ms per batch");
    }
}
