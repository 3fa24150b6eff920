using System.Text.RegularExpressions;
using Market.Live.Server;

namespace Market.Live.Tests;

/// <summary>The command line for people, against a running dispatcher: account create, client
/// register, job submit/status/result/price, with clear errors.</summary>
public sealed class PeopleCliTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("market-cli").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void AccountClientJob_FromTheCommandLine_RunToTheResult()
    {
        using var market = new LiveMarket(dir, new DatabaseOptions { Path = Path.Combine(dir, "cli.db") }, "--Market:Window=00:00:00.05", "--Market:MinLease=00:00:01");
        var (code, output) = Cli("account", "create", "--name", "carol");
        Assert.Equal(0, code);
        string key = Regex.Match(output, "mk_[A-Za-z0-9_-]+").Value;
        Assert.NotEmpty(key);

        (code, output) = Cli("client", "register", "--name", "laptop", "--key", key);
        Assert.Equal(0, code);
        string token = Regex.Match(output, "mc_[A-Za-z0-9_-]+").Value;

        File.WriteAllText(Path.Combine(dir, "bad.py"), "def main():\n    with x:\n        pass\n    return {1}\n");
        (code, output) = Cli("job", "submit", "bad.py", "--price", "1", "--key", key);
        Assert.Equal(1, code);
        Assert.Contains("bad.py:2:5: SyntaxError", output, StringComparison.Ordinal);
        Assert.Contains("bad.py:4:12: SyntaxError", output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(dir, "sq.py"), "def main(n, label='sq'):\n    print(label, n)\n    return [i * i for i in range(n)]\n");
        (code, output) = Cli("job", "submit", "sq.py", "--args", "[4]", "--price", "1.25", "--name", "squares", "--key", key);
        Assert.Equal(0, code);
        Assert.Contains("job 1 submitted", output, StringComparison.Ordinal);
        (code, output) = Cli("job", "price", "1", "2.5", "--key", key);
        Assert.Equal(0, code);
        (code, output) = Cli("job", "price", "1", "-2", "--key", key);
        Assert.Equal(1, code);
        Assert.Contains("negative", output, StringComparison.Ordinal);
        (code, output) = Cli("job", "result", "1", "--key", key);
        Assert.Equal(1, code);
        Assert.Contains("not ended", output, StringComparison.Ordinal);

        var worker = market.StartWorker(token, "--lease", "1", "--max-leases", "1");
        Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(60)), worker.Output);
        (code, output) = Cli("job", "status", "1", "--key", key);
        Assert.Equal(0, code);
        Assert.Contains("job 1 'squares': completed", output, StringComparison.Ordinal);
        Assert.Contains("price 2.5/h", output, StringComparison.Ordinal);
        (code, output) = Cli("job", "result", "1", "--key", key);
        Assert.Equal((0, "sq 4\n=> [0, 1, 4, 9]\n"), (code, output));

        (code, output) = Cli("job", "status", "1", "--key", "mk_wrong");
        Assert.Equal(1, code);
        Assert.Contains("unknown or revoked API key", output, StringComparison.Ordinal);

        string Url() => market.Url;
        (int, string) Cli(params string[] args) => LiveProcess.RunToEnd(dir, [.. args, "--server", Url()]);
    }

    [Theory]
    [InlineData("account", "create", "--help")]
    [InlineData("worker", "--help")]
    [InlineData("serve", "--help")]
    [InlineData("log", "--help")]
    public void Help_PrintsUsage(params string[] args)
    {
        var (code, output) = LiveProcess.RunToEnd(dir, args);
        Assert.Equal(0, code);
        Assert.Contains("usage", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Serve_BadSettings_ListsEveryProblemAndExits2()
    {
        var (code, output) = LiveProcess.RunToEnd(dir, "serve", "--Database:Provider=oracle", "--Market:MinLease=-00:00:01", "--Dispatcher:Listen=nowhere");
        Assert.Equal(2, code);
        Assert.Contains("Database:Provider must be 'sqlite' or 'postgres'", output, StringComparison.Ordinal);
        Assert.Contains("MinLease", output, StringComparison.Ordinal);
        Assert.Contains("Dispatcher:Listen", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void JobSubmit_WithoutKey_UsageError()
    {
        File.WriteAllText(Path.Combine(dir, "p.py"), "def main():\n    return 1\n");
        var psiKey = Environment.GetEnvironmentVariable("MARKET_API_KEY");
        Assert.Null(psiKey);
        var (code, output) = LiveProcess.RunToEnd(dir, "job", "submit", "p.py", "--price", "1", "--server", "http://127.0.0.1:1");
        Assert.Equal(2, code);
        Assert.Contains("an API key is needed", output, StringComparison.Ordinal);
    }
}
