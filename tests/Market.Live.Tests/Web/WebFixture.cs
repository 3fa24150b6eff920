using Market.Live.Server;
using Microsoft.Playwright;

namespace Market.Live.Tests.Web;

/// <summary>One dispatcher with its web port and a development SMTP server, and one headless
/// Chromium, shared by the web tests.</summary>
public sealed class WebFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public string Dir { get; } = Directory.CreateTempSubdirectory("market-web").FullName;

    internal LiveMarket Market { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the screenshots are kept: artifacts/screenshots under the repository.</summary>
    public string Shots { get; } = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(LiveProcess.Dll)!)!)!)!, "..", "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.Path))
        {
            return;
        }
        Market = LiveMarket.WithWeb(Dir, new DatabaseOptions { Path = Path.Combine(Dir, "web.db") },
            "--Market:Window=00:00:00.05", "--Market:MinLease=00:00:00.2", "--Market:PoolThreshold=2");
        playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromium(playwright);
    }

    /// <summary>Debian's Chromium, headless, without the background traffic a test does not want.</summary>
    internal static Task<IBrowser> LaunchChromium(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ChromiumFactAttribute.Path,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });

    internal async Task<WebSession> NewSession()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        return new WebSession(Market, await context.NewPageAsync(), Path.GetFullPath(Shots));
    }

    /// <summary>A person with a confirmed account, logged in.</summary>
    internal async Task<WebSession> ConfirmedUser(string email, string password)
    {
        var s = await NewSession();
        await s.RequestAccount(email, password);
        await s.Page.GotoAsync(s.ConfirmationLink(email));
        Assert.Contains("Thank you for confirming", await s.Page.ContentAsync(), StringComparison.Ordinal);
        Assert.EndsWith("/Jobs", await s.LogIn(email, password), StringComparison.Ordinal);
        return s;
    }

    public async Task DisposeAsync()
    {
        if (Browser != null)
        {
            await Browser.CloseAsync();
        }
        playwright?.Dispose();
        Market?.Dispose();
        Directory.Delete(Dir, recursive: true);
    }
}
