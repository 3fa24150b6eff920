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
    public static void Write(MarketReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using XmlWriter w = XmlWriter.Create(output, settings);
        w.WriteStartDocument();
        w.WriteStartElement("report", Namespace);
        w.WriteAttributeString("version", "1");
        w.WriteAttributeString("generated", Time(report.Generated));
        w.WriteAttributeString("source", report.Source == ReportSource.Live ? "live" : "simulation");
        if (report.Reader is AccountId reader)
        {
            w.WriteAttributeString("reader", reader.ToString());
        }

        // Numbers, ids and times are formatted into this buffer and written as characters, not as a
        // string each: a run's report holds millions of them, and the strings grew the peak heap.
        var scratch = new char[64];
        WriteMarket(w, report);
        WriteClients(w, report.Clients, scratch);
        WriteJobs(w, report.Jobs, scratch);
        WriteDispatches(w, report.Dispatches, scratch);
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    /// <summary>The report as a string.</summary>
    public static string ToXml(MarketReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
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
        // XmlConvert's UTC form: seconds, then the fraction without trailing zeros (none if zero), then
        // Z. Written digit by digit: a custom format string is parsed again on every call.
        if (destination.Length < 28)
        {
            throw new ArgumentException("The destination is too short for a time.", nameof(destination));
        }

        DateTime u = t.ToUtc();
        Digits(destination, u.Year, 4);
        destination[4] = '-';
        Digits(destination[5..], u.Month, 2);
        destination[7] = '-';
        Digits(destination[8..], u.Day, 2);
        destination[10] = 'T';
        Digits(destination[11..], u.Hour, 2);
        destination[13] = ':';
        Digits(destination[14..], u.Minute, 2);
        destination[16] = ':';
        Digits(destination[17..], u.Second, 2);
        int at = 19;
        int fraction = (int)(u.Ticks % TimeSpan.TicksPerSecond);
        if (fraction != 0)
        {
            int places = 7;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                places--;
            }

            destination[at++] = '.';
            Digits(destination[at..], fraction, places);
            at += places;
        }

        destination[at++] = 'Z';
        return at;
    }

    private static void Digits(Span<char> destination, int value, int count)
    {
        for (int i = count - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private static void Attribute(XmlWriter w, string name, char[] scratch, int length)
    {
        w.WriteStartAttribute(name);
        w.WriteChars(scratch, 0, length);
        w.WriteEndAttribute();
    }

    private static void TimeAttribute(XmlWriter w, string name, Instant t, char[] scratch)
        => Attribute(w, name, scratch, FormatTime(t, scratch));

    private static void IdAttribute(XmlWriter w, string name, char prefix, long id, char[] scratch)
    {
        scratch[0] = prefix;
        id.TryFormat(scratch.AsSpan(1), out int written, default, CultureInfo.InvariantCulture);
        Attribute(w, name, scratch, written + 1);
    }

    private static void NumberAttribute(XmlWriter w, string name, long value, char[] scratch)
    {
        value.TryFormat(scratch, out int written, default, CultureInfo.InvariantCulture);
        Attribute(w, name, scratch, written);
    }

    private static void DecimalAttribute(XmlWriter w, string name, decimal value, char[] scratch)
    {
        value.TryFormat(scratch, out int written, default, CultureInfo.InvariantCulture);
        Attribute(w, name, scratch, written);
    }

    /// <summary>As <see cref="Decimal(double)"/> writes it.</summary>
    private static decimal Rounded(double value) => double.IsFinite(value) && Math.Abs(value) < 1e20 ? Math.Round((decimal)value, 6) : 0m;

    private static void WriteMarket(XmlWriter w, MarketReport report)
    {
        MarketOptions o = report.Market;
        w.WriteStartElement("market", Namespace);
        w.WriteAttributeString("policy", report.PolicyName);
        w.WriteAttributeString("window", XmlConvert.ToString(o.Window));
        w.WriteAttributeString("poolThreshold", o.PoolThreshold.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("minLease", XmlConvert.ToString(o.MinLease));
        w.WriteAttributeString("maxLease", XmlConvert.ToString(o.MaxLease));
        w.WriteAttributeString("testInterval", XmlConvert.ToString(o.TestInterval));
        w.WriteAttributeString("commission", (o.CommissionPpm / 1_000_000m).ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }

    private static void WriteClients(XmlWriter w, IReadOnlyList<ReportClient> clients, char[] scratch)
    {
        w.WriteStartElement("clients", Namespace);
        foreach (ReportClient c in clients)
        {
            w.WriteStartElement("client", Namespace);
            IdAttribute(w, "id", 'C', c.Id.Value, scratch);
            DecimalAttribute(w, "speed", Rounded(c.Speed), scratch);
            NumberAttribute(w, "leasesCompleted", c.LeasesCompleted, scratch);
            if (c.Owner is AccountId owner)
            {
                w.WriteAttributeString("owner", owner.ToString());
            }

            if (c.Earned is Credits earned)
            {
                w.WriteAttributeString("earned", earned.ToString());
            }

            foreach (SpeedMeasurement m in c.Measurements)
            {
                w.WriteStartElement("measurement", Namespace);
                TimeAttribute(w, "time", m.Time, scratch);
                DecimalAttribute(w, "speed", Rounded(m.Speed), scratch);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void WriteJobs(XmlWriter w, IReadOnlyList<ReportJob> jobs, char[] scratch)
    {
        w.WriteStartElement("jobs", Namespace);
        foreach (ReportJob j in jobs)
        {
            w.WriteStartElement("job", Namespace);
            IdAttribute(w, "id", 'J', j.Id.Value, scratch);
            DecimalAttribute(w, "price", j.Price.ToDecimal(), scratch);
            w.WriteAttributeString("status", StatusName(j.Status));
            TimeAttribute(w, "submitted", j.Submitted, scratch);
            NumberAttribute(w, "slices", j.Slices, scratch);
            NumberAttribute(w, "work", j.Work, scratch);
            NumberAttribute(w, "rollbacks", j.Rollbacks, scratch);
            if (j.Owner is AccountId owner)
            {
                w.WriteAttributeString("owner", owner.ToString());
            }

            if (j.Name is not null)
            {
                w.WriteAttributeString("name", j.Name);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void WriteDispatches(XmlWriter w, IReadOnlyList<Dispatch> dispatches, char[] scratch)
    {
        w.WriteStartElement("dispatches", Namespace);
        foreach (Dispatch d in dispatches)
        {
            w.WriteStartElement("dispatch", Namespace);
            IdAttribute(w, "lease", 'L', d.Lease.Value, scratch);
            IdAttribute(w, "job", 'J', d.Job.Value, scratch);
            IdAttribute(w, "client", 'C', d.Client.Value, scratch);
            TimeAttribute(w, "checkedOut", d.CheckedOut, scratch);
            TimeAttribute(w, "deadline", d.Deadline, scratch);
            if (d.CheckedIn is Instant checkedIn)
            {
                TimeAttribute(w, "checkedIn", checkedIn, scratch);
            }

            w.WriteAttributeString("outcome", OutcomeName(d.Outcome));
            DecimalAttribute(w, "price", d.Price.ToDecimal(), scratch);
            w.WriteEndElement();
        }

        w.WriteEndElement();
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

    private static string OutcomeName(DispatchOutcome outcome) => outcome switch
    {
        DispatchOutcome.Open => "open",
        DispatchOutcome.Accepted => "accepted",
        DispatchOutcome.Rejected => "rejected",
        DispatchOutcome.Expired => "expired",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
