using Market.Engine;

namespace Market.Live.Tests;

/// <summary><c>Market.Sim replay</c> refuses a malformed log with the line that is wrong, and prints nothing else.</summary>
public sealed class ReplayCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("market-replay").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [InlineData("not a log", "first line")]
    [InlineData("# market command log v1\noptions window=-5", "market options")]
    [InlineData("# market command log v1\nOPTIONS\n630000000000000000 open\n630000000000000001 deposit 2 ten", "line 4")]
    [InlineData("# market command log v1\nOPTIONS\n630000000000000005 open\n630000000000000001 open", "back in time")]
    [InlineData("# market command log v1\nOPTIONS\n630000000000000000 fly 1", "unknown verb")]
    public void Replay_MalformedLog_Exit2NamingTheProblem(string text, string problem)
    {
        string file = Path.Combine(dir, "bad.log");
        File.WriteAllText(file, text.Replace("OPTIONS", CommandText.FormatOptions(new MarketOptions()), StringComparison.Ordinal));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(2, Market.Sim.Cli.Run(["replay", file], stdout, stderr));
        Assert.Contains(problem.Replace("line 4", "bad.log:4", StringComparison.Ordinal), stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal("", stdout.ToString());
    }

    [Fact]
    public void Replay_ValidLog_PrintsTheEventsTheEngineEmits()
    {
        var options = new MarketOptions { Window = TimeSpan.FromSeconds(1) };
        var t = Instant.Epoch2000;
        MarketCommand[] commands =
        [
            new OpenAccountCommand(t),
            new DepositCommand(t, new AccountId(2), 50m),
            new RegisterClientCommand(t.Plus(TimeSpan.FromSeconds(1)), new AccountId(2)),
            new SubmitJobCommand(t.Plus(TimeSpan.FromSeconds(2)), new AccountId(2), "a job with spaces & %", 1.25m, StateVersion.Empty),
            new RequestWorkCommand(t.Plus(TimeSpan.FromSeconds(3)), new ClientId(1), TimeSpan.FromMinutes(5)),
            new AdvanceCommand(t.Plus(TimeSpan.FromMinutes(10))),
        ];
        var expected = new List<string>();
        var engine = new MarketEngine(options, new ListSink(expected));
        foreach (var c in commands)
        {
            engine.Execute(c);
        }
        string file = Path.Combine(dir, "ok.log");
        File.WriteAllLines(file, [CommandText.Header, CommandText.FormatOptions(options), .. commands.Select(CommandText.Format)]);
        var stdout = new StringWriter();
        Assert.Equal(0, Market.Sim.Cli.Run(["replay", file], stdout, TextWriter.Null));
        Assert.Equal(expected, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, l => l.Contains("text=a job with spaces & %", StringComparison.Ordinal));
    }

    private sealed class ListSink(List<string> lines) : IMarketEventSink
    {
        public void On(in MarketEvent e) => lines.Add(e.ToString());
    }
}
