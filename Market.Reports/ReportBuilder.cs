using Market.Engine;

namespace Market.Reports;

/// <summary>Makes a report from engine state and its dispatch history, for one reader. A live and a
/// simulated market with the same facts give the same report.</summary>
public static class ReportBuilder
{
    /// <summary>The report of <paramref name="engine"/>'s market for <paramref name="reader"/>.</summary>
    /// <param name="engine">The market.</param>
    /// <param name="dispatches">Its job leases (from a <see cref="DispatchHistory"/>).</param>
    /// <param name="source">Live or simulation.</param>
    /// <param name="generated">The time to state as the report's.</param>
    /// <param name="reader">Who reads it: owner links appear only for this account's clients and jobs; null for nobody.</param>
    public static MarketReport Build(MarketEngine engine, IReadOnlyList<Dispatch> dispatches, ReportSource source, Instant generated, AccountId? reader)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(dispatches);
        var clients = engine.Clients().Select(c =>
        {
            bool own = reader is AccountId r && c.Owner == r;
            return new ReportClient(c.Id, c.Speed ?? 0, c.Measurements, c.LeasesCompleted, own ? c.Owner : null, own ? c.Earned : null);
        }).ToList();
        var jobs = engine.Jobs().Select(j =>
        {
            bool own = reader is AccountId r && j.Owner == r;
            return new ReportJob(j.Id, j.Price, j.Status, j.Submitted, j.Version, j.WorkDone, j.Rollbacks, own ? j.Owner : null, own ? j.Name : null);
        }).ToList();
        return new MarketReport(generated, source, reader, engine.Options, engine.PolicyName, clients, jobs, dispatches.ToList());
    }
}
