using FsCheck.Xunit;
using Market.Reports.Tests.Oracle;

namespace Market.Reports.Tests;

/// <summary>ReportWriter against the XmlWriter-based writer it replaced: the same bytes for every
/// report, and the same exception where XmlWriter rejects a character.</summary>
public sealed class ReportWriterDifferentialTests
{
    [Property(MaxTest = 400, Arbitrary = [typeof(ReportGenerators)])]
    public void Write_GeneratedReport_SameAsXmlWriter(GeneratedReport generated) => AssertSameAsOracle(generated.Report);

    [Property(MaxTest = 200, Arbitrary = [typeof(ReportGenerators)])]
    public void Write_DispatchesInBlocks_SameAsXmlWriterReadingThemAsObjects(GeneratedReport generated, byte blockLength)
    {
        // The blocks are read, not the objects: blocks of every length, empty ones among them.
        var blocks = new BlockList(generated.Report.Dispatches, blockLength % 7);
        AssertSameAsOracle(generated.Report with { Dispatches = blocks });
    }

    [Theory]
    [InlineData(0UL, 0, 0)]
    [InlineData(1UL, 0, 0)]
    [InlineData(2UL, 12, 6)]
    [InlineData(7UL, 39, 19)]
    public void Write_SampleMarket_EveryReaderAndSource_SameAsXmlWriter(ulong seed, int jobs, int clients)
    {
        var market = new SampleMarket(seed, jobs, clients);
        foreach (AccountId? reader in new AccountId?[] { null, market.Alice, market.Bob })
        {
            foreach (ReportSource source in Enum.GetValues<ReportSource>())
            {
                AssertSameAsOracle(market.Report(reader, source));
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("a&b<c>d\"e'f")]
    [InlineData("tab\tnewline\ncr\r crlf\r\n")]
    [InlineData("é中\u00A0\u0085\u2028\u07FF\u0800\uFFFD\uD7FF\uE000\u007F")]
    [InlineData("emoji \uD83D\uDE00 and \uDBFF\uDFFF")]
    [InlineData("]]> &amp; &#x9;")]
    [InlineData("\u0001")]
    [InlineData("bell\u0007")]
    [InlineData("lone high \uD800")]
    [InlineData("lone high at the end \uDBFF")]
    [InlineData("lone low \uDC00 x")]
    [InlineData("reversed \uDE00\uD83D")]
    [InlineData("not a character \uFFFE")]
    [InlineData("not a character \uFFFF")]
    public void Write_JobNameAndPolicy_EscapedOrRejectedAsXmlWriter(string text)
    {
        var market = new SampleMarket(3, 4, 2);
        MarketReport report = market.Report(market.Alice, ReportSource.Live);
        var jobs = report.Jobs.Select(j => j.Name is null ? j : j with { Name = text }).ToList();
        AssertSameAsOracle(report with { Jobs = jobs });
        AssertSameAsOracle(report with { PolicyName = text });
    }

    [Fact]
    public void Write_BigNamesAndManyDispatches_SameAsXmlWriter()
    {
        // Longer than the writer's buffer, so that text and elements straddle its flushes.
        var market = new SampleMarket(5, 30, 10);
        MarketReport report = market.Report(market.Bob, ReportSource.Live);
        string big = string.Concat(Enumerable.Range(0, 60_000).Select(i => "ab&<é中\uD83D\uDE00\n"[i % 9]));
        var jobs = report.Jobs.Select(j => j.Name is null ? j : j with { Name = big + j.Name }).ToList();
        var dispatches = Enumerable.Range(0, 40_000).Select(i => report.Dispatches[i % report.Dispatches.Count] with { Lease = new LeaseId(i) }).ToList();
        AssertSameAsOracle(report with { Jobs = jobs, Dispatches = dispatches });
    }

    internal static void AssertSameAsOracle(MarketReport report)
    {
        (byte[]? expected, Exception? expectedError) = Run(XmlWriterReport.Write, report);
        (byte[]? actual, Exception? actualError) = Run(ReportWriter.Write, report);
        if (expectedError is not null)
        {
            Assert.True(actualError is not null, $"XmlWriter threw {expectedError.GetType().Name} ({expectedError.Message}); ReportWriter wrote a report");
            Assert.Equal(expectedError.GetType(), actualError!.GetType());
            Assert.Equal(expectedError.Message, actualError!.Message);
            return;
        }

        Assert.True(actualError is null, $"ReportWriter threw {actualError}");
        byte[] want = expected!;
        byte[] got = actual!;
        if (!want.AsSpan().SequenceEqual(got))
        {
            int at = want.AsSpan().CommonPrefixLength(got);
            string Around(byte[] b) => System.Text.Encoding.UTF8.GetString(b, Math.Max(0, at - 80), Math.Min(b.Length, at + 80) - Math.Max(0, at - 80));
            Assert.Fail($"the reports differ at byte {at} of {want.Length} (ReportWriter wrote {got.Length}):\nXmlWriter:    {Around(want)}\nReportWriter: {Around(got)}");
        }
    }

    private static (byte[]? Bytes, Exception? Error) Run(Action<MarketReport, Stream> write, MarketReport report)
    {
        using var stream = new MemoryStream();
        try
        {
            write(report, stream);
            return (stream.ToArray(), null);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            return (null, e);
        }
    }

    /// <summary>Dispatches that hand themselves out in blocks of a given length (0: alternately
    /// empty and one long), and refuse to be read as objects by anything but the oracle's enumeration.</summary>
    private sealed class BlockList(IReadOnlyList<Dispatch> dispatches, int blockLength) : IDispatchBlocks
    {
        public int Count => dispatches.Count;

        public Dispatch this[int index] => throw new NotSupportedException();

        public IEnumerable<ReadOnlyMemory<DispatchValue>> Blocks()
        {
            var block = new DispatchValue[Math.Max(1, blockLength)];
            for (int at = 0; at < dispatches.Count;)
            {
                if (blockLength == 0)
                {
                    yield return ReadOnlyMemory<DispatchValue>.Empty;
                }

                int n = Math.Min(block.Length, dispatches.Count - at);
                for (int i = 0; i < n; i++)
                {
                    block[i] = DispatchValue.Of(dispatches[at + i]);
                }

                at += n;
                yield return block.AsMemory(0, n);
            }
        }

        public IEnumerator<Dispatch> GetEnumerator() => dispatches.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
