using Market.Live.Data;
using Market.Live.Server;
using Market.Live.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Market.Live.Pages.Machines;

/// <summary>My machines: register (the token is shown once), measured speeds, recent leases, earnings, revoke.</summary>
internal sealed class IndexModel(UserManager<WebUser> users, Dispatcher dispatcher, MarketDb db) : MarketPage(users, dispatcher, db)
{
    public sealed record Machine(ClientRow Client, List<LeaseRow> Recent, long EarnedMicro);

    public List<Machine> Machines { get; private set; } = new();

    public string? NewToken { get; private set; }

    public long NewClient { get; private set; }

    public async Task OnGetAsync() => await Load();

    public async Task<IActionResult> OnPostRegisterAsync(string? name)
    {
        int account = await AccountAsync();
        string label = new string((name ?? "").Where(ch => !char.IsControl(ch)).Take(200).ToArray()).Trim();
        var (id, token) = await Dispatcher.RegisterClient(account, label);
        NewClient = id;
        NewToken = token;
        await Load();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id)
    {
        int account = await AccountAsync();
        try
        {
            await Dispatcher.RevokeClient(account, id);
        }
        catch (ServiceException)
        {
            return NotFound();
        }
        return RedirectToPage();
    }

    private async Task Load()
    {
        long account = await AccountAsync();
        var clients = await Db.Clients.AsNoTracking().Where(c => c.AccountId == account).OrderBy(c => c.Id).ToListAsync();
        foreach (var c in clients)
        {
            var recent = await Db.Leases.AsNoTracking().Where(l => l.ClientId == c.Id && l.Kind == "job").OrderByDescending(l => l.Id).Take(5).ToListAsync();
            long earned = await Db.Ledger.AsNoTracking().Where(l => l.ClientId == c.Id && l.CreditAccount == account && l.Kind == "leasecharge").SumAsync(l => l.AmountMicro);
            Machines.Add(new Machine(c, recent, earned));
        }
    }
}
