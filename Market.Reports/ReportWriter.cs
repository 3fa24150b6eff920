using System.Globalization;
using System.Text;
using System.Xml;
using Market.Engine;

namespace Market.Reports;

/// <summary>Writes a <see cref="MarketReport"/> as XML in the <c>urn:market:report:v1</c> namespace.
/// Every report written is valid against <c>market-report-v1.xsd</c> (a test checks it).</summary>
public static class ReportWriter
{
    /// <summary>The report namespace.</summary>
    public const string Namespace = "urn:market:report:v1";

    /// <summary>Writes the report to a stream as UTF-8 (no byte-order mark), indented.</summary>
    /// <remarks>The bytes are those XmlWriter writes with <c>Indent = true</c> and <c>"\n"</c> new
    /// lines (a differential test holds them to it). Text with a character XmlWriter rejects throws
    /// XmlWriter's <see cref="ArgumentException"/>; what was written before it is then incomplete.</remarks>
    /// <exception cref="ArgumentException">A name or the policy holds a character XML cannot hold.</exception>
    public static void Write(MarketReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var w = new Utf8XmlWriter(output);
        try
        {
            w.Declaration();
            w.StartElement("report"u8, 0);
            w.Raw(" version=\"1\""u8);
            w.TimeAttribute(" generated=\""u8, report.Generated);
            w.Raw(report.Source == ReportSource.Live ? " source=\"live\""u8 : " source=\"simulation\""u8);
            if (report.Reader is AccountId reader)
            {
                w.NumberAttribute(" reader=\"A"u8, reader.Value);
            }

            w.Raw(" xmlns=\"urn:market:report:v1\""u8);
            WriteMarket(w, report);
            WriteClients(w, report.Clients);
            WriteJobs(w, report.Jobs);
            WriteDispatches(w, report.Dispatches);
            w.EndElement("report"u8, 0, empty: false);
            w.Finish();
        }
        catch
        {
            w.Abandon();
            throw;
        }
    }

