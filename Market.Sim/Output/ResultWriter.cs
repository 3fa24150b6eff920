using System.Globalization;
using System.Text;
using System.Text.Json;
using Market.Engine;
using Market.Reports;
using Market.Sim.Plots;
using Market.Sim.Running;

namespace Market.Sim.Output;

/// <summary>Writes a run's result files. Everything written is a function of the scenario and the
/// seed (no wall-clock time, invariant culture, fixed order), so reruns are byte-identical; so are
/// the plots on one machine with the same fonts.</summary>
internal static class ResultWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static IReadOnlyList<string> Write(string directory, string scenarioName, ulong seed, Simulation sim, bool plots = true)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>
        {
            WriteSummaryJson(directory, scenarioName, seed, sim),
            WriteSummaryCsv(directory, scenarioName, seed, sim),
            WriteText(directory, "timeseries.csv", "minute,pool,ready,leased,clients_up,jobs_completed\n" + string.Concat(sim.Metrics.Series.Select(r => r + "\n"))),
            WriteJobs(directory, sim),
            WriteClients(directory, sim),
        };
        string report = Path.Combine(directory, "report.xml");
        DispatchLog dispatches = sim.Dispatches ?? throw new InvalidOperationException("This run kept no dispatches for report.xml: give the simulation a DispatchLog.");
        using (var f = new FileStream(report, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            RunReport.Write(sim, dispatches.Dispatches, f);
        }

        written.Add(report);
        if (plots)
        {
            written.AddRange(RunPlots.Write(directory, sim));
        }

        return written;
    }

    public static string Number(double v) => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "0";

    private static string WriteSummaryJson(string directory, string scenarioName, ulong seed, Simulation sim)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("scenario", scenarioName);
            w.WriteNumber("seed", seed);
            w.WriteString("policy", sim.Engine.PolicyName);
            w.WriteNumber("clients", sim.Clients.Length);
            w.WriteStartObject("metrics");
            foreach ((string name, double value) in sim.Metrics.Summary)
            {
                w.WriteNumber(name, double.IsFinite(value) ? value : 0);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return WriteText(directory, "summary.json", Utf8.GetString(stream.ToArray()) + "\n");
    }

    private static string WriteSummaryCsv(string directory, string scenarioName, ulong seed, Simulation sim)
    {
        var b = new StringBuilder();
        b.Append("scenario,seed,policy");
        foreach ((string name, _) in sim.Metrics.Summary)
        {
            b.Append(',').Append(name);
        }

        b.Append('\n').Append(Csv(scenarioName)).Append(',').Append(seed.ToString(CultureInfo.InvariantCulture)).Append(',').Append(sim.Engine.PolicyName);
        foreach ((_, double value) in sim.Metrics.Summary)
        {
            b.Append(',').Append(Number(value));
        }

        return WriteText(directory, "summary.csv", b.Append('\n').ToString());
    }

    private static string WriteJobs(string directory, Simulation sim)
    {
        using var w = new RowWriter(Path.Combine(directory, "jobs.csv"));
        w.Row.Append("job,owner,price_initial,price_final,status,work,work_left,submitted_s,first_lease_s,completed_s,slices,mean_speed,rollbacks\n");
        int id = 0;
        foreach (SimJob j in sim.Jobs)
        {
            JobInfo info = sim.JobFacts(++id, j);
            w.Row.Append(CultureInfo.InvariantCulture, $"{info.Id},{info.Owner},{Number(j.InitialPrice)},{info.Price},{ReportWriter.StatusName(info.Status)},{Number(j.Work)},{Number(j.WorkLeft)},{Seconds(j.Submitted)},{Seconds(j.FirstLease)},{Seconds(j.Completed)},{j.Slices},{Number(j.Slices == 0 ? 0 : j.SpeedSum / j.Slices)},{info.Rollbacks}\n");
            w.EndRow();
        }

        return w.Path;
    }

    private static string WriteClients(string directory, Simulation sim)
    {
        using var w = new RowWriter(Path.Combine(directory, "clients.csv"));
        w.Row.Append("client,owner,true_speed,measured_speed,available_s,leased_s,test_s,leases,earned\n");
        foreach (SimClient c in sim.Clients)
        {
            ClientInfo info = sim.Engine.GetClient(c.Id)!;
            w.Row.Append(CultureInfo.InvariantCulture, $"{c.Id},{info.Owner},{Number(c.TrueSpeed)},{Number(info.Speed ?? 0)},{Number(c.AvailableSeconds)},{Number(c.LeasedSeconds)},{Number(c.TestSeconds)},{c.Leases},{info.Earned}\n");
            w.EndRow();
        }

        return w.Path;
    }

    private static string Seconds(Instant? t) => t is Instant i ? Number((i.Ticks - Instant.Epoch2000.Ticks) / (double)TimeSpan.TicksPerSecond) : string.Empty;

    private static string Csv(string s) => s.Contains(',') || s.Contains('"') ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    /// <summary>A CSV file written row by row through one reused buffer.</summary>
    private sealed class RowWriter(string path) : IDisposable
    {
        private readonly StreamWriter writer = new(path, false, Utf8, 1 << 16);

        public string Path => path;

        /// <summary>The rows not yet written.</summary>
        public StringBuilder Row { get; } = new();

        public void EndRow()
        {
            if (Row.Length > 1 << 15)
            {
                Flush();
            }
        }

        public void Dispose()
        {
            Flush();
            writer.Dispose();
        }

        private void Flush()
        {
            foreach (ReadOnlyMemory<char> chunk in Row.GetChunks())
            {
                writer.Write(chunk.Span);
            }

            Row.Clear();
        }
    }

    private static string WriteText(string directory, string name, string text)
    {
        string path = Path.Combine(directory, name);
        File.WriteAllText(path, text, Utf8);
        return path;
    }
}
