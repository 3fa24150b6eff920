using Market.Engine;
using Market.Live.Data;
using Market.Reports;
using Microsoft.EntityFrameworkCore;

namespace Market.Live.Web;

/// <summary>What the web pages read from the store for one account.</summary>
internal static class WebQueries
{
    /// <summary>Every job lease, as the report's dispatch history.</summary>
    public static List<Dispatch> Dispatches(MarketDb db)
        => db.Leases.AsNoTracking().Where(l => l.Kind == "job").OrderBy(l => l.Id).AsEnumerable()
            .Select(l => new Dispatch(new LeaseId(l.Id), new JobId((int)l.JobId!.Value), new ClientId((int)l.ClientId), new Instant(l.GrantedAt), new Instant(l.Deadline),
                l.CheckedInAt is long t ? new Instant(t) : null,
                l.Outcome switch { "open" => DispatchOutcome.Open, "expired" => DispatchOutcome.Expired, _ => DispatchOutcome.Accepted },
                new Price(l.PriceMicro)))
            .ToList();

    public static string Time(long ticks) => new DateTime(ticks, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static string Money(long micro) => new Credits(micro).ToString();
}
