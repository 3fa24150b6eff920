namespace Market.Reports.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("market-cli").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Price_ValidReport_PrintsDecimalAndExitsZero()
    {
        string file = Write(new SampleMarket().Report(null));
        (int code, string stdout, string stderr) = Run("price", file, "--speed", "30");
        Assert.Equal((0, string.Empty), (code, stderr));
        decimal price = decimal.Parse(stdout.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(price > 0);
    }

    [Fact]
    public void Price_NoClientThatFast_NotPossible()
        => Assert.Equal((0, "NotPossible"), Trim(Run("price", Write(new SampleMarket().Report(null)), "--speed", "1000000")));

    [Fact]
    public void Price_Paper_IsExactMinusOneMicro()
    {
        string file = Write(new SampleMarket(extraJobs: 10).Report(null));
        decimal exact = decimal.Parse(Run("price", file, "--speed", "20").Stdout, System.Globalization.CultureInfo.InvariantCulture);
        decimal paper = decimal.Parse(Run("price", file, "--speed", "20", "--paper").Stdout, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(exact - 0.000001m, paper);
    }

    [Fact]
    public void Price_Json_HasPriceAndCounts()
    {
        (int code, string stdout, _) = Run("price", Write(new SampleMarket().Report(null)), "--speed", "30", "--json");
        Assert.Equal(0, code);
        Assert.Contains("\"possible\":true", stdout);
        Assert.Contains("\"fastClients\":", stdout);
    }

    [Fact]
    public void Price_InvalidReport_ExitsTwoWithReasonsOnStderr()
    {
        string file = Path.Combine(dir, "bad.xml");
        File.WriteAllText(file, ReportWriter.ToXml(new SampleMarket().Report(null)).Replace("status=\"queued\"", "status=\"lost\""));
        (int code, string stdout, string stderr) = Run("price", file, "--speed", "1");
        Assert.Equal((2, string.Empty), (code, stdout));
        Assert.Contains("not a valid market report", stderr);
        Assert.Contains("status", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Theory]
    [InlineData("price", "{dir}/missing.xml", "--speed", "1")]
    [InlineData("price", "{file}", "--speed", "fast")]
    [InlineData("price", "{file}")]
    [InlineData("price", "{file}", "--speed", "1", "--bogus")]
    [InlineData("frobnicate")]
    public void BadInput_OneLineErrorExitTwo(params string[] args)
    {
        string file = Write(new SampleMarket().Report(null));
        (int code, _, string stderr) = Run(args.Select(a => a.Replace("{dir}", dir).Replace("{file}", file)).ToArray());
        Assert.Equal(2, code);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.StartsWith("error: ", stderr);
    }

    [Fact]
    public void Validate_ValidAndInvalid()
    {
        string good = Write(new SampleMarket().Report(null));
        Assert.Equal(0, Run("validate", good).Code);
        string bad = Path.Combine(dir, "bad.xml");
        File.WriteAllText(bad, File.ReadAllText(good).Replace("outcome=\"open\"", "outcome=\"x\""));
        (int code, string stdout, _) = Run("report", "validate", bad);
        Assert.Equal(1, code);
        Assert.Matches(@"bad\.xml:\d+:\d+: ", stdout);
    }

    [Fact]
    public void Help_ExitsZero() => Assert.Contains("price REPORT.xml", Run("--help").Stdout);

    private static (int, string) Trim((int Code, string Stdout, string Stderr) r) => (r.Code, r.Stdout.Trim());

    private string Write(MarketReport report)
    {
        string file = Path.Combine(dir, Guid.NewGuid().ToString("N") + ".xml");
        File.WriteAllText(file, ReportWriter.ToXml(report));
        return file;
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Cli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
