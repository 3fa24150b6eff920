using System.Globalization;
using System.Text.Json;

namespace Market.Sim.Scenarios;

/// <content>Small path-aware readers over JSON elements: each problem is recorded, never thrown.</content>
public sealed partial class ScenarioLoader
{
    /// <summary>Parses one distribution given as JSON (e.g. <c>{"exponential": {"mean": 5}}</c>),
    /// reporting problems under <paramref name="path"/>.</summary>
    public static (Distribution? Distribution, IReadOnlyList<string> Errors) ParseDistribution(string json, string path)
    {
        var loader = new ScenarioLoader(Directory.GetCurrentDirectory());
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            Distribution? d = loader.ReadDistribution(new Node(doc.RootElement, path, false), required: true);
            return loader.errors.Count == 0 ? (d, []) : (null, loader.errors);
        }
        catch (JsonException e)
        {
            return (null, [$"{path}: not valid JSON: {FirstSentence(e.Message)}"]);
        }
    }

    private static Node Child(JsonElement parent, string name) => Child(new Node(parent, string.Empty, false), name);

    private static Node Child(Node parent, string name)
    {
        string path = parent.Path.Length == 0 ? name : parent.Path + "." + name;
        return !parent.Missing && parent.Element.ValueKind == JsonValueKind.Object && parent.Element.TryGetProperty(name, out JsonElement e)
            ? new Node(e, path, false)
            : new Node(default, path, true);
    }

    private bool Object(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Error(path, "must be an object");
        return false;
    }

    private void Known(JsonElement e, string path, params string[] names)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            Error(path.Length == 0 ? "(root)" : path, "must be an object");
            return;
        }

        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!names.Contains(p.Name))
            {
                Error(path.Length == 0 ? p.Name : path + "." + p.Name, $"unknown field (known: {string.Join(", ", names)})");
            }
        }
    }

    private string? String(JsonElement parent, string name) => String(new Node(parent, string.Empty, false), name);

    private string? String(Node parent, string name)
    {
        Node n = Child(parent, name);
        if (n.Missing)
        {
            return null;
        }

        if (n.Element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(n.Element.GetString()))
        {
            Error(n.Path, "must be a non-empty string");
            return null;
        }

        return n.Element.GetString();
    }

    private double Number(JsonElement parent, string name, double fallback, double min, double max, bool integer = false)
        => Number(new Node(parent, string.Empty, false), name, fallback, min, max, integer);

    private double Number(Node parent, string name, double fallback, double min, double max, bool integer = false)
    {
        Node n = Child(parent, name);
        if (n.Missing)
        {
            return fallback;
        }

        return Value(n, min, max, integer) ?? fallback;
    }

    private double? Value(Node n, double min, double max, bool integer = false)
    {
        if (n.Element.ValueKind != JsonValueKind.Number || !n.Element.TryGetDouble(out double v) || !double.IsFinite(v))
        {
            Error(n.Path, "must be a number");
            return null;
        }

        if (v < min || v > max)
        {
            Error(n.Path, $"must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}, not {v.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        if (integer && v != Math.Floor(v))
        {
            Error(n.Path, "must be a whole number");
            return null;
        }

        return v;
    }

    /// <summary>One of: <c>{"constant": v}</c>, <c>{"lognormal": {"median", "sigma"}}</c>,
    /// <c>{"pareto": {"min", "alpha"}}</c>, <c>{"uniform": {"min", "max"}}</c>,
    /// <c>{"exponential": {"mean"}}</c>, <c>{"csv": "file.csv"}</c> (first column, one value a line).</summary>
    private Distribution? ReadDistribution(Node n, bool required)
    {
        if (n.Missing)
        {
            if (required)
            {
                Error(n.Path, "is required");
            }

            return null;
        }

        if (n.Element.ValueKind != JsonValueKind.Object || n.Element.EnumerateObject().Count() != 1)
        {
            Error(n.Path, "must be an object with one of constant, lognormal, pareto, uniform, exponential, csv");
            return null;
        }

        JsonProperty p = n.Element.EnumerateObject().First();
        var inner = new Node(p.Value, n.Path + "." + p.Name, false);
        switch (p.Name)
        {
            case "constant":
                return Value(inner, 0, double.MaxValue) is double c ? new ConstantDistribution(c) : null;
            case "lognormal":
                Known(inner.Element, inner.Path, "median", "sigma");
                return new LogNormalDistribution(Required(inner, "median", 1e-12, 1e18), Required(inner, "sigma", 0, 10));
            case "pareto":
                Known(inner.Element, inner.Path, "min", "alpha");
                return new ParetoDistribution(Required(inner, "min", 1e-12, 1e18), Required(inner, "alpha", 0.01, 100));
            case "uniform":
                Known(inner.Element, inner.Path, "min", "max");
                double lo = Required(inner, "min", 0, 1e18);
                double hi = Required(inner, "max", 0, 1e18);
                if (hi < lo)
                {
                    Error(inner.Path + ".max", "must be at least min");
                }

                return new UniformDistribution(lo, hi);
            case "exponential":
                Known(inner.Element, inner.Path, "mean");
                return new ExponentialDistribution(Required(inner, "mean", 1e-12, 1e18));
            case "csv":
                return ReadCsvDistribution(inner);
            default:
                Error(inner.Path, "is not a distribution (constant, lognormal, pareto, uniform, exponential, csv)");
                return null;
        }
    }

    private double Required(Node parent, string name, double min, double max)
    {
        Node n = Child(parent, name);
        if (n.Missing)
        {
            Error(n.Path, "is required");
            return 1;
        }

        return Value(n, min, max) ?? 1;
    }

    private EmpiricalDistribution? ReadCsvDistribution(Node n)
    {
        if (n.Element.ValueKind != JsonValueKind.String)
        {
            Error(n.Path, "must be a file name");
            return null;
        }

        string file = Path.Combine(baseDirectory ?? ".", n.Element.GetString()!);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error(n.Path, $"cannot read {file}: {e.Message}");
            return null;
        }

        var values = new List<double>();
        for (int i = 0; i < lines.Length; i++)
        {
            string cell = lines[i].Split(',')[0].Trim();
            if (cell.Length == 0 || (i == 0 && !char.IsAsciiDigit(cell[0]) && cell[0] != '.'))
            {
                continue; // blank line or header
            }

            if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !(v > 0) || !double.IsFinite(v))
            {
                Error(n.Path, $"{file} line {i + 1}: '{cell}' is not a positive number");
                return null;
            }

            values.Add(v);
        }

        if (values.Count == 0)
        {
            Error(n.Path, $"{file} has no values");
            return null;
        }

        return new EmpiricalDistribution(values);
    }

    private void Error(string path, string message) => errors.Add($"{path}: {message}");

    private T Bad<T>(string path, string message)
        where T : struct
    {
        Error(path, message);
        return default;
    }

    private readonly record struct Node(JsonElement Element, string Path, bool Missing);
}
