using Market.Engine;

namespace Market.Sim.Replay;

/// <summary><c>replay LOG</c>: runs a live dispatcher's command log through the engine offline and
/// prints every event, one per line: the same sequence the live market produced, so any live
/// incident can be reproduced and examined here.</summary>
public static class ReplayCommand
{
    public const string Usage = """
          replay LOG [--out EVENTS] [--state]
              Run a live dispatcher's command log (from `Market.Live -- log export --out LOG`)
              through the engine and print every event, one per line (to EVENTS with --out):
              the identical sequence the live market produced. --state adds the engine's final
              state. A malformed line is reported with its line number and nothing is printed.
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null, outFile = null;
        bool state = false;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Count:
                    outFile = args[++i];
                    break;
                case "--state":
                    state = true;
                    break;
                case var a when !a.StartsWith("--", StringComparison.Ordinal) && file == null:
                    file = a;
                    break;
                default:
                    stderr.WriteLine($"error: unexpected argument '{args[i]}'");
                    stderr.WriteLine(Usage);
                    return 2;
            }
        }
        if (file == null)
        {
            stderr.WriteLine("error: replay needs a LOG file");
            stderr.WriteLine(Usage);
            return 2;
        }
        if (!File.Exists(file))
        {
            stderr.WriteLine($"error: no such file: {file}");
            return 2;
        }

        // Read and check every line first: a bad log prints its problems and nothing else.
        var lines = File.ReadAllLines(file);
        var problems = new List<string>();
        MarketOptions? options = null;
        string? optionsError = "missing";
        var commands = new List<MarketCommand>(lines.Length);
        if (lines.Length == 0 || lines[0] != CommandText.Header)
        {
            problems.Add($"{file}:1: the first line must be '{CommandText.Header}'");
        }
        else if (lines.Length < 2 || !CommandText.TryParseOptions(lines[1], out options, out optionsError))
        {
            problems.Add($"{file}:2: the market options: " + optionsError);
        }
        for (int i = 2; i < lines.Length && problems.Count < 20; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }
            if (CommandText.TryParse(lines[i], out var command, out string? error))
            {
                commands.Add(command!);
            }
            else
            {
                problems.Add($"{file}:{i + 1}: {error}");
            }
        }
        for (int i = 1; i < commands.Count && problems.Count < 20; i++)
        {
            if (commands[i].Time < commands[i - 1].Time)
            {
                problems.Add($"{file}: command {i + 1} goes back in time ({commands[i].Time} after {commands[i - 1].Time})");
            }
        }
        if (problems.Count > 0)
        {
            foreach (var p in problems)
            {
                stderr.WriteLine("error: " + p);
            }
            return 2;
        }

        using var writer = outFile == null ? null : new StreamWriter(outFile) { NewLine = "\n" };
        var output = writer ?? stdout;
        var sink = new LineSink(output);
        var engine = new MarketEngine(options!, sink);
        foreach (var c in commands)
        {
            engine.Execute(c);
        }
        if (state)
        {
            output.WriteLine(engine.DescribeState());
        }
        if (outFile != null)
        {
            stdout.WriteLine($"replayed {commands.Count} commands: {sink.Count} events written to {outFile}");
        }
        return 0;
    }

    private sealed class LineSink(TextWriter output) : IMarketEventSink
    {
        public long Count { get; private set; }

        public void On(in MarketEvent e)
        {
            output.Write(e.ToString());
            output.Write('\n');
            Count++;
        }
    }
}
