using System.Globalization;

namespace Market.Live.Cli;

/// <summary>A parsed command line: positional arguments, <c>--name value</c> options and flags.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = new();

    /// <summary>Parses; unknown options, missing values and repeated options are usage errors.</summary>
    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string>? flagOptions = null)
    {
        var c = new CommandLine();
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                string name = a, value = "";
                int eq = a.IndexOf('=', StringComparison.Ordinal);
                bool inline = eq > 0;
                if (inline)
                {
                    name = a[..eq];
                    value = a[(eq + 1)..];
                }
                if (flagOptions != null && flagOptions.Contains(name) && !inline)
                {
                    c.flags.Add(name);
                    continue;
                }
                if (!valueOptions.Contains(name))
                {
                    throw new UsageException($"unknown option {name}");
                }
                if (!inline)
                {
                    if (i + 1 >= args.Count)
                    {
                        throw new UsageException($"option {name} needs a value");
                    }
                    value = args[++i];
                }
                if (!c.options.TryAdd(name, value))
                {
                    throw new UsageException($"option {name} is given twice");
                }
            }
            else
            {
                c.Positional.Add(a);
            }
        }
        return c;
    }

    public bool Flag(string name) => flags.Contains(name);

    public string? Get(string name) => options.TryGetValue(name, out var v) ? v : null;

    public string Get(string name, string fallback) => Get(name) ?? fallback;

    public double Number(string name, double fallback, double min, double max)
    {
        string? s = Get(name);
        if (s == null)
        {
            return fallback;
        }
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || v < min || v > max || double.IsNaN(v))
        {
            throw new UsageException($"{name} must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, not '{s}'");
        }
        return v;
    }

    public long Id(int position, string what)
    {
        if (Positional.Count <= position)
        {
            throw new UsageException($"missing {what}");
        }
        if (!long.TryParse(Positional[position], NumberStyles.None, CultureInfo.InvariantCulture, out long id) || id <= 0)
        {
            throw new UsageException($"{what} must be a positive whole number, not '{Positional[position]}'");
        }
        return id;
    }
}
