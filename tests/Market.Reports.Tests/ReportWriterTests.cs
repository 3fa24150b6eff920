using System.Diagnostics;
using System.Xml.Linq;
using FsCheck.Xunit;

namespace Market.Reports.Tests;

public sealed class ReportWriterTests
{
    private static readonly XNamespace M = ReportWriter.Namespace;

    [Fact]
    public void Write_SampleMarket_MatchesApprovedFile()
    {
        string xml = ReportWriter.ToXml(new SampleMarket().Report(reader: null));
        Approvals.Verify("report-nobody.xml", xml);
    }

    [Fact]
    public void Schema_Text_MatchesApprovedFile() => Approvals.Verify("market-report-v1.xsd", ReportSchema.Text());

    [Property(MaxTest = 40)]
    public bool Write_AnyMarket_ValidAgainstSchema(ulong seed, byte jobs, byte clients, bool forBob)
    {
        var market = new SampleMarket(seed, jobs % 40, clients % 20);
        string xml = ReportWriter.ToXml(market.Report(forBob ? market.Bob : null, forBob ? ReportSource.Live : ReportSource.Simulation));
        return ReportSchema.Validate(new StringReader(xml)).Count == 0;
    }

    [Property(MaxTest = 2000)]
    public bool FormatTime_AnyInstant_SameAsTime(long ticks, byte roundTo)
    {
        // Rounded down to 10^0..10^7 ticks so that fractions with trailing zeros and whole seconds come up.
        long t = (long)((ulong)ticks % ((ulong)DateTime.MaxValue.Ticks + 1));
        long unit = (long)Math.Pow(10, roundTo % 8);
        var instant = new Instant(t - (t % unit));
        Span<char> buffer = stackalloc char[28];
        return buffer[..ReportWriter.FormatTime(instant, buffer)].SequenceEqual(ReportWriter.Time(instant));
    }

    [Fact]
    public void Write_SampleMarket_HasEveryDispatchOutcomeAndContractAttributes()
    {
        XDocument doc = XDocument.Parse(ReportWriter.ToXml(new SampleMarket().Report(reader: null)));
        XElement root = doc.Root!;
        Assert.Equal(M + "report", root.Name);
        Assert.All(root.Element(M + "clients")!.Elements(M + "client"), c => Assert.True(c.Attribute("id") is not null && c.Attribute("speed") is not null));
        Assert.All(root.Element(M + "jobs")!.Elements(M + "job"), j => Assert.True(j.Attribute("id") is not null && j.Attribute("price") is not null && j.Attribute("status") is not null));
        var outcomes = root.Element(M + "dispatches")!.Elements(M + "dispatch").Select(d => d.Attribute("outcome")!.Value).ToHashSet();
        Assert.Superset(new HashSet<string> { "accepted", "rejected", "open" }, outcomes);
        Assert.Contains(root.Element(M + "dispatches")!.Elements(M + "dispatch"), d => d.Attribute("checkedIn") is not null);
    }

    [Fact]
    public void Write_ReaderOwnsNothing_NoOwnerLinksAtAll()
    {
        string xml = ReportWriter.ToXml(new SampleMarket().Report(reader: null));
        Assert.DoesNotContain("owner=", xml);
        Assert.DoesNotContain("name=", xml);
        Assert.DoesNotContain("secret", xml);
    }

    [Fact]
    public void Write_ForAlice_HerNamesAndOwnerOnly_NoOtherOwnerIdOrJobName()
    {
        var market = new SampleMarket(seed: 3, extraJobs: 12, extraClients: 6);
        string xml = ReportWriter.ToXml(market.Report(market.Alice));
        Assert.Contains("alice-secret-render", xml);
        foreach (JobInfo j in market.Engine.Jobs().Where(j => j.Owner != market.Alice))
        {
            Assert.DoesNotContain("\"" + j.Name + "\"", xml);
            Assert.DoesNotContain(j.Name, xml);
        }

        XDocument doc = XDocument.Parse(xml);
        Assert.DoesNotContain("\"" + market.Bob + "\"", xml);
        var ownerValues = doc.Descendants().Attributes().Where(a => a.Value == market.Bob.ToString()).ToList();
        Assert.Empty(ownerValues);
        Assert.All(doc.Descendants().Attributes("owner"), a => Assert.Equal(market.Alice.ToString(), a.Value));
        Assert.Equal(market.Alice.ToString(), doc.Root!.Attribute("reader")!.Value);
    }

    [SkippableXmllintFact]
    public void Write_AnyReport_ValidForXmllintToo()
    {
        string dir = Path.Combine(Path.GetTempPath(), "market-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string xsd = Path.Combine(dir, ReportSchema.FileName);
            File.WriteAllText(xsd, ReportSchema.Text());
            var files = new List<string>();
            for (int seed = 1; seed <= 5; seed++)
            {
                var market = new SampleMarket((ulong)seed, seed * 5, seed);
                string file = Path.Combine(dir, $"r{seed}.xml");
                File.WriteAllText(file, ReportWriter.ToXml(market.Report(seed % 2 == 0 ? market.Alice : null)));
                files.Add(file);
            }

            (int code, string output) = Xmllint.Run(["--noout", "--schema", xsd, .. files]);
            Assert.True(code == 0, output);

            string bad = Path.Combine(dir, "bad.xml");
            File.WriteAllText(bad, File.ReadAllText(files[0]).Replace("status=\"queued\"", "status=\"lost\""));
            Assert.NotEqual(0, Xmllint.Run(["--noout", "--schema", xsd, bad]).Code);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
