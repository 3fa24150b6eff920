using System.Globalization;
using Market.Sim.Output;
using Market.Sim.Running;
using Market.Sim.Scenarios;

namespace Market.Sim;

/// <summary>The simulator's command line. User errors print clear messages and exit 2.</summary>
public static class Cli
{
    public const string Usage = """
        Usage: dotnet run --project Market.Sim -- COMMAND ...

        Commands:
          run SCENARIO [--seed N] [--out DIR] [--population DIR] [--events] [--quiet] [--no-plots]
              Run one scenario (a .jsonc file, see scenarios/) and write its results under DIR
              (default results/NAME-seedN): summary.json, summary.csv, timeseries.csv, jobs.csv,
              clients.csv and report.xml, and four plots as PNG and SVG (plot-*.png/.svg) unless
              --no-plots; with --events also events.log, every engine event one per line. The same
              scenario and seed give byte-identical files.
          check SCENARIO...
              Validate scenario files; list every problem with its path.
          population SCENARIO [--seed N] [--out DIR]
              Write the machines (speeds, available periods) and jobs (arrival, work, price) the
              scenario generates with that seed as CSV; `run SCENARIO --population DIR` replays
              exactly them (compare policies on the same market).
        """ + "\n" + Sweeps.SweepCommand.Usage + "\n" + Pricing.PriceCommand.Usage + "\n" + Replay.ReplayCommand.Usage + "\n" + """

        Exit codes: 0 done, 1 a scenario has problems (check), 2 bad input or usage.
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help" || args.Contains("--help") || args.Contains("-h"))
        {
            stdout.WriteLine(Usage);
            return args.Count == 0 ? 2 : 0;
        }

        return args[0] switch
        {
            "run" => RunScenario(args.Skip(1).ToList(), stdout, stderr),
            "check" => Check(args.Skip(1).ToList(), stdout, stderr),
            "sweep" => Sweeps.SweepCommand.Sweep(args.Skip(1).ToList(), stdout, stderr),
            "merge" => Sweeps.SweepCommand.Merge(args.Skip(1).ToList(), stdout, stderr),
            "price" => Pricing.PriceCommand.Price(args.Skip(1).ToList(), stdout, stderr),
            "population" => WritePopulation(args.Skip(1).ToList(), stdout, stderr),
            "replay" => Replay.ReplayCommand.Run(args.Skip(1).ToList(), stdout, stderr),
            _ => Fail(stderr, $"unknown command '{args[0]}' (see --help)"),
        };
    }

    private static int RunScenario(List<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null;
        string? outDir = null;
        ulong? seed = null;
        bool quiet = false;
        bool plots = true;
        bool events = false;
        string? report = null;
        string? populationDir = null;
        string? rivalWork = null;
        double? hours = null;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--from-report" when i + 1 < args.Count:
                    report = args[++i];
                    break;
                case "--population" when i + 1 < args.Count:
                    populationDir = args[++i];
                    break;
                case "--rival-work" when i + 1 < args.Count:
                    rivalWork = args[++i];
                    break;
                case "--hours" when i + 1 < args.Count:
                    if (!double.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out double h) || h <= 0 || h > 24 * 3650)
                    {
                        return Fail(stderr, $"--hours: '{args[i]}' is not a positive number of hours");
                    }

                    hours = h;
                    break;
                case "--seed" when i + 1 < args.Count:
                    if (!ulong.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out ulong s))
                    {
                        return Fail(stderr, $"--seed: '{args[i]}' is not a whole number");
                    }

                    seed = s;
                    break;
                case "--out" when i + 1 < args.Count:
                    outDir = args[++i];
                    break;
                case "--quiet":
                    quiet = true;
                    break;
                case "--no-plots":
                    plots = false;
                    break;
                case "--events":
                    events = true;
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    return Fail(stderr, $"unknown option or missing value: '{a}' (see --help)");
                default:
                    if (file is not null)
                    {
                        return Fail(stderr, "run takes one scenario file");
                    }

                    file = args[i];
                    break;
            }
        }

        if (report is not null)
        {
            if (file is not null || hours is null)
            {
                return Fail(stderr, "run --from-report takes a report instead of a scenario, and needs --hours H");
            }

            if (Pricing.PriceCommand.LoadMarket(report, stderr) is not Market.Reports.ReportMarket market
                || Pricing.PriceCommand.RivalWork(rivalWork ?? "{\"lognormal\": {\"median\": 3600000, \"sigma\": 1}}", 0, stderr) is not Distribution work)
            {
                return 2;
            }

            return Execute(Pricing.ReportScenario.Build(market, work, TimeSpan.FromHours(hours.Value)), seed, outDir, quiet, plots, events, stdout, stderr);
        }

        if (file is null)
        {
            return Fail(stderr, "run needs a scenario file, e.g. scenarios/paper-baseline.jsonc");
        }

        if (LoadScenario(file, stderr) is not Scenario scenario)
        {
            return 2;
        }

        if (populationDir is not null)
        {
            (Populations.Population? population, IReadOnlyList<string> errors) = Populations.PopulationFiles.Read(populationDir);
            if (population is null)
            {
                return Problems(stderr, $"{populationDir} is not a valid population", errors);
            }

            int clientOwners = population.Clients.Select(c => c.Owner + 1).DefaultIfEmpty(1).Max();
            int jobOwners = population.Jobs.Select(j => j.Owner + 1).DefaultIfEmpty(1).Max();
            scenario = scenario with
            {
                Population = population,
                Clients = scenario.Clients with { Owners = Math.Max(scenario.Clients.Owners, clientOwners) },
                Jobs = scenario.Jobs with { Owners = Math.Max(scenario.Jobs.Owners, jobOwners) },
            };
        }

        return Execute(scenario, seed, outDir, quiet, plots, events, stdout, stderr);
    }

    private static int WritePopulation(List<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? file = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && args.IndexOf(a) is var i && (i == 0 || args[i - 1] is not ("--seed" or "--out")));
        int seedAt = args.IndexOf("--seed");
        int outAt = args.IndexOf("--out");
        ulong seed = 0;
        if (file is null || (seedAt >= 0 && (seedAt + 1 >= args.Count || !ulong.TryParse(args[seedAt + 1], NumberStyles.None, CultureInfo.InvariantCulture, out seed))) || (outAt >= 0 && outAt + 1 >= args.Count))
        {
            return Fail(stderr, "usage: population SCENARIO [--seed N] [--out DIR]");
        }

        if (LoadScenario(file, stderr) is not Scenario scenario)
        {
            return 2;
        }

        ulong runSeed = seedAt >= 0 ? seed : scenario.Seed;
        string directory = outAt >= 0 ? args[outAt + 1] : Path.Combine("results", $"{scenario.Name}-seed{runSeed}-population");
        Populations.Population population = Populations.PopulationGenerator.Generate(scenario, runSeed);
        IReadOnlyList<string> files = Populations.PopulationFiles.Write(directory, population);
        stdout.WriteLine($"{scenario.Name} (seed {runSeed}): {population.Clients.Count} clients, {population.Jobs.Count} jobs in {Path.GetFullPath(directory)}: {string.Join(", ", files.Select(Path.GetFileName))}");
        return 0;
    }

    private static int Execute(Scenario scenario, ulong? seed, string? outDir, bool quiet, bool plots, bool events, TextWriter stdout, TextWriter stderr)
    {
        ulong runSeed = seed ?? scenario.Seed;
        string directory = outDir ?? Path.Combine("results", $"{scenario.Name}-seed{runSeed}");
        Directory.CreateDirectory(directory);
        using StreamWriter? eventLog = events ? new StreamWriter(Path.Combine(directory, "events.log"), false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" } : null;

        // Job leases go to a scratch file as they close, for report.xml; it is deleted when done.
        using var dispatches = new DispatchLog(Path.Combine(directory, ".dispatches.scratch"));

        // So do old jobs, for the run's last reading of them (jobs.csv, report.xml, the summary).
        using var jobs = new JobTable(Path.Combine(directory, ".jobs.scratch"));
        var sim = new Simulation(scenario, runSeed, eventLog, dispatches, jobTable: jobs);
        int lastShown = -1;
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        sim.Run(quiet ? null : fraction =>
        {
            int percent = (int)(fraction * 100);
            if (percent / 10 != lastShown / 10)
            {
                lastShown = percent;
                stderr.WriteLine($"  {scenario.Name}: {percent}% of {scenario.Duration.TotalHours:0.##} simulated hours");
            }
        });
        TimeSpan simulated = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        long allocatedSimulating = GC.GetTotalAllocatedBytes();
        IReadOnlyList<string> files = ResultWriter.Write(directory, scenario.Name, runSeed, sim, plots);
        var summary = sim.Metrics.Summary.ToDictionary(p => p.Name, p => p.Value);
        if (!quiet)
        {
            // Wall-clock figures for people and bench/sim.sh; never part of the results.
            TimeSpan total = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            using var self = System.Diagnostics.Process.GetCurrentProcess();
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  simulated in {simulated.TotalSeconds:0.00} s ({summary["leases"] / simulated.TotalSeconds:0} leases/s), results written in {(total - simulated).TotalSeconds:0.00} s; peak working set {self.PeakWorkingSet64 / (1 << 20)} MB; {allocatedSimulating / (1 << 20)} MB allocated while simulating, {GC.GetTotalAllocatedBytes() / (1 << 20)} MB in all, GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} paused {GC.GetTotalPauseDuration().TotalSeconds:0.00} s"));
        }

        stdout.WriteLine($"{scenario.Name} (seed {runSeed}, policy {sim.Engine.PolicyName}): {summary["jobs_completed"]:0} of {summary["jobs_submitted"]:0} jobs completed, utilization {summary["utilization"]:P1}, median wait {summary["wait_p50_s"]:0.#} s, price/speed Spearman {summary["spearman_price_speed"]:0.###}");
        stdout.WriteLine($"results in {Path.GetFullPath(directory)}: {string.Join(", ", files.Select(Path.GetFileName))}");
        return 0;
    }

    private static int Check(List<string> files, TextWriter stdout, TextWriter stderr)
    {
        if (files.Count == 0)
        {
            return Fail(stderr, "check needs at least one scenario file");
        }

        int bad = 0;
        foreach (string file in files)
        {
            ScenarioResult r = ScenarioLoader.Load(file);
            if (r.Scenario is null)
            {
                bad++;
                foreach (string e in r.Errors)
                {
                    stdout.WriteLine(e);
                }
            }
            else
            {
                stdout.WriteLine($"{file}: ok ({r.Scenario.Name})");
            }
        }

        return bad == 0 ? 0 : 1;
    }

    /// <summary>Loads and validates a scenario; prints every problem and returns null when it is not valid.</summary>
    private static Scenario? LoadScenario(string file, TextWriter stderr)
    {
        ScenarioResult loaded = ScenarioLoader.Load(file);
        if (loaded.Scenario is null)
        {
            Problems(stderr, $"{file} is not a valid scenario", loaded.Errors);
        }

        return loaded.Scenario;
    }

    private static int Problems(TextWriter stderr, string what, IReadOnlyList<string> problems)
    {
        stderr.WriteLine($"error: {what}:");
        foreach (string p in problems)
        {
            stderr.WriteLine("  " + p);
        }

        return 2;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine("error: " + message);
        return 2;
    }
}
