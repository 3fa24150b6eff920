using System.Xml.Linq;
using Market.Reports;

namespace Market.Sim.Tests.Running;

public sealed class SimulationTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("market-sim").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Scenario(string policy = "rank", string extra = "") => $$"""
        // Scenario: test
        // Covers: a short run with every kind of event
        {
          "name": "test", "durationHours": 6,
          "market": { "policy": "{{policy}}", "windowSeconds": 5, "testWork": 60000 },
          "clients": { "count": 30, "owners": 5, "speed": { "lognormal": { "median": 1000, "sigma": 0.6 } },
                       "availability": "onoff", "meanUpHours": 2, "meanDownHours": 1, "vanishPerHour": 0.3, "bandwidthMBps": 5 {{extra}} },
          "jobs": { "initial": 40, "arrivalsPerHour": 30, "work": { "lognormal": { "median": 1800000, "sigma": 0.8 } },
                    "price": { "uniform": { "min": 0.1, "max": 5 } }, "owners": 6, "budget": 10000, "stateSizeMB": 20,
                    "repricing": "randomWalk", "repricingMinutes": 30 }
        }
        """;

    [Fact]
    public void Run_SameScenarioAndSeed_ByteIdenticalFiles()
    {
        string file = Write(Scenario());
        Assert.Equal(0, Cli.Run(["run", file, "--seed", "7", "--out", Path.Combine(dir, "a"), "--quiet"], TextWriter.Null, TextWriter.Null));
        Assert.Equal(0, Cli.Run(["run", file, "--seed", "7", "--out", Path.Combine(dir, "b"), "--quiet"], TextWriter.Null, TextWriter.Null));
        string[] names = Directory.GetFiles(Path.Combine(dir, "a")).Select(Path.GetFileName).ToArray()!;
        Assert.Equal(14, names.Length); // six data files and four plots as PNG and SVG, all deterministic
        foreach (string name in names)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(dir, "a", name)).SequenceEqual(File.ReadAllBytes(Path.Combine(dir, "b", name))), name + " differs");
        }

        Assert.Equal(0, Cli.Run(["run", file, "--seed", "8", "--out", Path.Combine(dir, "c"), "--quiet"], TextWriter.Null, TextWriter.Null));
        Assert.NotEqual(File.ReadAllText(Path.Combine(dir, "a", "summary.csv")), File.ReadAllText(Path.Combine(dir, "c", "summary.csv")));
    }

    [Fact]
    public void Run_Events_OneLinePerEngineEvent_SameEveryTime()
    {
        string file = Write(Scenario());
        Assert.Equal(0, Cli.Run(["run", file, "--events", "--no-plots", "--quiet", "--out", Path.Combine(dir, "e1")], TextWriter.Null, TextWriter.Null));
        Assert.Equal(0, Cli.Run(["run", file, "--events", "--no-plots", "--quiet", "--out", Path.Combine(dir, "e2")], TextWriter.Null, TextWriter.Null));
        string[] lines = File.ReadAllLines(Path.Combine(dir, "e1", "events.log"));
        string summary = File.ReadAllText(Path.Combine(dir, "e1", "summary.json"));
        Assert.Contains($"\"engine_events\": {lines.Length},", summary);
        Assert.Contains(lines, l => l.Contains(" LeaseGranted ", StringComparison.Ordinal));
        Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "e1", "events.log")), File.ReadAllBytes(Path.Combine(dir, "e2", "events.log")));
        foreach (string metric in new[] { "welfare_price_speed_hours", "wait_p99_s_price_decile_10", "turnaround_p90_s_price_decile_1", "window_regret_fraction" })
        {
            Assert.Contains($"\"{metric}\":", summary);
        }
    }

    [Fact]
    public void Run_ReportXml_ValidAndWithoutOwnerLinks()
    {
        Assert.Equal(0, Cli.Run(["run", Write(Scenario()), "--out", Path.Combine(dir, "r"), "--quiet"], TextWriter.Null, TextWriter.Null));
        string xml = File.ReadAllText(Path.Combine(dir, "r", "report.xml"));
        Assert.Empty(ReportSchema.Validate(new StringReader(xml)));
        XDocument doc = XDocument.Parse(xml);
        Assert.Empty(doc.Descendants().Attributes("owner"));
        Assert.Empty(doc.Descendants().Attributes("name"));
        Assert.Null(doc.Root!.Attribute("reader"));
        Assert.Contains(doc.Descendants(XName.Get("dispatch", ReportWriter.Namespace)), d => d.Attribute("outcome")!.Value == "expired");
    }

    [Fact]
    public void Run_ReportXml_ValidForXmllintToo()
    {
        // The schema checked by an independent implementation (libxml2), as ./test.sh installs it.
        string? xmllint = Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(d => Path.Combine(d, "xmllint")).FirstOrDefault(File.Exists);
        if (xmllint is null)
        {
            Assert.Fail("xmllint is not installed (apt-get install libxml2-utils; ./test.sh installs it)");
        }

        Assert.Equal(0, Cli.Run(["run", Write(Scenario()), "--out", Path.Combine(dir, "x"), "--quiet", "--no-plots"], TextWriter.Null, TextWriter.Null));
        string xsd = Path.Combine(dir, ReportSchema.FileName);
        File.WriteAllText(xsd, ReportSchema.Text());
        var psi = new System.Diagnostics.ProcessStartInfo(xmllint, ["--noout", "--schema", xsd, Path.Combine(dir, "x", "report.xml")]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var p = System.Diagnostics.Process.Start(psi)!;
        string output = p.StandardError.ReadToEnd() + p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, output);
    }

    [Fact]
    public void Run_ChurnAndVanishing_RollbacksAndTestsHappen_CreditsConserved()
    {
        var scenario = ScenarioLoader.Parse(Scenario()).Scenario!;
        var sim = new Market.Sim.Running.Simulation(scenario, 3);
        sim.Run();
        var m = sim.Metrics.Summary.ToDictionary(p => p.Name, p => p.Value);
        Assert.True(m["rollbacks"] > 0 && m["work_lost_to_rollbacks"] > 0);
        Assert.True(m["speed_tests"] > 30 && m["jobs_completed"] > 0 && m["leases"] > m["jobs_completed"]);
        Assert.Equal(0, sim.Engine.TotalBalanceMicro());
        Assert.InRange(m["utilization"], 0.01, 1.0);

        // Work for the event queue stays proportional to what happens (a regression: superseded
        // engine wake-ups once multiplied into millions of events).
        Assert.True(m["sim_events"] < (12 * m["leases"]) + (4 * m["speed_tests"]) + (60 * 6) + 2000, "sim events " + m["sim_events"]);
    }

    [Fact]
    public void Run_WithoutReadAhead_SameEventsAndResults()
    {
        // Reading the next machines' records ahead is only a hint to the memory: every engine event,
        // every metric and every job and machine come out the same without it, here with churn,
        // vanishing machines, rollbacks and repricing.
        var scenario = ScenarioLoader.Parse(Market.Sim.Tests.Output.DispatchLogTests.BiggerChurn).Scenario!;
        (string Events, string Results) Run(bool readAhead)
        {
            // Two runs: one logging every event, one as `run` goes without --events (its sink then
            // takes only the event kinds it folds in), so the read-ahead is checked in both.
            using var events = new StringWriter();
            var logged = new Market.Sim.Running.Simulation(scenario, 7, eventLog: events, readAhead: readAhead);
            logged.Run();
            var plain = new Market.Sim.Running.Simulation(scenario, 7, readAhead: readAhead);
            plain.Run();
            var results = new System.Text.StringBuilder();
            foreach ((string name, double value) in plain.Metrics.Summary)
            {
                results.Append(name).Append('=').Append(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            }

            foreach (Market.Sim.Running.SimClient c in plain.Clients)
            {
                results.Append(Fields(c)).Append('\n');
            }

            for (int j = 1; j <= plain.Jobs.Count; j++)
            {
                results.Append(Fields(plain.Jobs.At(j))).Append('\n');
            }

            return (events.ToString(), results.ToString());
        }

        static string Fields<T>(T record) => string.Join(',', typeof(T).GetFields().Select(f => System.FormattableString.Invariant($"{f.Name}={f.GetValue(record)}")));

        (string events, string results) = Run(readAhead: true);
        (string eventsWithout, string resultsWithout) = Run(readAhead: false);
        Assert.True(events.Length > 100_000, "the run logs many events");
        Assert.Contains("rollbacks=", results, StringComparison.Ordinal);
        Assert.Equal(eventsWithout, events);
        Assert.Equal(resultsWithout, results);
    }

    [Theory]
    [InlineData("rank", true)]
    [InlineData("vickrey", true)]
    [InlineData("fcfs", false)]
    [InlineData("lottery", false)]
    public void Run_WindowRegret_ZeroOnlyForRankAllocation(string policy, bool zero)
    {
        string crowded = $$"""
            {
              "durationHours": 6,
              "market": { "windowSeconds": 120, "policy": "{{policy}}" },
              "clients": { "count": 30, "speed": { "lognormal": { "median": 1000, "sigma": 0.8 } } },
              "jobs": { "initial": 200, "work": { "constant": 3000000 }, "price": { "uniform": { "min": 0.1, "max": 10 } } }
            }
            """;
        var sim = new Market.Sim.Running.Simulation(ScenarioLoader.Parse(crowded).Scenario!, 1);
        sim.Run();
        var m = sim.Metrics.Summary.ToDictionary(p => p.Name, p => p.Value);
        Assert.True(sim.Regret.Windows > 10);
        Assert.True(zero ? m["window_regret_fraction"] < 1e-9 : m["window_regret_fraction"] > 0.01, $"{policy}: regret fraction {m["window_regret_fraction"]}");
        if (zero)
        {
            // Pooling lets rank give the dearest jobs the fastest of the pooled machines.
            Assert.True(m["window_gain_over_no_window"] > 0);
        }
    }

    [Fact]
    public void Run_FcfsWithDifferentSpeeds_PriceBuysNoSpeed()
    {
        const string crowded = """
            {
              "durationHours": 12,
              "market": { "windowSeconds": 120, "policy": "fcfs" },
              "clients": { "count": 40, "speed": { "lognormal": { "median": 1000, "sigma": 0.8 } } },
              "jobs": { "initial": 400, "work": { "constant": 3000000 }, "price": { "uniform": { "min": 0.1, "max": 10 } } }
            }
            """;
        var sim = new Market.Sim.Running.Simulation(ScenarioLoader.Parse(crowded).Scenario!, 1);
        sim.Run();
        double within = sim.Metrics.Summary.Single(p => p.Name == "spearman_price_speed_within_window").Value;
        Assert.InRange(within, -0.25, 0.25);
    }

    [Fact]
    public void Run_RankWithDifferentSpeeds_PriceAndReceivedSpeedCorrelatePositively()
    {
        const string crowded = """
            {
              "durationHours": 12,
              "market": { "windowSeconds": 120 },
              "clients": { "count": 40, "speed": { "lognormal": { "median": 1000, "sigma": 0.8 } } },
              "jobs": { "initial": 400, "work": { "constant": 3000000 }, "price": { "uniform": { "min": 0.1, "max": 10 } } }
            }
            """;
        var sim = new Market.Sim.Running.Simulation(ScenarioLoader.Parse(crowded).Scenario!, 1);
        sim.Run();
        // With a window long enough to pool several requests, rank gives the dearest jobs the fastest machines.
        double within = sim.Metrics.Summary.Single(p => p.Name == "spearman_price_speed_within_window").Value;
        double pooled = sim.Metrics.Summary.Single(p => p.Name == "spearman_price_speed").Value;
        Assert.True(within > 0.9 && pooled > 0, $"within windows {within}, over all leases {pooled}");
    }

    [Theory]
    [InlineData(new[] { "run" }, "needs a scenario")]
    [InlineData(new[] { "run", "/nonexistent.jsonc" }, "cannot read")]
    [InlineData(new[] { "run", "x.jsonc", "--seed", "-3" }, "--seed")]
    [InlineData(new[] { "fly" }, "unknown command")]
    public void Cli_BadInput_ClearErrorExitTwo(string[] args, string expected)
    {
        var stderr = new StringWriter();
        Assert.Equal(2, Cli.Run(args, TextWriter.Null, stderr));
        Assert.Contains(expected, stderr.ToString());
        Assert.DoesNotContain("   at ", stderr.ToString());
    }

    [Fact]
    public void Cli_Help_ListsEveryCommandEachOnItsOwnLine()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, Cli.Run(["--help"], stdout, TextWriter.Null));
        string[] lines = stdout.ToString().Split('\n');
        foreach (string command in new[] { "run SCENARIO", "check SCENARIO", "sweep SWEEP", "merge DIR", "price REPORT.xml", "run --from-report" })
        {
            Assert.Contains(lines, l => l.TrimStart().StartsWith(command, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Cli_InvalidScenario_EveryProblemListed()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, Cli.Run(["run", Write("{ \"clients\": { \"count\": -1 }, \"jobs\": {} }")], TextWriter.Null, stderr));
        Assert.Contains("clients.count", stderr.ToString());
        Assert.Contains("clients.speed: is required", stderr.ToString());
        Assert.Contains("jobs.work: is required", stderr.ToString());
    }

    private string Write(string text)
    {
        string file = Path.Combine(dir, Guid.NewGuid().ToString("N") + ".jsonc");
        File.WriteAllText(file, text);
        return file;
    }
}

