using Market.Reports;
using Market.Sim.Output;
using Market.Sim.Running;

namespace Market.Sim.Tests.Output;

public sealed class RunReportTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("market-runreport").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Write_ChurnRun_SameBytesAsTheReportBuilder()
    {
        var history = new DispatchHistory();
        using var log = new DispatchLog(Path.Combine(dir, "scratch"));
        var sim = new Simulation(ScenarioLoader.Parse(DispatchLogTests.Churn).Scenario!, 9, dispatchLog: log);
        sim.Run();
        Assert.True(sim.Engine.HeldJobCount < sim.Engine.JobCount, "the engine forgot no ended job");
        using var streamed = new MemoryStream();
        RunReport.Write(sim, log.Dispatches, streamed);

        // The oracle: the same run on an engine that keeps every job, through the report builder.
        var kept = new Simulation(ScenarioLoader.Parse(DispatchLogTests.Churn).Scenario!, 9, observer: history, forgetEndedJobs: false);
        kept.Run();
        Assert.Equal(kept.Engine.JobCount, kept.Engine.HeldJobCount);
        using var built = new MemoryStream();
        ReportWriter.Write(ReportBuilder.Build(kept.Engine, history.Dispatches, ReportSource.Simulation, kept.End, reader: null), built);
        Assert.True(built.ToArray().SequenceEqual(streamed.ToArray()), "report.xml differs from ReportBuilder + ReportWriter");
        Assert.Empty(ReportSchema.Validate(new StringReader(System.Text.Encoding.UTF8.GetString(streamed.ToArray()))));
    }

    [Fact]
    public void Cli_Run_ReportXmlAsTheReportBuilderWouldWriteIt_ScratchFileGone()
    {
        string scenario = Path.Combine(dir, "churn.jsonc");
        File.WriteAllText(scenario, DispatchLogTests.Churn);
        Assert.Equal(0, Cli.Run(["run", scenario, "--seed", "9", "--out", Path.Combine(dir, "out"), "--quiet", "--no-plots"], TextWriter.Null, TextWriter.Null));
        var history = new DispatchHistory();
        var sim = new Simulation(ScenarioLoader.Parse(DispatchLogTests.Churn).Scenario! with { Name = "churn" }, 9, observer: history, forgetEndedJobs: false);
        sim.Run();
        using var built = new MemoryStream();
        ReportWriter.Write(ReportBuilder.Build(sim.Engine, history.Dispatches, ReportSource.Simulation, sim.End, reader: null), built);
        Assert.True(built.ToArray().SequenceEqual(File.ReadAllBytes(Path.Combine(dir, "out", "report.xml"))), "report.xml differs");
        Assert.Equal(6, Directory.GetFiles(Path.Combine(dir, "out")).Length);
    }
}
