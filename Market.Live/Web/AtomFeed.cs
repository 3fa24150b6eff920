using System.Xml;
using Market.Live.Data;
using Microsoft.EntityFrameworkCore;

namespace Market.Live.Web;

/// <summary>The Atom feed of one person's job state changes, at a secret address (/feed/TOKEN): each
/// submission, committed slice, completion, failure and rollback is an entry.</summary>
internal static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static async Task<string?> Build(MarketDb db, string token, string baseUrl)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.FeedToken == token);
        if (user?.AccountId is not long account)
        {
            return null;
        }
        var jobs = await db.Jobs.AsNoTracking().Where(j => j.AccountId == account).Select(j => new { j.Id, j.Name }).ToDictionaryAsync(j => j.Id, j => j.Name);
        var states = await db.JobStates.AsNoTracking().Where(s => jobs.Keys.Contains(s.JobId))
            .Select(s => new { s.JobId, s.Version, s.Outcome, s.CheckedIn, s.ClientId }).ToListAsync();
        var submitted = await db.Jobs.AsNoTracking().Where(j => j.AccountId == account).Select(j => new { j.Id, j.SubmittedAt }).ToDictionaryAsync(j => j.Id, j => j.SubmittedAt);
        var expired = await db.Leases.AsNoTracking().Where(l => l.JobId != null && jobs.Keys.Contains(l.JobId.Value) && l.Outcome == "expired")
            .Select(l => new { l.Id, JobId = l.JobId!.Value, l.Deadline, l.BaseVersion }).ToListAsync();

        var entries = new List<(long Time, string Id, string Title)>();
        foreach (var s in states)
        {
            long time = s.CheckedIn ?? submitted[s.JobId];
            string what = s.Outcome switch
            {
                "submitted" => "submitted",
                "progress" => $"slice committed (version {s.Version}, machine {s.ClientId})",
                "completed" => $"completed (version {s.Version})",
                "failed" => $"failed (version {s.Version})",
                _ => s.Outcome,
            };
            entries.Add((time, $"job-{s.JobId}-v{s.Version}", $"Job {s.JobId} '{jobs[s.JobId]}': {what}"));
        }
        foreach (var l in expired)
        {
            entries.Add((l.Deadline, $"job-{l.JobId}-lease-{l.Id}-expired", $"Job {l.JobId} '{jobs[l.JobId]}': lease {l.Id} expired, rolled back to version {l.BaseVersion}"));
        }
        entries.Sort((a, b) => b.Time != a.Time ? b.Time.CompareTo(a.Time) : string.CompareOrdinal(b.Id, a.Id));

        var sb = new StringWriter();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true, Async = false }))
        {
            w.WriteStartElement("feed", Atom);
            w.WriteElementString("title", Atom, "Market: my jobs");
            w.WriteElementString("id", Atom, $"urn:market:feed:{account}");
            w.WriteElementString("updated", Atom, Xml(entries.Count > 0 ? entries[0].Time : submitted.Values.DefaultIfEmpty(DateTime.UnixEpoch.Ticks).Max()));
            w.WriteStartElement("author", Atom);
            w.WriteElementString("name", Atom, "Market");
            w.WriteEndElement();
            w.WriteStartElement("link", Atom);
            w.WriteAttributeString("rel", "alternate");
            w.WriteAttributeString("href", baseUrl + "/Jobs");
            w.WriteEndElement();
            foreach (var (time, id, title) in entries.Take(200))
            {
                w.WriteStartElement("entry", Atom);
                w.WriteElementString("id", Atom, $"urn:market:{id}");
                w.WriteElementString("title", Atom, title);
                w.WriteElementString("updated", Atom, Xml(time));
                w.WriteStartElement("link", Atom);
                w.WriteAttributeString("href", baseUrl + "/Jobs/Details/" + id.Split('-')[1]);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return sb.ToString();
    }

    private static string Xml(long ticks) => XmlConvert.ToString(new DateTime(ticks, DateTimeKind.Utc), XmlDateTimeSerializationMode.Utc);
}
