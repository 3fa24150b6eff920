using System.Globalization;
using System.Text;
using Market.Reports;
using Market.Sim.Output;
using Market.Sim.Running;

namespace Market.Sim.Tests.Output;

public sealed class ResultWriterTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("market-results").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Write_BiggerChurnRun_JobsAndClientsAsTheStringFormattingWroteThem()
    {
        // More than one buffer of rows, ended and running jobs, vanished machines.
        using var log = new DispatchLog(Path.Combine(dir, "scratch"));
        var sim = new Simulation(ScenarioLoader.Parse(DispatchLogTests.BiggerChurn).Scenario!, 11, dispatchLog: log);
        sim.Run();
        ResultWriter.Write(dir, "churn", 11, sim, plots: false);
        byte[] jobs = File.ReadAllBytes(Path.Combine(dir, "jobs.csv"));
        Assert.True(jobs.Length > 1 << 17, $"jobs.csv has {jobs.Length} bytes, fewer than two buffers");
        Assert.True(Encoding.UTF8.GetBytes(JobsAsStrings(sim)).AsSpan().SequenceEqual(jobs), "jobs.csv differs");
        Assert.True(Encoding.UTF8.GetBytes(ClientsAsStrings(sim)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(dir, "clients.csv"))), "clients.csv differs");
    }

    [Fact]
    public void FormatNumber_ManyDoubles_SameAsRoundTripString()
    {
        // Raw doubles, whole ticks in seconds (the run's times), micro-credit prices, integers and
        // numbers near the fast path's edges. (This project has no FsCheck; a seeded generator
        // makes the cases.)
        var rng = new DeterministicRandom(42);
        Span<byte> buffer = stackalloc byte[64];
        for (int i = 0; i < 300_000; i++)
        {
            long bits = (long)rng.NextUInt64();
            double v = (i % 6) switch
            {
                0 => BitConverter.Int64BitsToDouble(bits),
                1 => (long)(rng.NextUInt64() % (ulong)(TimeSpan.TicksPerDay * 400)) / (double)TimeSpan.TicksPerSecond,
                2 => (long)(rng.NextUInt64() % 100_000_000_000) / 1e6,
                3 => (long)(rng.NextUInt64() % 1_000_000_000),
                4 => 4e8 - ((long)(rng.NextUInt64() % 10_000_000_000) / 1e7),
                _ => 1 + ((long)(rng.NextUInt64() % 100_000) / 1e7) - (bits % 2 == 0 ? 1e-7 : 0),
            };
            string expected = ResultWriter.Number(v);
            string actual = Encoding.ASCII.GetString(buffer[..Utf8CsvWriter.FormatNumber(v, buffer)]);
            Assert.True(expected == actual, $"{v:R}: {actual} instead of {expected}");
        }
    }

    [Fact]
    public void FormatNumber_Edges_SameAsRoundTripString()
    {
        Span<byte> buffer = stackalloc byte[64];
        foreach (double v in new[] { 0.0, -0.0, 1.0, 0.1, 1e-7, 1.0000001, 399999999.9999999, 4e8, 1e15, 123456789.1234567, double.NaN, double.NegativeInfinity, double.Epsilon })
        {
            Assert.Equal(ResultWriter.Number(v), Encoding.ASCII.GetString(buffer[..Utf8CsvWriter.FormatNumber(v, buffer)]));
        }
    }

    /// <summary>The oracle: jobs.csv as ResultWriter built it before it wrote bytes, a string per row.</summary>
    private static string JobsAsStrings(Simulation sim)
    {
        var b = new StringBuilder("job,owner,price_initial,price_final,status,work,work_left,submitted_s,first_lease_s,completed_s,slices,mean_speed,rollbacks\n");
        int id = 0;
        foreach (SimJob j in sim.Jobs)
        {
            JobInfo info = sim.JobFacts(++id, j);
            b.Append(CultureInfo.InvariantCulture, $"{info.Id},{info.Owner},{Number(j.InitialPrice)},{info.Price},{ReportWriter.StatusName(info.Status)},{Number(j.Work)},{Number(j.WorkLeft)},{Seconds(j.Submitted)},{Seconds(j.FirstLease)},{Seconds(j.Completed)},{j.Slices},{Number(j.Slices == 0 ? 0 : j.SpeedSum / j.Slices)},{info.Rollbacks}\n");
        }

        return b.ToString();
    }

    private static string ClientsAsStrings(Simulation sim)
    {
        var b = new StringBuilder("client,owner,true_speed,measured_speed,available_s,leased_s,test_s,leases,earned\n");
        foreach (SimClient c in sim.Clients)
        {
            ClientInfo info = sim.Engine.GetClient(c.Id)!;
            b.Append(CultureInfo.InvariantCulture, $"{c.Id},{info.Owner},{Number(c.TrueSpeed)},{Number(info.Speed ?? 0)},{Number(c.AvailableSeconds)},{Number(c.LeasedSeconds)},{Number(c.TestSeconds)},{c.Leases},{info.Earned}\n");
        }

        return b.ToString();
    }

    private static string Number(double v) => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "0";

    private static string Seconds(Instant? t) => t is Instant i ? Number((i.Ticks - Instant.Epoch2000.Ticks) / (double)TimeSpan.TicksPerSecond) : string.Empty;
}
