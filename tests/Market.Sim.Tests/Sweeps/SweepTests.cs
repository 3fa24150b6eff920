using Market.Sim.Sweeps;

namespace Market.Sim.Tests.Sweeps;

public sealed class SweepTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("market-sweep").FullName;

    public SweepTests()
    {
        File.WriteAllText(Path.Combine(dir, "base.jsonc"), """
            // Scenario: base
            // Covers: a small market for sweep tests
            {
              "durationHours": 2,
              "clients": { "count": 12, "speed": { "lognormal": { "median": 1000, "sigma": 0.5 } } },
              "jobs": { "initial": 30, "arrivalsPerHour": 20, "work": { "lognormal": { "median": 600000, "sigma": 0.7 } }, "price": { "uniform": { "min": 0.1, "max": 3 } } }
            }
            """);
        File.WriteAllText(Path.Combine(dir, "s.sweep.jsonc"), """
            // Sweep: test
            {
              "name": "t", "scenario": "base.jsonc", "seeds": 3,
              "grid": { "market.windowSeconds": [1, 30], "market.policy": ["rank", "fcfs", "lottery"] }
            }
            """);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Sweep_AnyParallelism_IdenticalFiles()
    {
        Assert.Equal(0, Run("sweep", Sweep, "--jobs", "1", "--out", Out("one"), "--quiet"));
        var stdout = new StringWriter();
        Assert.Equal(0, Cli.Run(["sweep", Sweep, "--jobs", "2", "--out", Out("two"), "--quiet"], stdout, TextWriter.Null));
        Assert.Matches(@"^t: 18 of 18 runs \(6 grid points x 3 seeds\) on 2 threads in \d+\.\d\d s\r?$", stdout.ToString().Split('\n')[0]);
        foreach (string f in new[] { "runs.csv", "aggregate.csv", "plot-wait_p50_s.png", "plot-wait_p50_s.svg" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(Out("one"), f)), File.ReadAllBytes(Path.Combine(Out("two"), f)));
        }

        Assert.Contains("rank", File.ReadAllText(Path.Combine(Out("one"), "plot-wait_p50_s.svg")));

        (IReadOnlyList<string> header, IReadOnlyList<string[]> rows) = SweepOutput.ReadRuns(Path.Combine(Out("one"), "runs.csv"));
        Assert.Equal(18, rows.Count); // 2 windows x 3 policies x 3 seeds
        Assert.Equal(["run", "seed", "market.windowSeconds", "market.policy"], header.Take(4));
        Assert.Equal(7, File.ReadAllLines(Path.Combine(Out("one"), "aggregate.csv")).Length); // header + 6 grid points
    }

    [Fact]
    public void Sweep_NotATerminal_ProgressLinesWithWhatIsLeft()
    {
        // Under a test runner (as under CI or a batch scheduler) the console is not interactive,
        // so the sweep writes a line at each tenth of its runs instead of drawing a bar.
        Assert.False(Spectre.Console.AnsiConsole.Profile.Capabilities.Interactive, "the test needs a console that is not a terminal");
        var stderr = new StringWriter();
        // One thread, so that the runs finish in the order they are counted (with two, a count
        // can reach the lock after a larger one, and its tenth is then not printed).
        Assert.Equal(0, Cli.Run(["sweep", Sweep, "--jobs", "1", "--out", Out("progress")], TextWriter.Null, stderr));
        string[] lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var finished = new List<int>();
        foreach (string line in lines)
        {
            System.Text.RegularExpressions.Match m = System.Text.RegularExpressions.Regex.Match(line, @"^  t: (\d+)/18 runs, \d+ s elapsed, about \d+ s left\r?$");
            Assert.True(m.Success, "not a progress line: " + line);
            finished.Add(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        // 18 runs reach every tenth once, in order, the last with nothing left.
        Assert.Equal(10, finished.Count);
        Assert.Equal(finished.Order(), finished);
        Assert.Equal(18, finished[^1]);
        Assert.EndsWith("about 0 s left", lines[^1].TrimEnd('\r'));
    }

    [Fact]
    public void Shards_Merged_EqualTheWholeSweep()
    {
        Assert.Equal(0, Run("sweep", Sweep, "--out", Out("all"), "--quiet"));
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(0, Run("sweep", Sweep, "--shard", $"{i}/3", "--out", Out("s" + i), "--quiet"));
        }

        Assert.Equal(0, Run("merge", Out("s2"), Out("s0"), Out("s1"), "--out", Out("merged")));
        Assert.False(File.Exists(Path.Combine(Out("s0"), "plot-wait_p50_s.png")));
        foreach (string f in new[] { "runs.csv", "aggregate.csv", "plot-wait_p50_s.png" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(Out("all"), f)), File.ReadAllText(Path.Combine(Out("merged"), f)));
        }

        var stderr = new StringWriter();
        Assert.Equal(2, Cli.Run(["merge", Out("s0"), Out("s0"), "--out", Out("bad")], TextWriter.Null, stderr));
        Assert.Contains("more than one shard", stderr.ToString());
    }

    [Fact]
    public void Load_BadSweep_EveryProblemListed()
    {
        File.WriteAllText(Path.Combine(dir, "bad.sweep.jsonc"), """
            { "scenario": "base.jsonc", "seeds": 0, "grid": { "market.windowSeconds": [-5], "clients.colour": ["red"], "jobs.initial": [] }, "x": "nope", "extra": 1 }
            """);
        var stderr = new StringWriter();
        Assert.Equal(2, Cli.Run(["sweep", Path.Combine(dir, "bad.sweep.jsonc")], TextWriter.Null, stderr));
        string text = stderr.ToString();
        foreach (string expected in new[] { "seeds:", "grid.jobs.initial:", "x: 'nope'", "extra: unknown field" })
        {
            Assert.Contains(expected, text);
        }

        File.WriteAllText(Path.Combine(dir, "bad2.sweep.jsonc"), """
            { "scenario": "base.jsonc", "grid": { "market.windowSeconds": [-5, 5], "clients.colour": ["red"] } }
            """);
        stderr = new StringWriter();
        Assert.Equal(2, Cli.Run(["sweep", Path.Combine(dir, "bad2.sweep.jsonc")], TextWriter.Null, stderr));
        Assert.Contains("grid point market.windowSeconds=-5, clients.colour=\"red\": market.windowSeconds:", stderr.ToString());
        Assert.Contains("clients.colour: unknown field", stderr.ToString());
    }

    [Fact]
    public void MeanAndHalfWidth_KnownValues()
    {
        (double mean, double half) = Aggregate.MeanAndHalfWidth([1, 2, 3, 4]);
        Assert.Equal(2.5, mean, 12);
        Assert.Equal(3.182 * Math.Sqrt(5.0 / 3) / 2, half, 9);
        Assert.Equal((7.0, 0.0), Aggregate.MeanAndHalfWidth([7]));
    }

    [Fact]
    public void ShippedSweeps_Load()
    {
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "scenarios"), "*.sweep.jsonc"))
        {
            (SweepSpec? spec, IReadOnlyList<SweepRun> runs, IReadOnlyList<string> errors) = SweepLoader.Load(file);
            Assert.True(spec is not null, string.Join("\n", errors));
            Assert.NotEmpty(runs);
        }
    }

    private string Sweep => Path.Combine(dir, "s.sweep.jsonc");

    private string Out(string name) => Path.Combine(dir, name);

    private static int Run(params string[] args) => Cli.Run(args, TextWriter.Null, TextWriter.Null);
}
