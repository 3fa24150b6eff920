namespace Market.Reports.Tests;

/// <summary>ReportWriter with a stream whose writes finish later, on another thread, as a file's do.</summary>
public sealed class ReportWriterStreamTests
{
    [Fact]
    public void Write_StreamWritesLater_SameBytesAndNothingWrittenAfterReturn()
    {
        MarketReport report = ManyDispatches(reader: null);
        var slow = new SlowStream();
        ReportWriter.Write(report, slow);
        long afterReturn = slow.Length;
        Thread.Sleep(50);
        Assert.Equal(afterReturn, slow.Length);
        Assert.True(slow.Writes > 2, "the report fills several buffers");
        Assert.Equal(Oracle.XmlWriterReport.Bytes(report), slow.ToArray());
    }

    [Fact]
    public void Write_RejectedNameAfterSeveralBuffers_ThrowsAndLeavesNoWriteInFlight()
    {
        MarketReport good = ManyDispatches(reader: null);
        var market = new SampleMarket(4, 3, 1);
        ReportJob named = market.Report(market.Alice).Jobs.First(j => j.Name is not null) with { Name = "bad\u0001" };
        MarketReport bad = good with { Jobs = [.. Enumerable.Repeat(good.Jobs[0], 30_000), named] };
        var slow = new SlowStream();
        var e = Assert.Throws<ArgumentException>(() => ReportWriter.Write(bad, slow));
        Assert.Contains("0x01", e.Message, StringComparison.Ordinal);
        long afterThrow = slow.Length;
        Thread.Sleep(50);
        Assert.Equal(afterThrow, slow.Length);
    }

    private static MarketReport ManyDispatches(AccountId? reader)
    {
        var market = new SampleMarket(6, 10, 4);
        MarketReport report = market.Report(reader);
        var dispatches = Enumerable.Range(0, 30_000).Select(i => report.Dispatches[i % report.Dispatches.Count] with { Lease = new LeaseId(i) }).ToList();
        return report with { Dispatches = dispatches };
    }

    /// <summary>A stream in memory whose asynchronous writes land a few milliseconds later, from the
    /// pool, and which fails any write that starts while another is in flight.</summary>
    private sealed class SlowStream : Stream
    {
        private readonly MemoryStream bytes = new();
        private int inFlight;

        public int Writes { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length
        {
            get
            {
                lock (bytes)
                {
                    return bytes.Length;
                }
            }
        }

        public override long Position { get => Length; set => throw new NotSupportedException(); }

        public byte[] ToArray() => bytes.ToArray();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Assert.Equal(1, Interlocked.Increment(ref inFlight));
            await Task.Delay(5, cancellationToken).ConfigureAwait(false);
            Append(buffer.Span);
            Writes++;
            Interlocked.Decrement(ref inFlight);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Assert.True(Volatile.Read(ref inFlight) == 0, "a write while another is in flight");
            Append(buffer.AsSpan(offset, count));
        }

        public override void Flush() => Assert.True(Volatile.Read(ref inFlight) == 0, "a flush while a write is in flight");

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private void Append(ReadOnlySpan<byte> data)
        {
            lock (bytes)
            {
                bytes.Write(data);
            }
        }
    }
}
