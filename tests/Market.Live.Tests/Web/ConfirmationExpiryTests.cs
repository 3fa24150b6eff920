using Market.Live.Server;
using Microsoft.Playwright;

namespace Market.Live.Tests.Web;

/// <summary>A confirmation link stops working when its lifetime is over, and a new one can be asked for.</summary>
public sealed class ConfirmationExpiryTests : IAsyncLifetime
{
    private readonly string dir = Directory.CreateTempSubdirectory("market-expiry").FullName;
    private LiveMarket? market;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.Path))
        {
            return;
        }
        market = LiveMarket.WithWeb(dir, new DatabaseOptions { Path = Path.Combine(dir, "e.db") }, "--Web:ConfirmationLifetime=00:00:06");
        playwright = await Playwright.CreateAsync();
        browser = await WebFixture.LaunchChromium(playwright);
    }

    public async Task DisposeAsync()
    {
        if (browser != null)
        {
            await browser.CloseAsync();
        }
        playwright?.Dispose();
        market?.Dispose();
        Directory.Delete(dir, recursive: true);
    }

    [ChromiumFact]
    public async Task ExpiredLink_Refused_NewEmailWorks()
    {
        var s = new WebSession(market!, await browser!.NewPageAsync(), Path.Combine(dir, "shots"));
        await s.RequestAccount("dan@example.org", "Passw0rd!dan");
        string first = s.ConfirmationLink("dan@example.org");
        await Task.Delay(TimeSpan.FromSeconds(7));
        await s.Page.GotoAsync(first);
        Assert.Contains("Error confirming your email", await s.Page.ContentAsync(), StringComparison.Ordinal);

        int mails = market!.MailFiles.Count;
        await s.Go("/Identity/Account/ResendEmailConfirmation");
        await s.Page.FillAsync("#Input_Email", "dan@example.org");
        await s.Page.ClickAsync("form button[type=submit]");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (market.MailFiles.Count == mails && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        string second = s.ConfirmationLink("dan@example.org");
        Assert.NotEqual(first, second);
        await s.Page.GotoAsync(second);
        Assert.Contains("Thank you for confirming your email", await s.Page.ContentAsync(), StringComparison.Ordinal);
        Assert.EndsWith("/Jobs", await s.LogIn("dan@example.org", "Passw0rd!dan"), StringComparison.Ordinal);
    }
}
