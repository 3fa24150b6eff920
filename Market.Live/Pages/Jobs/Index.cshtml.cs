using System.Globalization;
using Market.Live.Data;
using Market.Live.Server;
using Market.Live.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Market.Live.Pages.Jobs;

/// <summary>My jobs: status, progress, price (changeable inline), submitted time.</summary>
internal sealed class IndexModel(UserManager<WebUser> users, Dispatcher dispatcher, MarketDb db) : MarketPage(users, dispatcher, db)
{
    public List<JobRow> Jobs { get; private set; } = new();

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public async Task OnGetAsync() => await Load();

    public async Task<IActionResult> OnPostPriceAsync(long id, string? price)
    {
        int account = await AccountAsync();
        try
        {
            decimal p = MarketGrpcService.Money(price ?? "", "price");
            await Dispatcher.ChangePrice(account, id, p);
            Message = $"Job {id}: the price is now {p.ToString(CultureInfo.InvariantCulture)} credits per hour.";
        }
        catch (ServiceException e) when (e.Code == Grpc.Core.StatusCode.NotFound)
        {
            return NotFound();
        }
        catch (ServiceException e)
        {
            Message = $"Job {id}: {e.Message}";
            Failed = true;
        }
        await Load();
        return Page();
    }

    private async Task Load()
    {
        long account = await AccountAsync();
        Jobs = await Db.Jobs.AsNoTracking().Where(j => j.AccountId == account).OrderByDescending(j => j.Id).ToListAsync();
    }
}
