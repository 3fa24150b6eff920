namespace Market.Sim.Tests.Populations;

public sealed class PopulationTests : IDisposable
{
    private const string Text = """
        // Scenario: pop
        // Covers: a population with churn, diurnal-free on/off availability and arrivals
        {
          "name": "pop", "durationHours": 5,
          "market": { "testWork": 60000 },
          "clients": { "count": 25, "owners": 4, "speed": { "lognormal": { "median": 1000, "sigma": 0.6 } },
                       "availability": "onoff", "meanUpHours": 1.5, "meanDownHours": 0.5, "vanishPerHour": 0.3 },
          "jobs": { "initial": 30, "arrivalsPerHour": 40, "burstSize": 3, "work": { "lognormal": { "median": 1800000, "sigma": 0.8 } },
                    "price": { "uniform": { "min": 0.1, "max": 5 } }, "owners": 5, "repricing": "randomWalk", "repricingMinutes": 20 }
        }
        """;

    private readonly string dir = Directory.CreateTempSubdirectory("market-pop").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void RunPopulation_WrittenThenReplayed_ByteIdenticalToTheScenarioRun()
    {
        string scenario = Write("pop.jsonc", Text);
        Assert.Equal(0, Run("population", scenario, "--seed", "4", "--out", Path.Combine(dir, "p")));
        Assert.Equal(0, Run("run", scenario, "--seed", "4", "--out", Path.Combine(dir, "a"), "--quiet", "--no-plots"));
        Assert.Equal(0, Run("run", scenario, "--seed", "4", "--population", Path.Combine(dir, "p"), "--out", Path.Combine(dir, "b"), "--quiet", "--no-plots"));
        foreach (string file in Directory.GetFiles(Path.Combine(dir, "a")))
        {
            Assert.True(File.ReadAllBytes(file).SequenceEqual(File.ReadAllBytes(Path.Combine(dir, "b", Path.GetFileName(file)))), Path.GetFileName(file) + " differs");
        }

        Assert.Equal(26, File.ReadAllLines(Path.Combine(dir, "p", "clients.csv")).Length);
        Assert.True(File.ReadAllLines(Path.Combine(dir, "p", "availability.csv")).Length > 26, "on/off machines have several periods");
    }

    [Fact]
    public void Draw_JobsDrawnOneByOne_TheSameAsGenerated()
    {
        Scenario scenario = ScenarioLoader.Parse(Text).Scenario!;
        Market.Sim.Populations.Population whole = Market.Sim.Populations.PopulationGenerator.Generate(scenario, 4);
        (IReadOnlyList<Market.Sim.Populations.PopulationClient> clients, IEnumerable<Market.Sim.Populations.PopulationJob> jobs) = Market.Sim.Populations.PopulationGenerator.Draw(scenario, 4);
        Assert.Equal(whole.Clients.Select(c => (c.Owner, c.Speed, string.Join(";", c.Periods))), clients.Select(c => (c.Owner, c.Speed, string.Join(";", c.Periods))));
        Assert.Equal(whole.Jobs, jobs.ToList());
        Assert.True(whole.Jobs.Count > 100);
    }

    [Fact]
    public void RunPopulation_OtherPolicy_SameMachinesAndJobs()
    {
        string scenario = Write("pop.jsonc", Text);
        string fcfs = Write("fcfs.jsonc", Text.Replace("\"testWork\": 60000", "\"testWork\": 60000, \"policy\": \"fcfs\""));
        Assert.Equal(0, Run("population", scenario, "--out", Path.Combine(dir, "p")));
        Assert.Equal(0, Run("run", scenario, "--population", Path.Combine(dir, "p"), "--out", Path.Combine(dir, "rank"), "--quiet", "--no-plots"));
        Assert.Equal(0, Run("run", fcfs, "--population", Path.Combine(dir, "p"), "--out", Path.Combine(dir, "fcfs"), "--quiet", "--no-plots"));
        string[] Column(string run, string file, int column) => File.ReadAllLines(Path.Combine(dir, run, file)).Select(l => l.Split(',')[column]).ToArray();
        Assert.Equal(Column("rank", "jobs.csv", 7), Column("fcfs", "jobs.csv", 7));     // submitted_s
        Assert.Equal(Column("rank", "jobs.csv", 5), Column("fcfs", "jobs.csv", 5));     // work
        Assert.Equal(Column("rank", "clients.csv", 2), Column("fcfs", "clients.csv", 2)); // true speed
        Assert.NotEqual(File.ReadAllText(Path.Combine(dir, "rank", "summary.csv")), File.ReadAllText(Path.Combine(dir, "fcfs", "summary.csv")));
    }

    [Fact]
    public void RunPopulation_BadFiles_EveryProblemWithFileAndLine()
    {
        string scenario = Write("pop.jsonc", Text);
        string p = Path.Combine(dir, "bad");
        Directory.CreateDirectory(p);
        File.WriteAllText(Path.Combine(p, "clients.csv"), "client,owner,speed\n1,0,100\n3,0,100\n");
        File.WriteAllText(Path.Combine(p, "availability.csv"), "client,up_s,down_s\n1,0,50\n1,40,90\n9,0,\n");
        File.WriteAllText(Path.Combine(p, "jobs.csv"), "job,owner,arrival_s,work,price\n1,0,10,5,1\n2,0,5,-1,1\n3,0,20,5,-2\n");
        var stderr = new StringWriter();
        Assert.Equal(2, Cli.Run(["run", scenario, "--population", p], TextWriter.Null, stderr));
        string text = stderr.ToString();
        foreach (string expected in new[] { "clients.csv:3: ids must run", "availability.csv:3: periods", "availability.csv:4: client '9'", "jobs.csv:3: arrival_s must not go back", "jobs.csv:4: price '-2'" })
        {
            Assert.Contains(expected, text);
        }

        stderr = new StringWriter();
        Assert.Equal(2, Cli.Run(["run", scenario, "--population", Path.Combine(dir, "none")], TextWriter.Null, stderr));
        Assert.Contains("clients.csv: missing", stderr.ToString());
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static int Run(params string[] args) => Cli.Run(args, TextWriter.Null, TextWriter.Null);
}
