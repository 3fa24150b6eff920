using System.Globalization;
using System.Text;
using CsvHelper;
using Market.Engine;
using Market.Sim.Output;

namespace Market.Sim.Populations;

/// <summary>A population as three CSV files (documented in the README): <c>clients.csv</c>
/// (<c>client,owner,speed</c>), <c>availability.csv</c> (<c>client,up_s,down_s</c>, seconds from the
/// start, <c>down_s</c> empty for "to the end") and <c>jobs.csv</c> (<c>job,owner,arrival_s,work,price</c>).</summary>
public static class PopulationFiles
{
    private static readonly CsvWriterOptions Options = new() { NewLine = "\n" };

    public static IReadOnlyList<string> Write(string directory, Population population)
    {
        Directory.CreateDirectory(directory);
        string clients = Path.Combine(directory, "clients.csv");
        string availability = Path.Combine(directory, "availability.csv");
        string jobs = Path.Combine(directory, "jobs.csv");
        WriteCsv(clients, ["client", "owner", "speed"], population.Clients.Select((c, i) => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), Int(c.Owner), ResultWriter.Number(c.Speed) }));
        WriteCsv(availability, ["client", "up_s", "down_s"], population.Clients.SelectMany((c, i) => c.Periods.Select(p => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), Seconds(p.Up), p.Down == long.MaxValue ? string.Empty : Seconds(p.Down) })));
        WriteCsv(jobs, ["job", "owner", "arrival_s", "work", "price"], population.Jobs.Select((j, i) => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), Int(j.Owner), Seconds(j.Arrival), j.Work is double w ? ResultWriter.Number(w) : string.Empty, j.Price.ToString(CultureInfo.InvariantCulture) }));
        return [clients, availability, jobs];
    }

    /// <summary>Reads a population back, checking every row; every problem names its file and line.</summary>
    public static (Population? Population, IReadOnlyList<string> Errors) Read(string directory)
    {
        var errors = new List<string>();
        var clients = new List<(int Owner, double Speed)>();
        var periods = new Dictionary<int, List<(long, long)>>();
        var jobs = new List<PopulationJob>();
        Rows(directory, "clients.csv", ["client", "owner", "speed"], errors, (row, where, number) =>
        {
            if (Id(row[0], number, where, errors) && Owner(row[1], where, errors) is int owner && Positive(row[2], "speed", where, errors) is double speed)
            {
                clients.Add((owner, speed));
            }
        });
        Rows(directory, "availability.csv", ["client", "up_s", "down_s"], errors, (row, where, _) =>
        {
            if (!int.TryParse(row[0], NumberStyles.None, CultureInfo.InvariantCulture, out int c) || c < 1 || c > clients.Count)
            {
                errors.Add($"{where}: client '{row[0]}' is not in clients.csv");
                return;
            }

            long? up = Ticks(row[1], "up_s", where, errors);
            long? down = row[2].Length == 0 ? long.MaxValue : Ticks(row[2], "down_s", where, errors);
            if (up is null || down is null)
            {
                return;
            }

            List<(long Up, long Down)> list = periods.TryGetValue(c, out var l) ? l : periods[c] = new List<(long, long)>();
            if (down <= up || (list.Count > 0 && up < list[^1].Down))
            {
                errors.Add($"{where}: periods must be non-empty, in order and disjoint");
                return;
            }

            list.Add((up.Value, down.Value));
        });
        Rows(directory, "jobs.csv", ["job", "owner", "arrival_s", "work", "price"], errors, (row, where, number) =>
        {
            if (!Id(row[0], number, where, errors) || Owner(row[1], where, errors) is not int owner || Ticks(row[2], "arrival_s", where, errors) is not long arrival)
            {
                return;
            }

            if (jobs.Count > 0 && arrival < jobs[^1].Arrival)
            {
                errors.Add($"{where}: arrival_s must not go back in time (jobs are in submission order)");
                return;
            }

            double? work = row[3].Length == 0 ? null : Positive(row[3], "work", where, errors);
            if (row[3].Length > 0 && work is null)
            {
                return;
            }

            if (!decimal.TryParse(row[4], NumberStyles.Number, CultureInfo.InvariantCulture, out decimal price) || !Price.TryFromDecimal(price, out _, out string? problem))
            {
                errors.Add($"{where}: price '{row[4]}' is not a valid price");
                return;
            }

            jobs.Add(new PopulationJob(arrival, owner, work, price));
        });
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var result = clients.Select((c, i) => new PopulationClient(c.Owner, c.Speed, periods.TryGetValue(i + 1, out var p) ? p : [])).ToList();
        return (new Population(result, jobs), errors);
    }

    private static void Rows(string directory, string name, string[] header, List<string> errors, Action<string[], string, int> row)
    {
        string path = Path.Combine(directory, name);
        if (!File.Exists(path))
        {
            errors.Add($"{path}: missing");
            return;
        }

        using var reader = CsvReader.Create(new StreamReader(path), new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true });
        bool checkedHeader = false;
        int number = 0;
        while (reader.Read())
        {
            if (!checkedHeader)
            {
                checkedHeader = true;
                if (!reader.Headers.SequenceEqual(header))
                {
                    errors.Add($"{path}: the header must be {string.Join(",", header)}");
                    return;
                }
            }

            string where = $"{path}:{reader.LineNumber}";
            if (reader.FieldCount != header.Length)
            {
                errors.Add($"{where}: expected {header.Length} fields, found {reader.FieldCount}");
                continue;
            }

            row(Enumerable.Range(0, header.Length).Select(reader.GetString).ToArray(), where, ++number);
        }
    }

    private static bool Id(string text, int expected, string where, List<string> errors)
    {
        if (text == expected.ToString(CultureInfo.InvariantCulture))
        {
            return true;
        }

        errors.Add($"{where}: ids must run 1, 2, 3, ... (expected {expected}, found '{text}')");
        return false;
    }

    private static int? Owner(string text, string where, List<string> errors)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int owner) && owner < 10_000_000)
        {
            return owner;
        }

        errors.Add($"{where}: owner '{text}' is not a non-negative whole number");
        return null;
    }

    private static double? Positive(string text, string field, string where, List<string> errors)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v > 0 && double.IsFinite(v))
        {
            return v;
        }

        errors.Add($"{where}: {field} '{text}' is not a positive number");
        return null;
    }

    private static long? Ticks(string text, string field, string where, List<string> errors)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) && s >= 0 && s < 1e9)
        {
            return (long)Math.Round(s * TimeSpan.TicksPerSecond);
        }

        errors.Add($"{where}: {field} '{text}' is not a time in seconds from the start");
        return null;
    }

    private static string Seconds(long ticks) => ResultWriter.Number(ticks / (double)TimeSpan.TicksPerSecond);

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static void WriteCsv(string path, string[] header, IEnumerable<string[]> rows)
    {
        using var text = new StreamWriter(path, false, new UTF8Encoding(false));
        using var csv = CsvWriter.Create(text, Options, leaveOpen: true);
        csv.WriteHeader(header);
        foreach (string[] row in rows)
        {
            csv.WriteRecord(row);
        }
    }
}