public sealed class AvailabilityTests
{
    [Theory]
    [InlineData("diurnal")]
    [InlineData("onoff")]
    [InlineData("always")]
    public void Run_AnyAvailability_ClientsNeverLeasedLongerThanAvailable(string availability)
    {
        string text = $$"""
            {
              "durationHours": 168,
              "clients": { "count": 20, "speed": { "lognormal": { "median": 1000, "sigma": 0.5 } }, "availability": "{{availability}}", "meanUpHours": 3, "meanDownHours": 1, "leaseMinutes": 15 },
              "jobs": { "initial": 100, "arrivalsPerHour": 30, "work": { "constant": 3600000 }, "price": { "constant": 1 } }
            }
            """;
        var sim = new Market.Sim.Running.Simulation(ScenarioLoader.Parse(text).Scenario!, 2);
        sim.Run();
        double total = 0;
        foreach (Market.Sim.Running.SimClient c in sim.Clients)
        {
            total += c.AvailableSeconds;
        }

        Assert.True(total > 0.3 * 20 * 168 * 3600, "available time is counted to the end");
        foreach (Market.Sim.Running.SimClient c in sim.Clients)
        {
            double available = c.AvailableSeconds;
            Assert.True(c.LeasedSeconds + c.TestSeconds <= available + 1, $"{c.Id}: leased {c.LeasedSeconds} + tests {c.TestSeconds} > available {available}");
        }
    }
}
