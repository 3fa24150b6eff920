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
        using var w = new Utf8CsvWriter(Path.Combine(directory, "jobs.csv"));
        w.Raw("job,owner,price_initial,price_final,status,work,work_left,submitted_s,first_lease_s,completed_s,slices,mean_speed,rollbacks\n"u8);
        int id = 0;
        foreach (SimJob j in sim.Jobs)
        {
            JobInfo info = sim.JobFacts(++id, j);
            w.Integer(info.Id.Value, (byte)'J');
            w.Integer(info.Owner.Value, (byte)'A');
            w.Number(j.InitialPrice);
            w.Decimal(info.Price.ToDecimal());
            w.Text(ReportWriter.StatusName(info.Status));
            w.Number(j.Work);
            w.Number(j.WorkLeft);
            w.Seconds(j.Submitted);
            w.Seconds(j.FirstLease);
            w.Seconds(j.Completed);
            w.Integer(j.Slices);
            w.Number(j.Slices == 0 ? 0 : j.SpeedSum / j.Slices);
            w.Integer(info.Rollbacks);
            w.EndRow();
        }

        return w.Path;
    }

    private static string WriteClients(string directory, Simulation sim)
    {
        using var w = new Utf8CsvWriter(Path.Combine(directory, "clients.csv"));
        w.Raw("client,owner,true_speed,measured_speed,available_s,leased_s,test_s,leases,earned\n"u8);
        foreach (SimClient c in sim.Clients)
        {
            ClientInfo info = sim.Engine.GetClient(c.Id)!;
            w.Integer(c.Id.Value, (byte)'C');
            w.Integer(info.Owner.Value, (byte)'A');
            w.Number(c.TrueSpeed);
            w.Number(info.Speed ?? 0);
            w.Number(c.AvailableSeconds);
            w.Number(c.LeasedSeconds);
            w.Number(c.TestSeconds);
            w.Integer(c.Leases);
            w.Decimal(info.Earned.ToDecimal());
            w.EndRow();
        }

        return w.Path;
    }

    private static string Csv(string s) => s.Contains(',') || s.Contains('"') ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    private static string WriteText(string directory, string name, string text)
    {
        string path = Path.Combine(directory, name);
        File.WriteAllText(path, text, Utf8);
        return path;
    }
}
