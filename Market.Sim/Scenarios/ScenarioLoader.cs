using System.Globalization;
using System.Text.Json;
using Market.Engine;

namespace Market.Sim.Scenarios;

/// <summary>Reads a scenario file (JSON with comments) and validates it once, reporting every
/// problem with its path (<c>clients.speed.lognormal.sigma: must be positive</c>).</summary>
public sealed partial class ScenarioLoader
{
    private readonly List<string> errors = new();
    private readonly string? baseDirectory;

    private ScenarioLoader(string? baseDirectory) => this.baseDirectory = baseDirectory;

    /// <summary>Loads a file; the result holds a scenario or every problem found.</summary>
    public static ScenarioResult Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ScenarioResult(null, [$"{path}: cannot read the file: {e.Message}"]);
        }

        ScenarioResult r = Parse(text, Path.GetDirectoryName(Path.GetFullPath(path)), Path.GetFileNameWithoutExtension(path));
        return r with { Errors = r.Errors.Select(e => $"{path}: {e}").ToList() };
    }

    /// <summary>Parses scenario text; relative CSV paths resolve against <paramref name="baseDirectory"/>.</summary>
    public static ScenarioResult Parse(string text, string? baseDirectory = null, string defaultName = "scenario")
    {
        var loader = new ScenarioLoader(baseDirectory);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return new ScenarioResult(null, [$"line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1}: not valid JSON: {FirstSentence(e.Message)}"]);
        }

        using (doc)
        {
            Scenario? scenario = loader.ReadScenario(doc.RootElement, defaultName);
            return loader.errors.Count == 0 && scenario is not null
                ? new ScenarioResult(scenario, [])
                : new ScenarioResult(null, loader.errors);
        }
    }

    private static string FirstSentence(string message)
    {
        int i = message.IndexOf(". ", StringComparison.Ordinal);
        return i < 0 ? message : message[..(i + 1)];
    }

    private Scenario? ReadScenario(JsonElement root, string defaultName)
    {
        if (!Object(root, "(root)"))
        {
            return null;
        }

        Known(root, "", "name", "durationHours", "seed", "market", "clients", "jobs");
        string name = String(root, "name") ?? defaultName;
        double hours = Number(root, "durationHours", 24, 1e-6, 24 * 3650);
        ulong seed = (ulong)Number(root, "seed", 1, 0, 1e15, integer: true);
        MarketOptions market = ReadMarket(Child(root, "market"));
        ClientModel? clients = ReadClients(Child(root, "clients"));
        JobModel? jobs = ReadJobs(Child(root, "jobs"));
        if (clients is null || jobs is null)
        {
            return null;
        }

        return new Scenario { Name = name, Duration = TimeSpan.FromHours(hours), Seed = seed, Market = market, Clients = clients, Jobs = jobs };
    }

    /// <summary>The speed measurements the engine keeps per simulated machine unless the scenario
    /// says otherwise: fewer than the live market's 16, as each is 16 bytes of every machine (the
    /// largest part of one, at 16) and report.xml lists them all; older ones are in the events.</summary>
    public const int DefaultSpeedHistory = 4;

    private MarketOptions ReadMarket(Node n)
    {
        var defaults = new MarketOptions { SpeedHistory = DefaultSpeedHistory };
        if (n.Missing)
        {
            return defaults;
        }

        Known(n.Element, n.Path, "policy", "windowSeconds", "poolThreshold", "minLeaseMinutes", "maxLeaseMinutes", "testIntervalMinutes", "testWork", "testLeaseMinutes", "commission", "speedHistory");
        string policyText = String(n, "policy") ?? "rank";
        if (!Enum.TryParse(policyText, ignoreCase: true, out MatchingPolicyKind policy) || !Enum.IsDefined(policy))
        {
            Error(n.Path + ".policy", $"'{policyText}' is not a policy (rank, fcfs, vickrey, lottery)");
        }

        var options = new MarketOptions
        {
            Policy = policy,
            Window = TimeSpan.FromSeconds(Number(n, "windowSeconds", defaults.Window.TotalSeconds, 0, 86400)),
            PoolThreshold = (int)Number(n, "poolThreshold", defaults.PoolThreshold, 1, 10_000_000, integer: true),
            MinLease = TimeSpan.FromMinutes(Number(n, "minLeaseMinutes", defaults.MinLease.TotalMinutes, 1e-3, 1e6)),
            MaxLease = TimeSpan.FromMinutes(Number(n, "maxLeaseMinutes", defaults.MaxLease.TotalMinutes, 1e-3, 1e6)),
            TestInterval = TimeSpan.FromMinutes(Number(n, "testIntervalMinutes", defaults.TestInterval.TotalMinutes, 1e-3, 1e7)),
            TestWork = Number(n, "testWork", defaults.TestWork, 1e-9, 1e18),
            TestLease = TimeSpan.FromMinutes(Number(n, "testLeaseMinutes", defaults.TestLease.TotalMinutes, 1e-3, 1e6)),
            CommissionPpm = (int)Math.Round(Number(n, "commission", 0, 0, 1) * 1_000_000),
            SpeedHistory = (int)Number(n, "speedHistory", defaults.SpeedHistory, 1, 1000, integer: true),
        };
        foreach (string problem in options.Validate())
        {
            Error(n.Path, problem);
        }

        return options;
    }
}

/// <summary>A loaded scenario, or the problems that stopped it.</summary>
/// <param name="Scenario">The scenario, when there were no problems.</param>
/// <param name="Errors">Every problem, each with its path.</param>
public sealed record ScenarioResult(Scenario? Scenario, IReadOnlyList<string> Errors);