    /// <summary>The report as a string.</summary>
    public static string ToXml(MarketReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>An instant as xs:dateTime in UTC.</summary>
    public static string Time(Instant t) => XmlConvert.ToString(t.ToUtc(), XmlDateTimeSerializationMode.Utc);

    /// <summary>A non-negative number as xs:decimal with at most six places.</summary>
    public static string Decimal(double value)
    {
        return Rounded(value).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>An instant as <see cref="Time"/> writes it, into <paramref name="destination"/>
    /// (at least 28 characters); the number of characters written.</summary>
    public static int FormatTime(Instant t, Span<char> destination)
    {
        if (destination.Length < Utf8Time.MaxLength)
        {
            throw new ArgumentException("The destination is too short for a time.", nameof(destination));
        }

        Span<byte> bytes = stackalloc byte[Utf8Time.MaxBytes];
        int length = new Utf8Time().Format(t, bytes);
        System.Text.Ascii.ToUtf16(bytes[..length], destination, out int written);
        return written;
    }

    /// <summary>As <see cref="Decimal(double)"/> writes it.</summary>
    private static decimal Rounded(double value) => double.IsFinite(value) && Math.Abs(value) < 1e20 ? Math.Round((decimal)value, 6) : 0m;

    private static void WriteMarket(Utf8XmlWriter w, MarketReport report)
    {
        MarketOptions o = report.Market;
        w.StartElement("market"u8, 1);
        w.TextAttribute(" policy=\""u8, report.PolicyName);
        w.TextAttribute(" window=\""u8, XmlConvert.ToString(o.Window));
        w.NumberAttribute(" poolThreshold=\""u8, o.PoolThreshold);
        w.TextAttribute(" minLease=\""u8, XmlConvert.ToString(o.MinLease));
        w.TextAttribute(" maxLease=\""u8, XmlConvert.ToString(o.MaxLease));
        w.TextAttribute(" testInterval=\""u8, XmlConvert.ToString(o.TestInterval));

        // Parts per million are millionths, as micro-credits are.
        w.MicroAttribute(" commission=\""u8, o.CommissionPpm);
        w.EndElement("market"u8, 1, empty: true);
    }

    private static void WriteClients(Utf8XmlWriter w, IReadOnlyList<ReportClient> clients)
    {
        w.StartElement("clients"u8, 1);
        bool empty = true;
        foreach (ReportClient c in clients)
        {
            empty = false;
            w.StartElement("client"u8, 2);
            w.NumberAttribute(" id=\"C"u8, c.Id.Value);
            w.DecimalAttribute(" speed=\""u8, Rounded(c.Speed));
            w.NumberAttribute(" leasesCompleted=\""u8, c.LeasesCompleted);
            if (c.Owner is AccountId owner)
            {
                w.NumberAttribute(" owner=\"A"u8, owner.Value);
            }

            if (c.Earned is Credits earned)
            {
                w.MicroAttribute(" earned=\""u8, earned.Micro);
            }

            bool measured = false;
            foreach (SpeedMeasurement m in c.Measurements)
            {
                measured = true;
                w.StartElement("measurement"u8, 3);
                w.TimeAttribute(" time=\""u8, m.Time);
                w.DecimalAttribute(" speed=\""u8, Rounded(m.Speed));
                w.EndElement("measurement"u8, 3, empty: true);
            }

            w.EndElement("client"u8, 2, empty: !measured);
        }

        w.EndElement("clients"u8, 1, empty);
    }

    private static void WriteJobs(Utf8XmlWriter w, IReadOnlyList<ReportJob> jobs)
    {
        w.StartElement("jobs"u8, 1);
        bool empty = true;
        foreach (ReportJob j in jobs)
        {
            empty = false;
            w.StartElement("job"u8, 2);
            w.NumberAttribute(" id=\"J"u8, j.Id.Value);
            w.MicroAttribute(" price=\""u8, j.Price.MicroPerHour);
            w.TextAttribute(" status=\""u8, StatusName(j.Status));
            w.TimeAttribute(" submitted=\""u8, j.Submitted);
            w.NumberAttribute(" slices=\""u8, j.Slices);
            w.NumberAttribute(" work=\""u8, j.Work);
            w.NumberAttribute(" rollbacks=\""u8, j.Rollbacks);
            if (j.Owner is AccountId owner)
            {
                w.NumberAttribute(" owner=\"A"u8, owner.Value);
            }

            if (j.Name is not null)
            {
                w.TextAttribute(" name=\""u8, j.Name);
            }

            w.EndElement("job"u8, 2, empty: true);
        }

        w.EndElement("jobs"u8, 1, empty);
    }

    private static void WriteDispatches(Utf8XmlWriter w, IReadOnlyList<Dispatch> dispatches)
    {
        w.StartElement("dispatches"u8, 1);
        var line = new DispatchLine(w);
        bool empty = true;
        if (dispatches is IDispatchBlocks blocks)
        {
            foreach (ReadOnlyMemory<DispatchValue> block in blocks.Blocks())
            {
                foreach (ref readonly DispatchValue d in block.Span)
                {
                    Child(w, ref empty);
                    line.Write(d);
                }
            }
        }
        else
        {
            foreach (Dispatch d in dispatches)
            {
                Child(w, ref empty);
                line.Write(DispatchValue.Of(d));
            }
        }

        w.EndElement("dispatches"u8, 1, empty);
    }

    /// <summary>Before a child: the parent's start tag is closed at the first.</summary>
    private static void Child(Utf8XmlWriter w, ref bool empty)
    {
        if (empty)
        {
            w.BeforeChild();
            empty = false;
        }
    }

    /// <summary>A job status as the report (and the simulator's jobs.csv) names it: the lower-case name.</summary>
    public static string StatusName(JobStatus status) => status switch
    {
        JobStatus.Queued => "queued",
        JobStatus.Leased => "leased",
        JobStatus.Completed => "completed",
        JobStatus.Failed => "failed",
        JobStatus.Paused => "paused",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>A dispatch outcome as the report names it: the lower-case name.</summary>
    internal static string OutcomeName(DispatchOutcome outcome) => outcome switch
    {
        DispatchOutcome.Open => "open",
        DispatchOutcome.Accepted => "accepted",
        DispatchOutcome.Rejected => "rejected",
        DispatchOutcome.Expired => "expired",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
