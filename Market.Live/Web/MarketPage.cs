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
        if (user.AccountId is long id)
        {
            return (int)id;
        }
        // Confirmation saved the user but could not open the market account (the dispatcher was
        // stopping, say): open it now.
        var (account, _, _) = await Dispatcher.CreateAccount(user.Email ?? "");
        user.AccountId = account;
        if (string.IsNullOrEmpty(user.FeedToken))
        {
            user.FeedToken = Secrets.New("mf_");
        }
        await users.UpdateAsync(user);
        return account;
    }

    protected async Task<WebUser> UserAsync() => await users.GetUserAsync(User) ?? throw new InvalidOperationException("Not signed in.");
}
