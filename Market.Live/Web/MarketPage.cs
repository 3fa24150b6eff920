using Market.Live.Data;
using Market.Live.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Live.Web;

/// <summary>A page for a signed-in person with a market account.</summary>
internal abstract class MarketPage : PageModel
{
    private readonly UserManager<WebUser> users;

    protected MarketPage(UserManager<WebUser> users, Dispatcher dispatcher, MarketDb db)
    {
        this.users = users;
        Dispatcher = dispatcher;
        Db = db;
    }

    protected Dispatcher Dispatcher { get; }

    protected MarketDb Db { get; }

    /// <summary>The signed-in person's market account (every confirmed person has one).</summary>
    protected async Task<int> AccountAsync()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Not signed in.");
        return (int)(user.AccountId ?? throw new InvalidOperationException("The account of a confirmed user is missing."));
    }

    protected async Task<WebUser> UserAsync() => await users.GetUserAsync(User) ?? throw new InvalidOperationException("Not signed in.");
}
