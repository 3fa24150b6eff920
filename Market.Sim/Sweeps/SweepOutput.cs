using System.Globalization;
using System.Text;
using CsvHelper;
using Market.Sim.Output;

namespace Market.Sim.Sweeps;

/// <summary>Writes a sweep's CSV files with CsvHelper (RFC 4180; pandas and R read them as they are):
/// <c>runs.csv</c>, one row per run, and <c>aggregate.csv</c>, the mean and 95% confidence
/// interval of every metric over the seeds of each grid point.</summary>
public static class SweepOutput
{
    private static readonly CsvWriterOptions Csv = new() { NewLine = "\n" };

    public static void WriteRuns(string path, IReadOnlyList<string> gridKeys, IReadOnlyList<SweepResult> results)
    {
        using var text = new StreamWriter(path, false, new UTF8Encoding(false));
        using var csv = CsvWriter.Create(text, Csv, leaveOpen: true);
        IReadOnlyList<string> metrics = results.Count > 0 ? results[0].Metrics.Select(m => m.Name).ToList() : [];
        csv.WriteHeader(["run", "seed", .. gridKeys, .. metrics]);
        foreach (SweepResult r in results.OrderBy(r => r.Index))
        {
            csv.WriteRecord([r.Index.ToString(CultureInfo.InvariantCulture), r.Seed.ToString(CultureInfo.InvariantCulture), .. r.Values, .. r.Metrics.Select(m => ResultWriter.Number(m.Value))]);
        }
    }

    public static void WriteAggregate(string path, IReadOnlyList<string> gridKeys, IReadOnlyList<SweepResult> results)
    {
        using var text = new StreamWriter(path, false, new UTF8Encoding(false));
        using var csv = CsvWriter.Create(text, Csv, leaveOpen: true);
        IReadOnlyList<string> metrics = results.Count > 0 ? results[0].Metrics.Select(m => m.Name).ToList() : [];
        csv.WriteHeader(["runs", .. gridKeys, .. metrics.SelectMany(m => new[] { m + "_mean", m + "_ci_low", m + "_ci_high" })]);
        foreach (Aggregate a in Aggregate.Of(results))
        {
            var fields = new List<string> { a.Runs.ToString(CultureInfo.InvariantCulture) };
            fields.AddRange(a.Values);
            foreach ((double mean, double half) in a.Metrics)
            {
                fields.Add(ResultWriter.Number(mean));
                fields.Add(ResultWriter.Number(mean - half));
                fields.Add(ResultWriter.Number(mean + half));
            }

            csv.WriteRecord(fields.ToArray());
        }
    }

    /// <summary>Reads the rows of a runs.csv back (for merge).</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows) ReadRuns(string path)
    {
        using var reader = CsvReader.Create(new StreamReader(path), new CsvReaderOptions { HasHeader = true });
        var rows = new List<string[]>();
        IReadOnlyList<string> header = [];
        while (reader.Read())
        {
            header = reader.Headers.ToList();
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        return (header, rows);
    }
}
