using System.Globalization;
using System.Text;
using Market.Live.Data;
using Market.Live.Server;
using Market.Live.Web;
using Market.Reports;
using Market.Sim.Pricing;
using Market.Sim.Scenarios;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Market.Live.Pages;

/// <summary>The market: the report for this reader, and the price optimizer (speed → price; work and
/// deadline → price and chance, answered by simulating the market from the report).</summary>
internal sealed class MarketInfoModel(UserManager<WebUser> users, Dispatcher dispatcher, MarketDb db) : MarketPage(users, dispatcher, db)
{
    public string? Speed { get; private set; }
    public string? Work { get; private set; }
    public string? Hours { get; private set; }
    public string? SpeedAnswer { get; private set; }
    public string? DeadlineAnswer { get; private set; }

    public async Task OnGetAsync(string? speed, string? work, string? hours)
    {
        (Speed, Work, Hours) = (speed, work, hours);
        if (string.IsNullOrWhiteSpace(speed) && string.IsNullOrWhiteSpace(work))
        {
            return;
        }
        var market = ReportMarket.Read(new StringReader(await ReportXml()));
        if (!string.IsNullOrWhiteSpace(speed))
        {
            if (!double.TryParse(speed, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) || !(s > 0) || double.IsInfinity(s))
            {
                SpeedAnswer = $"The speed must be a positive number, not '{speed}'.";
                return;
            }
            var a = market.Advise(s, null);
            SpeedAnswer = a.Possible
                ? $"At least {a.Price} credits per hour buys a machine of speed {s.ToString(CultureInfo.InvariantCulture)} or faster ({a.FastClients} such machines, {a.CompetingJobs} competing jobs)."
                : $"Not possible: no machine that fast is in the market now ({a.CompetingJobs} competing jobs).";
            return;
        }
        if (!double.TryParse(work, NumberStyles.Float, CultureInfo.InvariantCulture, out double w) || !(w > 0) || w > 1e9)
        {
            DeadlineAnswer = $"The work must be a positive number of work units up to 1,000,000,000, not '{work}'.";
            return;
        }
        if (!double.TryParse(hours, NumberStyles.Float, CultureInfo.InvariantCulture, out double h) || !(h > 0) || h > 24 * 7)
        {
            DeadlineAnswer = $"The deadline must be a positive number of hours up to a week, not '{hours}'.";
            return;
        }
        var seeds = Enumerable.Range(1, 20).Select(i => (ulong)i).ToList();
        var advice = DeadlinePricer.Find(market, w, TimeSpan.FromHours(h), 0.9, seeds, new ExponentialDistribution(w), parallelism: 1); // one core: the dispatcher shares the machine
        DeadlineAnswer = advice.Possible
            ? string.Create(CultureInfo.InvariantCulture, $"{advice.Price} credits per hour finishes it in time with chance {advice.Chance:0.##} ({advice.Low:0.##}–{advice.High:0.##}, {advice.Seeds} simulations).")
            : string.Create(CultureInfo.InvariantCulture, $"Not possible with 90% confidence; the best chance is {advice.Chance:0.##} at {advice.Price} credits per hour.");
    }

    public async Task<IActionResult> OnGetReportAsync()
    {
        string xml = await ReportXml();
        return File(Encoding.UTF8.GetBytes(xml), "application/xml", "market-report.xml");
    }

    private async Task<string> ReportXml()
    {
        int account = await AccountAsync();
        return await Dispatcher.Report(account, WebQueries.Dispatches(Db));
    }
}
