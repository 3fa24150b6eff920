using System.Globalization;
using System.Text.Json;
using System.Xml;
using Market.Reports;
using Market.Sim.Scenarios;

namespace Market.Sim.Pricing;

/// <summary>The deadline mode of the price optimizer, and loading a report as a starting state.</summary>
public static class PriceCommand
{
    public const string Usage = """
          price REPORT.xml --work W --deadline T [--confidence 0.9] [--seeds N] [--rival-work DIST] [--jobs N] [--json]
              The least price that finishes a job of W work units by T with at least the given
              confidence, simulating the report's market forward over N seeds (default 40). T is a
              duration (PT6H, 90m, 6h, 2d) or a UTC time after the report's. The competing jobs'
              remaining work is unknown: drawn from DIST (a scenario distribution as JSON; default
              exponential with mean W). Prints the price and the chance with its 95% interval.
          run --from-report REPORT.xml --hours H [--rival-work DIST] [--seed N] [--out DIR]
              Run the report's market forward (its clients and competing jobs) like a scenario.
        """;

    public static int Price(List<string> args, TextWriter stdout, TextWriter stderr)
    {
        var o = new Dictionary<string, string>();
        bool json = false;
        string? file = null;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "--json")
            {
                json = true;
            }
            else if (args[i] is "--work" or "--deadline" or "--confidence" or "--seeds" or "--rival-work" or "--jobs" && i + 1 < args.Count)
            {
                o[args[i]] = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return Fail(stderr, $"unknown option or missing value: '{args[i]}' (see --help)");
            }
            else if (file is null)
            {
                file = args[i];
            }
            else
            {
                return Fail(stderr, "price takes one report file");
            }
        }

        if (file is null || !o.ContainsKey("--work") || !o.ContainsKey("--deadline"))
        {
            return Fail(stderr, "price needs REPORT.xml, --work W and --deadline T");
        }

        if (!double.TryParse(o["--work"], NumberStyles.Float, CultureInfo.InvariantCulture, out double work) || !(work > 0) || !double.IsFinite(work))
        {
            return Fail(stderr, $"--work: '{o["--work"]}' is not a positive number of work units");
        }

        double confidence = 0.9;
        if (o.TryGetValue("--confidence", out string? c) && (!double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out confidence) || confidence is <= 0 or >= 1))
        {
            return Fail(stderr, $"--confidence: '{c}' is not a number between 0 and 1");
        }

        int seeds = 40;
        if (o.TryGetValue("--seeds", out string? n) && (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out seeds) || seeds is < 1 or > 100_000))
        {
            return Fail(stderr, $"--seeds: '{n}' is not a whole number from 1 to 100000");
        }

        int jobs = Environment.ProcessorCount;
        if (o.TryGetValue("--jobs", out string? j) && (!int.TryParse(j, NumberStyles.None, CultureInfo.InvariantCulture, out jobs) || jobs < 1))
        {
            return Fail(stderr, $"--jobs: '{j}' is not a positive whole number");
        }

        if (LoadMarket(file, stderr) is not ReportMarket market)
        {
            return 2;
        }

        if (ParseDeadline(o["--deadline"], market.Generated) is not TimeSpan deadline)
        {
            return Fail(stderr, $"--deadline: '{o["--deadline"]}' is not a duration (PT6H, 90m, 6h, 2d) or a UTC time after the report's ({market.Generated})");
        }

        if (RivalWork(o.GetValueOrDefault("--rival-work"), work, stderr) is not Distribution rival)
        {
            return 2;
        }

        DeadlineAdvice a = DeadlinePricer.Find(market, work, deadline, confidence, Enumerable.Range(1, seeds).Select(i => (ulong)i).ToList(), rival, jobs);
        string chance = string.Create(CultureInfo.InvariantCulture, $"{a.Chance:0.###} (95% interval {a.Low:0.###}-{a.High:0.###}, {a.Seeds} simulations)");
        if (json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(new { possible = a.Possible, price = a.Possible ? a.Price.ToString(CultureInfo.InvariantCulture) : null, chance = a.Chance, low = a.Low, high = a.High, simulations = a.Seeds }));
        }
        else
        {
            stdout.WriteLine(a.Possible ? $"{a.Price.ToString(CultureInfo.InvariantCulture)}  chance {chance}" : $"NotPossible  best chance {chance} at {a.Price.ToString(CultureInfo.InvariantCulture)}");
        }

        return 0;
    }

    /// <summary>Validates and reads a report; prints why not and returns null when it cannot.</summary>
    public static ReportMarket? LoadMarket(string file, TextWriter stderr)
    {
        if (ReportSchema.ReadValidFile(file, stderr) is not string xml)
        {
            return null;
        }

        try
        {
            ReportMarket market = ReportMarket.Read(new StringReader(xml));
            IReadOnlyList<string> bad = market.Options.Validate();
            if (bad.Count > 0)
            {
                Fail(stderr, $"{file}: its market parameters are not usable: {string.Join(" ", bad)}");
                return null;
            }

            return market;
        }
        catch (FormatException e)
        {
            Fail(stderr, $"{file}: {e.Message}");
            return null;
        }
    }

    public static Distribution? RivalWork(string? json, double meanWork, TextWriter stderr)
    {
        if (json is null)
        {
            return new ExponentialDistribution(meanWork);
        }

        (Distribution? d, IReadOnlyList<string> errors) = ScenarioLoader.ParseDistribution(json, "--rival-work");
        foreach (string e in errors)
        {
            stderr.WriteLine("error: " + e);
        }

        return d;
    }

    /// <summary>A duration (<c>PT6H</c>, <c>90m</c>, <c>6h</c>, <c>2d</c>, <c>30s</c>) or a UTC time after <paramref name="from"/>.</summary>
    public static TimeSpan? ParseDeadline(string text, Engine.Instant from)
    {
        TimeSpan? span = null;
        if (text.StartsWith('P'))
        {
            try
            {
                span = XmlConvert.ToTimeSpan(text);
            }
            catch (FormatException)
            {
            }
        }
        else if (text.Length > 1 && "smhd".Contains(text[^1]) && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v > 0 && v < 1e6)
        {
            span = text[^1] switch { 's' => TimeSpan.FromSeconds(v), 'm' => TimeSpan.FromMinutes(v), 'h' => TimeSpan.FromHours(v), _ => TimeSpan.FromDays(v) };
        }
        else if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime at))
        {
            span = at - from.ToUtc();
        }

        return span is TimeSpan s && s > TimeSpan.Zero && s < TimeSpan.FromDays(3650) ? s : null;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine("error: " + message);
        return 2;
    }
}
