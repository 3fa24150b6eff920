using Market.Live.Data;
using Market.Live.Server;
using Market.Live.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Market.Live.Pages;

/// <summary>My account: balance and the statement of charges and payments (from the ledger).</summary>
internal sealed class StatementModel(UserManager<WebUser> users, Dispatcher dispatcher, MarketDb db) : MarketPage(users, dispatcher, db)
{
    public long AccountId { get; private set; }

    public string Balance { get; private set; } = "";

    public string Reserved { get; private set; } = "";

    public string FeedUrl { get; private set; } = "";

    public List<LedgerRow> Entries { get; private set; } = new();

    public async Task OnGetAsync()
    {
        var user = await UserAsync();
        AccountId = await AccountAsync();
        var info = await Dispatcher.GetAccount((int)AccountId);
        Balance = info.Balance.ToString();
        Reserved = info.Reserved.ToString();
        FeedUrl = $"{Request.Scheme}://{Request.Host}/feed/{user.FeedToken}";
        Entries = await Db.Ledger.AsNoTracking().Where(l => l.DebitAccount == AccountId || l.CreditAccount == AccountId).OrderByDescending(l => l.Id).Take(500).ToListAsync();
    }
}
