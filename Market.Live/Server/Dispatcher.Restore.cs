using Market.Engine;
using Market.Live.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Market.Live.Server;

/// <content>Starting: open the store and rebuild the engine from the committed command log.</content>
internal sealed partial class Dispatcher
{
    public const string OptionsKey = "market_options";

    /// <summary>Opens (or creates) the store and restores the market it holds. The market options are
    /// fixed when the store is created: later configuration of them is ignored, with a warning.</summary>
    /// <exception cref="InvalidOperationException">The store's command log does not replay to the events it recorded.</exception>
    public static Dispatcher Open(DatabaseOptions database, MarketOptions configured, DispatcherOptions options, TimeProvider clock, ILogger logger)
    {
        var store = Store.Open(database);
        try
        {
            using var db = Store.CreateContext(database);
            var market = configured;
            var meta = db.Meta.Find(OptionsKey);
            if (meta == null)
            {
                db.Meta.Add(new MetaRow { Key = OptionsKey, Value = CommandText.FormatOptions(configured) });
                db.SaveChanges();
            }
            else if (!CommandText.TryParseOptions(meta.Value, out var stored, out string? error))
            {
                throw new InvalidOperationException("The store's market options cannot be read: " + error);
            }
            else
            {
                if (CommandText.FormatOptions(stored!) != CommandText.FormatOptions(configured))
                {
                    logger.LogWarning("The market options are fixed when the store is created; using the stored ones: {Options}", meta.Value);
                }
                market = stored!;
            }
            var d = new Dispatcher(store, market, options, clock, logger);
            d.Restore(db);
            return d;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    private void Restore(MarketDb db)
    {
        long commands = 0;
        foreach (var row in db.CommandLog.AsNoTracking().OrderBy(r => r.Seq).AsEnumerable())
        {
            if (!CommandText.TryParse(row.Command, out var command, out string? error))
            {
                throw new InvalidOperationException($"command_log row {row.Seq} cannot be read: {error}");
            }
            if (ExecuteOnEngine(command!).Events != row.Events)
            {
                throw new InvalidOperationException($"command_log row {row.Seq} ({row.Command}) replays to different events than were recorded; the store is not consistent with this engine.");
            }
            nextSeq = row.Seq + 1;
            commands++;
        }
        sink.Events.Clear();

        foreach (var k in db.ApiKeys.AsNoTracking().Where(k => !k.Revoked))
        {
            accountsByKey[k.KeyHash] = (int)k.AccountId;
        }
        foreach (var c in db.Clients.AsNoTracking())
        {
            clientOwners[(int)c.Id] = (int)c.AccountId;
            if (!c.Revoked)
            {
                clientsByToken[c.TokenHash] = (int)c.Id;
            }
        }
        var live = new List<LiveJob>();
        foreach (var j in db.Jobs.AsNoTracking())
        {
            var job = new LiveJob((int)j.Id, (int)j.AccountId, j.Source, j.FileName, j.ModuleHash) { LatestInstructions = j.Instructions };
            jobs[job.Id] = job;
            if (j.Status is not ("completed" or "failed"))
            {
                live.Add(job);
            }
        }
        foreach (var job in live)
        {
            long version = Engine.GetJob(new JobId(job.Id))!.Value.Version;
            job.LatestState = db.JobStates.AsNoTracking().Where(s => s.JobId == job.Id && s.Version == version).Select(s => s.State).Single();
        }
        foreach (var l in Engine.OpenLeases())
        {
            long baseInstructions = l.Job is { } j ? jobs[j.Value].LatestInstructions : 0;
            leases[l.Id.Value] = new LiveLease(l.Id.Value, l.Client.Value, l.Job?.Value, baseInstructions, l.Granted, l.Deadline);
        }
        logger.LogInformation("Restored the market: {Commands} commands replayed, {Jobs} jobs ({Live} not ended), {Leases} open leases, time {Now}.",
            commands, jobs.Count, live.Count, Engine.OpenLeaseCount, Engine.Now);
    }
}
