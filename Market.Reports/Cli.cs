using System.Globalization;
using System.Text.Json;
using Market.Engine;

namespace Market.Reports;

/// <summary>The command line of Market.Reports: <c>price</c>, <c>validate</c> and <c>schema</c>.
/// User errors print one clear message and exit 2; nothing prints a stack trace.</summary>
public static class Cli
{
    /// <summary>The help text.</summary>
    public const string Usage = """
        Usage: dotnet run --project Market.Reports -- COMMAND ...

        Commands:
          price REPORT.xml --speed S [--job ID] [--paper] [--json]
              The least price (credits per compute-hour) that gets a client of speed >= S under
              rank matching, from the market in REPORT.xml; NotPossible if no client is that fast.
              --job ID   leave your own job (e.g. J12) out of the competition
              --paper    print the paper's number (the n-th competing price itself)
              --json     print a JSON object instead
          validate REPORT.xml [--json]
              Check a report against market-report-v1.xsd; list every problem with line and column.
          schema
              Print the XSD.

        Exit codes: 0 done (for validate: valid), 1 validate found problems, 2 bad input or usage.
        """;

    /// <summary>Runs a command; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage);
            return args.Count == 0 ? 2 : 0;
        }

        if (args.Contains("--help") || args.Contains("-h"))
        {
            stdout.WriteLine(Usage);
            return 0;
        }

        // "report validate FILE" reads as well as "validate FILE".
        List<string> rest = args.Skip(args[0] == "report" ? 2 : 1).ToList();
        string command = args[0] == "report" && args.Count > 1 ? args[1] : args[0];
        try
        {
            return command switch
            {
                "price" => Price(rest, stdout, stderr),
                "validate" => Validate(rest, stdout, stderr),
                "schema" => Schema(stdout),
                _ => Fail(stderr, $"unknown command '{command}' (see --help)"),
            };
        }
        catch (UsageException e)
        {
            return Fail(stderr, e.Message);
        }
    }

    private static int Price(List<string> args, TextWriter stdout, TextWriter stderr)
    {
        var options = new Options(args, flags: ["--paper", "--json"], values: ["--speed", "--job"]);
        string file = options.SinglePositional("REPORT.xml");
        string speedText = options.Value("--speed") ?? throw new UsageException("price needs --speed S (work units per second)");
        if (!double.TryParse(speedText, NumberStyles.Float, CultureInfo.InvariantCulture, out double speed) || !(speed > 0) || !double.IsFinite(speed))
        {
            throw new UsageException($"--speed: '{speedText}' is not a positive number");
        }

        string? job = options.Value("--job");
        if (job is not null)
        {
            job = job.StartsWith('J') ? job : "J" + job;
            if (job.Length < 2 || !job[1..].All(char.IsAsciiDigit))
            {
                throw new UsageException($"--job: '{options.Value("--job")}' is not a job id such as J12");
            }
        }

        if (ReportSchema.ReadValidFile(file, stderr) is not string xml)
        {
            return 2;
        }

        ReportMarket market;
        try
        {
            market = ReportMarket.Read(new StringReader(xml));
        }
        catch (FormatException e)
        {
            return Fail(stderr, $"{file}: {e.Message}");
        }

        PriceAdvice advice = market.Advise(speed, job);
        bool paper = options.Flag("--paper");
        string answer = !advice.Possible ? "NotPossible"
            : paper ? (advice.PaperPrice ?? Engine.Price.Zero).ToString()
            : advice.Price.ToString();
        if (options.Flag("--json"))
        {
            stdout.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["possible"] = advice.Possible,
                ["price"] = advice.Possible ? answer : null,
                ["rule"] = paper ? "paper" : "exact",
                ["fastClients"] = advice.FastClients,
                ["competingJobs"] = advice.CompetingJobs,
            }));
        }
        else
        {
            stdout.WriteLine(answer);
        }

        return 0;
    }

    private static int Validate(List<string> args, TextWriter stdout, TextWriter stderr)
    {
        var options = new Options(args, flags: ["--json"], values: []);
        string file = options.SinglePositional("REPORT.xml");
        string xml;
        try
        {
            xml = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(stderr, $"cannot read {file}: {e.Message}");
        }

        IReadOnlyList<ReportProblem> problems = ReportSchema.Validate(new StringReader(xml));
        if (options.Flag("--json"))
        {
            stdout.WriteLine(JsonSerializer.Serialize(new { valid = problems.Count == 0, problems = problems.Select(p => new { line = p.Line, column = p.Column, message = p.Message }) }));
        }
        else if (problems.Count == 0)
        {
            stdout.WriteLine($"{file}: valid");
        }
        else
        {
            foreach (ReportProblem p in problems)
            {
                stdout.WriteLine($"{file}:{p}");
            }
        }

        return problems.Count == 0 ? 0 : 1;
    }

    private static int Schema(TextWriter stdout)
    {
        stdout.Write(ReportSchema.Text());
        return 0;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine("error: " + message);
        return 2;
    }

    private sealed class UsageException(string message) : Exception(message);

    /// <summary>A tiny parser: flags, options with one value, positionals; unknown options are errors.</summary>
    private sealed class Options
    {
        private readonly HashSet<string> flags = new();
        private readonly Dictionary<string, string> values = new();
        private readonly List<string> positionals = new();

        public Options(List<string> args, string[] flags, string[] values)
        {
            for (int i = 0; i < args.Count; i++)
            {
                string a = args[i];
                if (flags.Contains(a))
                {
                    this.flags.Add(a);
                }
                else if (values.Contains(a))
                {
                    if (i + 1 >= args.Count)
                    {
                        throw new UsageException($"{a} needs a value");
                    }

                    this.values[a] = args[++i];
                }
                else if (a.StartsWith("--", StringComparison.Ordinal))
                {
                    throw new UsageException($"unknown option '{a}' (see --help)");
                }
                else
                {
                    positionals.Add(a);
                }
            }
        }

        public bool Flag(string name) => flags.Contains(name);

        public string? Value(string name) => values.GetValueOrDefault(name);

        public string SinglePositional(string what) => positionals.Count == 1
            ? positionals[0]
            : throw new UsageException(positionals.Count == 0 ? $"missing {what}" : $"expected one {what}, got {positionals.Count} arguments");
    }
}
