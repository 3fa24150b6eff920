using System.Globalization;
using System.Text;
using System.Xml;

namespace Market.Reports.Tests.Oracle;

/// <summary>The report writer as it was before it wrote bytes by hand: every element and attribute
/// through <see cref="XmlWriter"/>, every value formatted by the framework. It is the oracle the
/// differential tests hold <see cref="ReportWriter"/> to, byte for byte and exception for exception.</summary>
internal static class XmlWriterReport
{
    public static void Write(MarketReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using XmlWriter w = XmlWriter.Create(output, settings);
        w.WriteStartDocument();
        w.WriteStartElement("report", ReportWriter.Namespace);
        w.WriteAttributeString("version", "1");
        w.WriteAttributeString("generated", Time(report.Generated));
        w.WriteAttributeString("source", report.Source == ReportSource.Live ? "live" : "simulation");
        if (report.Reader is AccountId reader)
        {
            w.WriteAttributeString("reader", reader.ToString());
        }

        WriteMarket(w, report);
        WriteClients(w, report.Clients);
        WriteJobs(w, report.Jobs);
        WriteDispatches(w, report.Dispatches);
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    public static byte[] Bytes(MarketReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return stream.ToArray();
    }

    // Formatted by the framework, not by ReportWriter.FormatTime, so that the oracle shares no code
    // with what it checks.
    private static string Time(Instant t) => XmlConvert.ToString(t.ToUtc(), XmlDateTimeSerializationMode.Utc);

    private static string Decimal(double value)
        => (double.IsFinite(value) && Math.Abs(value) < 1e20 ? Math.Round((decimal)value, 6) : 0m).ToString(CultureInfo.InvariantCulture);

    private static void WriteMarket(XmlWriter w, MarketReport report)
    {
        MarketOptions o = report.Market;
        w.WriteStartElement("market", ReportWriter.Namespace);
        w.WriteAttributeString("policy", report.PolicyName);
        w.WriteAttributeString("window", XmlConvert.ToString(o.Window));
        w.WriteAttributeString("poolThreshold", o.PoolThreshold.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("minLease", XmlConvert.ToString(o.MinLease));
        w.WriteAttributeString("maxLease", XmlConvert.ToString(o.MaxLease));
        w.WriteAttributeString("testInterval", XmlConvert.ToString(o.TestInterval));
        w.WriteAttributeString("commission", (o.CommissionPpm / 1_000_000m).ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }

    private static void WriteClients(XmlWriter w, IReadOnlyList<ReportClient> clients)
    {
        w.WriteStartElement("clients", ReportWriter.Namespace);
        foreach (ReportClient c in clients)
        {
            w.WriteStartElement("client", ReportWriter.Namespace);
            w.WriteAttributeString("id", c.Id.ToString());
            w.WriteAttributeString("speed", Decimal(c.Speed));
            w.WriteAttributeString("leasesCompleted", c.LeasesCompleted.ToString(CultureInfo.InvariantCulture));
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
                w.WriteStartElement("measurement", ReportWriter.Namespace);
                w.WriteAttributeString("time", Time(m.Time));
                w.WriteAttributeString("speed", Decimal(m.Speed));
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void WriteJobs(XmlWriter w, IReadOnlyList<ReportJob> jobs)
    {
        w.WriteStartElement("jobs", ReportWriter.Namespace);
        foreach (ReportJob j in jobs)
        {
            w.WriteStartElement("job", ReportWriter.Namespace);
            w.WriteAttributeString("id", j.Id.ToString());
            w.WriteAttributeString("price", j.Price.ToString());
            w.WriteAttributeString("status", j.Status.ToString().ToLowerInvariant());
            w.WriteAttributeString("submitted", Time(j.Submitted));
            w.WriteAttributeString("slices", j.Slices.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("work", j.Work.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("rollbacks", j.Rollbacks.ToString(CultureInfo.InvariantCulture));
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

    private static void WriteDispatches(XmlWriter w, IReadOnlyList<Dispatch> dispatches)
    {
        w.WriteStartElement("dispatches", ReportWriter.Namespace);
        foreach (Dispatch d in dispatches)
        {
            w.WriteStartElement("dispatch", ReportWriter.Namespace);
            w.WriteAttributeString("lease", d.Lease.ToString());
            w.WriteAttributeString("job", d.Job.ToString());
            w.WriteAttributeString("client", d.Client.ToString());
            w.WriteAttributeString("checkedOut", Time(d.CheckedOut));
            w.WriteAttributeString("deadline", Time(d.Deadline));
            if (d.CheckedIn is Instant checkedIn)
            {
                w.WriteAttributeString("checkedIn", Time(checkedIn));
            }

            w.WriteAttributeString("outcome", d.Outcome.ToString().ToLowerInvariant());
            w.WriteAttributeString("price", d.Price.ToString());
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }
}
