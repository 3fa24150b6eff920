using Market.Engine;

namespace Market.Sim;

/// <summary>The knobs of the engine demo, with defaults that run in a few seconds.</summary>
internal sealed record DemoOptions
{
    public ulong Seed { get; init; } = 1;

    public int Clients { get; init; } = 200;

    public int Jobs { get; init; } = 1000;

    public double Hours { get; init; } = 24;

    public MatchingPolicyKind Policy { get; init; } = MatchingPolicyKind.Rank;

    public const string Usage = """
        Usage: dotnet run --project Market.Sim -- demo [options]

        Runs a small simulated market through Market.Engine: always-on clients with lognormal
        speeds request work, jobs with lognormal work and uniform prices are leased in slices,
        checked in, and paid for. Prints what happened. The same options give the same output.

        Options:
          --seed N        random seed (default 1)
          --clients N     machines selling time, 1..100000 (default 200)
          --jobs N        jobs submitted at the start, 1..1000000 (default 1000)
          --hours H       simulated hours, > 0 and <= 8760 (default 24)
          --policy P      rank | fcfs | vickrey | lottery (default rank)
          -h, --help      show this help
        """;

    /// <summary>Parses the demo's arguments; every problem is reported, none throws.</summary>
    public static (DemoOptions? Options, List<string> Errors) Parse(IReadOnlyList<string> args)
    {
        var errors = new List<string>();
        var o = new DemoOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            string? value = i + 1 < args.Count ? args[i + 1] : null;
            if (name is not ("--seed" or "--clients" or "--jobs" or "--hours" or "--policy"))
            {
                errors.Add($"unknown option '{name}'");
                continue;
            }

            i++;
            if (value is null)
            {
                errors.Add($"{name} needs a value");
                continue;
            }

            var inv = System.Globalization.CultureInfo.InvariantCulture;
            switch (name)
            {
                case "--seed" when ulong.TryParse(value, inv, out ulong seed):
                    o = o with { Seed = seed };
                    break;
                case "--clients" when int.TryParse(value, inv, out int c) && c is >= 1 and <= 100_000:
                    o = o with { Clients = c };
                    break;
                case "--jobs" when int.TryParse(value, inv, out int j) && j is >= 1 and <= 1_000_000:
                    o = o with { Jobs = j };
                    break;
                case "--hours" when double.TryParse(value, inv, out double h) && h > 0 && h <= 8760:
                    o = o with { Hours = h };
                    break;
                case "--policy" when Enum.TryParse(value, ignoreCase: true, out MatchingPolicyKind p) && Enum.IsDefined(p):
                    o = o with { Policy = p };
                    break;
                default:
                    errors.Add($"{name}: '{value}' is not valid (see --help)");
                    break;
            }
        }

        return (errors.Count == 0 ? o : null, errors);
    }
}
