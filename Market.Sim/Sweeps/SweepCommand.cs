using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Market.Sim.Sweeps;

/// <summary>The <c>sweep</c> and <c>merge</c> commands.</summary>
public static class SweepCommand
{
    public const string Usage = """
          sweep SWEEP [--out DIR] [--jobs N] [--shard I/N] [--quiet]
              Run a grid over scenario parameters x seeds (see scenarios/*.sweep.jsonc) on N threads
              (default: all cores) with a progress bar and ETA. Writes runs.csv (one row per run) and
              aggregate.csv (mean and 95% CI over seeds per grid point) under DIR (default
              results/sweep-NAME). --shard I/N runs only every N-th run starting at I (0-based), for a
              cluster's array jobs; results are the same whatever N and the parallelism.
          merge DIR... --out DIR
              Join the runs.csv of sweep shards into one runs.csv and aggregate.csv.
        """;

    public static int Sweep(List<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null;
        string? outDir = null;
        int jobs = Environment.ProcessorCount;
        (int Index, int Count) shard = (0, 1);
        bool quiet = false;
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            string? next = i + 1 < args.Count ? args[i + 1] : null;
            switch (a)
            {
                case "--out" when next is not null:
                    outDir = next;
                    i++;
                    break;
                case "--jobs" when next is not null:
                    if (!int.TryParse(next, NumberStyles.None, CultureInfo.InvariantCulture, out jobs) || jobs < 1)
                    {
                        return Fail(stderr, $"--jobs: '{next}' is not a positive whole number");
                    }

                    i++;
                    break;
                case "--shard" when next is not null:
                    string[] parts = next.Split('/');
                    if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out shard.Index)
                        || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out shard.Count) || shard.Count < 1 || shard.Index >= shard.Count)
                    {
                        return Fail(stderr, $"--shard: '{next}' is not I/N with 0 <= I < N");
                    }

                    i++;
                    break;
                case "--quiet":
                    quiet = true;
                    break;
                case var _ when a.StartsWith("--", StringComparison.Ordinal):
                    return Fail(stderr, $"unknown option or missing value: '{a}' (see --help)");
                default:
                    if (file is not null)
                    {
                        return Fail(stderr, "sweep takes one sweep file");
                    }

                    file = a;
                    break;
            }
        }

        if (file is null)
        {
            return Fail(stderr, "sweep needs a sweep file, e.g. scenarios/window-by-policy.sweep.jsonc");
        }

        (SweepSpec? spec, IReadOnlyList<SweepRun> all, IReadOnlyList<string> errors) = SweepLoader.Load(file);
        if (spec is null)
        {
            stderr.WriteLine($"error: {file} is not a valid sweep:");
            foreach (string e in errors)
            {
                stderr.WriteLine("  " + e);
            }

            return 2;
        }

        IReadOnlyList<SweepRun> runs = SweepRunner.Shard(all, shard.Index, shard.Count);
        string directory = outDir ?? Path.Combine("results", "sweep-" + spec.Name + (shard.Count > 1 ? $"-shard{shard.Index}of{shard.Count}" : string.Empty));
        Directory.CreateDirectory(directory);
        var running = Stopwatch.StartNew();
        IReadOnlyList<SweepResult> results = RunWithProgress(spec, runs, jobs, quiet, stderr);
        running.Stop();
        string[] keys = spec.Grid.Select(g => g.Path).ToArray();
        SweepOutput.WriteRuns(Path.Combine(directory, "runs.csv"), keys, results);
        SweepOutput.WriteAggregate(Path.Combine(directory, "aggregate.csv"), keys, results);
        WriteManifest(directory, spec, all.Count, shard);
        (IReadOnlyList<string> plots, string? skipped) = shard.Count > 1 ? ([], "a shard (plot after merge)") : SweepChart.Write(directory, spec, results);
        stdout.WriteLine($"{spec.Name}: {runs.Count} of {all.Count} runs ({spec.Grid.Aggregate(1, (n, g) => n * g.Values.Count)} grid points x {spec.Seeds.Count} seeds) on {jobs} threads in {running.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s");
        stdout.WriteLine($"results in {Path.GetFullPath(directory)}: runs.csv, aggregate.csv{string.Concat(plots.Select(p => ", " + Path.GetFileName(p)))}");
        if (skipped is not null && shard.Count == 1)
        {
            stderr.WriteLine($"note: no plot: {skipped}");
        }
        return 0;
    }

    public static int Merge(List<string> args, TextWriter stdout, TextWriter stderr)
    {
        int o = args.IndexOf("--out");
        if (o < 0 || o + 1 >= args.Count)
        {
            return Fail(stderr, "merge needs --out DIR");
        }

        string outDir = args[o + 1];
        List<string> inputs = args.Where((_, i) => i != o && i != o + 1).ToList();
        if (inputs.Count == 0)
        {
            return Fail(stderr, "merge needs at least one shard folder");
        }

        IReadOnlyList<string>? header = null;
        var results = new List<SweepResult>();
        (string[] Grid, int Runs)? first = null;
        foreach (string dir in inputs)
        {
            string path = Path.Combine(dir, "runs.csv");
            if (!File.Exists(path) || ReadManifest(dir) is not (string[] grid, int total))
            {
                return Fail(stderr, $"{dir}: not a sweep result (runs.csv and sweep.json are needed)");
            }

            if (first is not null && (!first.Value.Grid.SequenceEqual(grid) || first.Value.Runs != total))
            {
                return Fail(stderr, $"{dir}: from a different sweep than {inputs[0]}");
            }

            first = (grid, total);

            (IReadOnlyList<string> h, IReadOnlyList<string[]> rows) = SweepOutput.ReadRuns(path);
            if (header is not null && rows.Count > 0 && !h.SequenceEqual(header))
            {
                return Fail(stderr, $"{path}: its columns differ from the first shard's; shards must come from the same sweep");
            }

            header ??= rows.Count > 0 ? h : null;
            foreach (string[] row in rows)
            {
                results.Add(Parse(row, h, grid.Length));
            }
        }

        if (header is null)
        {
            return Fail(stderr, "the shards hold no runs");
        }

        int duplicate = results.GroupBy(r => r.Index).Where(g => g.Count() > 1).Select(g => g.Key).DefaultIfEmpty(-1).First();
        if (duplicate >= 0)
        {
            return Fail(stderr, $"run {duplicate} appears in more than one shard");
        }

        string[] keys = first!.Value.Grid;
        if (results.Count != first.Value.Runs)
        {
            stderr.WriteLine($"warning: {results.Count} of the sweep's {first.Value.Runs} runs are present; a shard may be missing");
        }

        Directory.CreateDirectory(outDir);
        SweepOutput.WriteRuns(Path.Combine(outDir, "runs.csv"), keys, results);
        SweepOutput.WriteAggregate(Path.Combine(outDir, "aggregate.csv"), keys, results);
        (SweepSpec merged, int totalRuns) = ReadSpec(inputs[0])!.Value;
        // The manifest keeps parameter names, not values: count each parameter's values from the runs.
        merged = merged with
        {
            Grid = merged.Grid.Select((g, k) => (g.Path, (IReadOnlyList<System.Text.Json.Nodes.JsonNode>)results.Select(r => r.Values[k]).Distinct().Select(v => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(v)!).ToList())).ToList(),
        };
        WriteManifest(outDir, merged, totalRuns, (0, 1));
        (IReadOnlyList<string> plots, _) = SweepChart.Write(outDir, merged, results);
        stdout.WriteLine($"merged {results.Count} runs from {inputs.Count} shards into {Path.GetFullPath(outDir)}{string.Concat(plots.Select(p => ", " + Path.GetFileName(p)))}");
        return 0;
    }

    private static SweepResult Parse(string[] row, IReadOnlyList<string> header, int gridKeys)
    {
        // Columns: run, seed, the grid values, then the metrics.
        int metricsStart = 2 + gridKeys;
        var metrics = new List<(string, double)>();
        for (int i = metricsStart; i < header.Count; i++)
        {
            metrics.Add((header[i], double.Parse(row[i], NumberStyles.Float, CultureInfo.InvariantCulture)));
        }

        return new SweepResult(int.Parse(row[0], CultureInfo.InvariantCulture), ulong.Parse(row[1], CultureInfo.InvariantCulture), row[2..metricsStart], metrics);
    }

    /// <summary>Records what merge needs to read runs.csv back: the grid parameters and the sweep's size.</summary>
    private static void WriteManifest(string directory, SweepSpec spec, int totalRuns, (int Index, int Count) shard)
    {
        using var stream = File.Create(Path.Combine(directory, "sweep.json"));
        using var w = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("name", spec.Name);
        w.WriteNumber("runs", totalRuns);
        w.WriteString("shard", $"{shard.Index}/{shard.Count}");
        w.WriteString("metric", spec.Metric);
        w.WriteString("x", spec.X);
        w.WriteNumber("seeds", spec.Seeds.Count);
        w.WriteStartArray("grid");
        foreach ((string path, _) in spec.Grid)
        {
            w.WriteStringValue(path);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static (string[] Grid, int Runs)? ReadManifest(string directory) => ReadSpec(directory) is (SweepSpec spec, int runs) ? (spec.Grid.Select(g => g.Path).ToArray(), runs) : null;

    /// <summary>What a shard's sweep.json says of its sweep: enough to merge and plot (grid values are not kept).</summary>
    private static (SweepSpec Spec, int Runs)? ReadSpec(string directory)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "sweep.json")));
            System.Text.Json.JsonElement r = doc.RootElement;
            var grid = r.GetProperty("grid").EnumerateArray().Select(e => (e.GetString()!, (IReadOnlyList<System.Text.Json.Nodes.JsonNode>)[])).ToList();
            var spec = new SweepSpec(r.GetProperty("name").GetString()!, string.Empty, Enumerable.Range(1, r.GetProperty("seeds").GetInt32()).Select(i => (ulong)i).ToList(), grid, r.GetProperty("metric").GetString()!, r.GetProperty("x").GetString(), null);
            return (spec, r.GetProperty("runs").GetInt32());
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private static IReadOnlyList<SweepResult> RunWithProgress(SweepSpec spec, IReadOnlyList<SweepRun> runs, int jobs, bool quiet, TextWriter stderr)
    {
        if (quiet)
        {
            return SweepRunner.Run(runs, jobs);
        }

        if (AnsiConsole.Profile.Capabilities.Interactive)
        {
            IReadOnlyList<SweepResult> results = [];
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    ProgressTask task = ctx.AddTask(spec.Name, maxValue: runs.Count);
                    results = SweepRunner.Run(runs, jobs, _ => task.Increment(1));
                });
            return results;
        }

        // Not a terminal (CI, a batch scheduler's log): a line every 10% with an estimate of what is left.
        var started = Stopwatch.StartNew();
        int lastTenth = 0;
        object gate = new();
        return SweepRunner.Run(runs, jobs, finished =>
        {
            lock (gate)
            {
                int tenth = finished * 10 / runs.Count;
                if (tenth > lastTenth)
                {
                    lastTenth = tenth;
                    double eta = started.Elapsed.TotalSeconds / finished * (runs.Count - finished);
                    stderr.WriteLine($"  {spec.Name}: {finished}/{runs.Count} runs, {started.Elapsed.TotalSeconds:0} s elapsed, about {eta:0} s left");
                }
            }
        });
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine("error: " + message);
        return 2;
    }
}
