namespace Market.Sim.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    private const string Minimal = """
        // Scenario: minimal
        {
          "clients": { "count": 3, "speed": { "constant": 100 } },
          "jobs": { "initial": 2, "work": { "constant": 1000 }, "price": { "constant": 1 } },
        }
        """;

    [Fact]
    public void Parse_MinimalWithCommentsAndTrailingComma_DefaultsFilledIn()
    {
        ScenarioResult r = ScenarioLoader.Parse(Minimal, defaultName: "minimal");
        Assert.Empty(r.Errors);
        Scenario s = r.Scenario!;
        Assert.Equal(("minimal", 3, 2, TimeSpan.FromHours(24)), (s.Name, s.Clients.Count, s.Jobs.Initial, s.Duration));
        Assert.Equal(MatchingPolicyKind.Rank, s.Market.Policy);
    }

    [Fact]
    public void Parse_ManyProblems_AllReportedWithPaths()
    {
        const string bad = """
            {
              "durationHours": -1,
              "market": { "policy": "auction", "windowSeconds": "soon", "minLeaseMinutes": 10, "maxLeaseMinutes": 5 },
              "clients": { "count": 0, "speed": { "lognormal": { "median": 1000, "sigma": -2 } }, "availability": "sometimes", "colour": 3 },
              "jobs": { "work": { "gaussian": 1 }, "price": { "uniform": { "min": 5, "max": 1 } }, "repricing": "targetSpeed" }
            }
            """;
        IReadOnlyList<string> errors = ScenarioLoader.Parse(bad).Errors;
        foreach (string path in new[] { "durationHours:", "market.policy:", "market.windowSeconds:", "market: MaxLease", "clients.count:", "clients.speed.lognormal.sigma:", "clients.availability:", "clients.colour: unknown field", "jobs.work.gaussian:", "jobs.price.uniform.max:", "jobs.targetSpeed:", "jobs: has no jobs" })
        {
            Assert.Contains(errors, e => e.StartsWith(path, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Parse_NotJson_LineAndColumn()
    {
        string error = Assert.Single(ScenarioLoader.Parse("{\n  \"name\": ,\n}").Errors);
        Assert.StartsWith("line 2, column", error);
    }

    [Fact]
    public void Load_MissingFile_OneError()
        => Assert.Contains("cannot read", Assert.Single(ScenarioLoader.Load("/nonexistent/x.jsonc").Errors));

    [Fact]
    public void Load_CsvSpeeds_EmpiricalDistribution()
    {
        string dir = Directory.CreateTempSubdirectory("market-scenario").FullName;
        File.WriteAllText(Path.Combine(dir, "speeds.csv"), "speed\n100\n250.5\n");
        File.WriteAllText(Path.Combine(dir, "s.jsonc"), Minimal.Replace("{ \"constant\": 100 }", "{ \"csv\": \"speeds.csv\" }"));
        ScenarioResult r = ScenarioLoader.Load(Path.Combine(dir, "s.jsonc"));
        Assert.Empty(r.Errors);
        Assert.Equal(new[] { 100, 250.5 }, ((EmpiricalDistribution)r.Scenario!.Clients.Speed).Values);
        File.WriteAllText(Path.Combine(dir, "speeds.csv"), "speed\n100\nfast\n");
        Assert.Contains("line 3", Assert.Single(ScenarioLoader.Load(Path.Combine(dir, "s.jsonc")).Errors));
    }

    [Fact]
    public void ShippedScenarios_AllLoadAndOpenWithHeader()
    {
        string[] files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "scenarios"), "*.jsonc")
            .Where(f => !f.EndsWith(".sweep.jsonc", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            ScenarioResult r = ScenarioLoader.Load(file);
            Assert.True(r.Errors.Count == 0, string.Join("\n", r.Errors));
            string[] head = File.ReadLines(file).Take(2).ToArray();
            Assert.StartsWith("// Scenario:", head[0]);
            Assert.StartsWith("// Covers:", head[1]);
        }
    }
}
