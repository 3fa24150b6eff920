using Market.Live.Data;
using Market.Live.Server;
using Market.Live.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Market.Live.Pages.Jobs;

/// <summary>One of my jobs; anybody else's is "not found".</summary>
internal sealed class DetailsModel(UserManager<WebUser> users, Dispatcher dispatcher, MarketDb db) : MarketPage(users, dispatcher, db)
{
    public JobRow Job { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(long id)
    {
        long account = await AccountAsync();
        var job = await Db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id && j.AccountId == account);
        if (job == null)
        {
            return NotFound();
        }
        Job = job;
        return Page();
    }
}
