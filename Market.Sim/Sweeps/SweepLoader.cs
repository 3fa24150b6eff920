using System.Text.Json;
using System.Text.Json.Nodes;
using Market.Sim.Scenarios;

namespace Market.Sim.Sweeps;

/// <summary>Reads a sweep file (JSON with comments) and expands it into runs, validating the file
/// and every grid point's scenario; every problem is reported with its path.</summary>
public static class SweepLoader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The sweep and its runs, or every problem found.</summary>
    public static (SweepSpec? Spec, IReadOnlyList<SweepRun> Runs, IReadOnlyList<string> Errors) Load(string path)
    {
        var errors = new List<string>();
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path), documentOptions: Options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, [], [$"{path}: cannot read the file: {e.Message}"]);
        }
        catch (JsonException e)
        {
            return (null, [], [$"{path}: line {(e.LineNumber ?? 0) + 1}: not valid JSON: {e.Message.Split(". ")[0]}."]);
        }

        if (root is not JsonObject o)
        {
            return (null, [], [$"{path}: (root): must be an object"]);
        }

        foreach (string key in o.Select(p => p.Key).Where(k => k is not ("name" or "scenario" or "seeds" or "grid" or "metric" or "x" or "series")))
        {
            errors.Add($"{path}: {key}: unknown field (known: name, scenario, seeds, grid, metric, x, series)");
        }

        string name = Text(o, "name") ?? Path.GetFileNameWithoutExtension(path);
        string? scenarioFile = Text(o, "scenario");
        if (scenarioFile is null)
        {
            errors.Add($"{path}: scenario: is required (the base scenario file, relative to the sweep)");
        }

        IReadOnlyList<ulong> seeds = ReadSeeds(o["seeds"], path, errors);
        var grid = new List<(string, IReadOnlyList<JsonNode>)>();
        if (o["grid"] is JsonObject g && g.Count > 0)
        {
            foreach ((string key, JsonNode? values) in g)
            {
                if (values is JsonArray array && array.Count > 0 && array.All(v => v is JsonValue))
                {
                    grid.Add((key, array.Select(v => v!.DeepClone()).ToList()));
                }
                else
                {
                    errors.Add($"{path}: grid.{key}: must be a non-empty array of numbers or strings");
                }
            }
        }
        else
        {
            errors.Add($"{path}: grid: is required (an object of parameter paths to arrays of values)");
        }

        string metric = Text(o, "metric") ?? "wait_p50_s";
        string? x = Text(o, "x") ?? grid.Select(p => p.Item1).FirstOrDefault();
        string? series = Text(o, "series");
        foreach ((string field, string? value) in new[] { ("x", x), ("series", series) })
        {
            if (value is not null && grid.All(p => p.Item1 != value))
            {
                errors.Add($"{path}: {field}: '{value}' is not a grid parameter");
            }
        }

        if (errors.Count > 0 || scenarioFile is null)
        {
            return (null, [], errors);
        }

        string scenarioPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, scenarioFile);
        var spec = new SweepSpec(name, scenarioPath, seeds, grid, metric, x, series);
        List<SweepRun> runs = Expand(spec, errors);
        return errors.Count > 0 ? (null, [], errors) : (spec, runs, errors);
    }

    /// <summary>Every grid point (first parameter outermost) × every seed, each scenario validated.</summary>
    private static List<SweepRun> Expand(SweepSpec spec, List<string> errors)
    {
        string text;
        try
        {
            text = File.ReadAllText(spec.ScenarioPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{spec.ScenarioPath}: cannot read the file: {e.Message}");
            return [];
        }

        var runs = new List<SweepRun>();
        int points = spec.Grid.Aggregate(1, (n, p) => n * p.Values.Count);
        for (int point = 0; point < points; point++)
        {
            var values = new JsonNode[spec.Grid.Count];
            int rest = point;
            for (int k = spec.Grid.Count - 1; k >= 0; k--)
            {
                values[k] = spec.Grid[k].Values[rest % spec.Grid[k].Values.Count];
                rest /= spec.Grid[k].Values.Count;
            }

            string label = string.Join(", ", spec.Grid.Select((p, k) => $"{p.Path}={values[k].ToJsonString()}"));
            Scenario? scenario = Apply(text, spec, values, label, errors);
            if (scenario is null)
            {
                continue;
            }

            foreach (ulong seed in spec.Seeds)
            {
                runs.Add(new SweepRun(runs.Count, point, seed, values, scenario));
            }
        }

        return runs;
    }

    private static Scenario? Apply(string text, SweepSpec spec, JsonNode[] values, string label, List<string> errors)
    {
        JsonObject root = (JsonObject)JsonNode.Parse(text, documentOptions: Options)!;
        for (int k = 0; k < spec.Grid.Count; k++)
        {
            string[] parts = spec.Grid[k].Path.Split('.');
            JsonObject node = root;
            foreach (string part in parts[..^1])
            {
                if (node[part] is not JsonObject child)
                {
                    child = new JsonObject();
                    node[part] = child;
                }

                node = child;
            }

            node[parts[^1]] = values[k].DeepClone();
        }

        ScenarioResult r = ScenarioLoader.Parse(root.ToJsonString(), Path.GetDirectoryName(spec.ScenarioPath), Path.GetFileNameWithoutExtension(spec.ScenarioPath));
        foreach (string e in r.Errors)
        {
            errors.Add($"grid point {label}: {e}");
        }

        return r.Scenario;
    }

    private static IReadOnlyList<ulong> ReadSeeds(JsonNode? node, string path, List<string> errors)
    {
        switch (node)
        {
            case null:
                return [1, 2, 3];
            case JsonValue v when v.TryGetValue(out int n) && n is >= 1 and <= 10_000:
                return Enumerable.Range(1, n).Select(i => (ulong)i).ToList();
            case JsonArray a when a.Count > 0 && a.All(s => s is JsonValue sv && sv.TryGetValue(out long l) && l >= 0):
                return a.Select(s => (ulong)s!.GetValue<long>()).ToList();
            default:
                errors.Add($"{path}: seeds: must be a count (1 to 10000) or a non-empty array of non-negative whole numbers");
                return [];
        }
    }

    private static string? Text(JsonObject o, string key)
        => o[key] is JsonValue v && v.TryGetValue(out string? s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
