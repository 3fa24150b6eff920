using Market.Engine;
using Market.Reports;
using Market.Sim.Running;

namespace Market.Sim.Output;

/// <summary>A run's report.xml, written as <see cref="ReportWriter"/> writes any report, but from
/// lists that are read as they are written: the clients straight from the engine, the jobs from the
/// engine or, for those it has forgotten, the simulation (<see cref="Simulation.JobFacts"/>), the
/// dispatches from the run's <see cref="DispatchLog"/>. The same bytes as
/// <c>ReportBuilder.Build(engine, dispatches, Simulation, end, reader: null)</c> on an engine that
/// kept every job (a test compares them), without holding the whole report in memory.</summary>
internal static class RunReport
{
    /// <summary>Writes the report of the market at the end of the run, for a reader who owns nothing.</summary>
    public static void Write(Simulation sim, IReadOnlyList<Dispatch> dispatches, Stream output)
    {
        MarketEngine engine = sim.Engine;
        Instant generated = sim.End;
        // The DESIGN.md contract: the view of a reader who owns nothing, so no owners and no names.
        var clients = new Projection<ClientInfo, ReportClient>(engine.ClientCount, engine.Clients, c => new ReportClient(c.Id, c.Speed ?? 0, c.Measurements, c.LeasesCompleted, null, null));
        var jobs = new Projection<JobInfo, ReportJob>(engine.JobCount, () => sim.Jobs.Select((j, i) => sim.JobFacts(i + 1, j)), j => new ReportJob(j.Id, j.Price, j.Status, j.Submitted, j.Version, j.WorkDone, j.Rollbacks, null, null));
        ReportWriter.Write(new MarketReport(generated, ReportSource.Simulation, null, engine.Options, engine.PolicyName, clients, jobs, dispatches), output);
    }

    /// <summary>A list made as it is enumerated.</summary>
    private sealed class Projection<TSource, T>(int count, Func<IEnumerable<TSource>> source, Func<TSource, T> map) : IReadOnlyList<T>
    {
        public int Count => count;

        public T this[int index] => throw new NotSupportedException("This list is read in order, not by index.");

        public IEnumerator<T> GetEnumerator() => source().Select(map).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
