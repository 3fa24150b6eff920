using System.Text.RegularExpressions;
using Market.Reports;
using Microsoft.Playwright;

namespace Market.Live.Tests.Web;

/// <summary>The web interface in real Chromium: the whole journey of one person, and the security rules.</summary>
public sealed class WebInterfaceTests(WebFixture web) : IClassFixture<WebFixture>
{
    private const string LongJob = """
        def main(n):
            total = 0
            for i in range(n):
                total = (total + i * i) % 1000003
            print("done", n)
            return total
        """;

    [ChromiumFact]
    public async Task Journey_RequestConfirmSubmitWatchPayReportFeedPassword()
    {
        const string email = "ann@example.org", password = "Passw0rd!first", newPassword = "Passw0rd!second";
        var s = await web.NewSession();
        var page = s.Page;
        await s.Go("/Identity/Account/Register");
        await s.Shoot("register");
        await s.RequestAccount(email, password);
        await s.Shoot("register-confirmation");

        // Not confirmed yet: no log in.
        await s.LogIn(email, password);
        Assert.Contains("not confirmed", await s.LoginProblem(), StringComparison.Ordinal);
        await s.Shoot("login");

        // The link in the mail confirms the address, once.
        string link = s.ConfirmationLink(email);
        Assert.StartsWith(web.Market.WebUrl, link, StringComparison.Ordinal);
        await page.GotoAsync(link);
        Assert.Contains("Thank you for confirming your email", await page.ContentAsync(), StringComparison.Ordinal);
        await s.Shoot("confirmed");
        await page.GotoAsync(link);
        Assert.Contains("Error confirming your email", await page.ContentAsync(), StringComparison.Ordinal);

        Assert.EndsWith("/Jobs", await s.LogIn(email, password), StringComparison.Ordinal);
        await s.Shoot("jobs-empty");

        // A source that does not compile: errors with line and column, nothing submitted.
        await s.Go("/Jobs/Submit");
        await page.FillAsync("#Name", "broken");
        await page.FillAsync("#Source", "def main():\n    return {1, 2}\nclass A:\n    pass\n");
        await page.FillAsync("#Price", "2");
        await page.ClickAsync("#submit");
        string errors = await page.Locator("#compile-errors").InnerTextAsync();
        Assert.Contains("line 2, column 12", errors, StringComparison.Ordinal);
        Assert.Contains("line 3, column 1", errors, StringComparison.Ordinal);
        await s.Shoot("submit-errors");
        await s.Go("/Jobs");
        Assert.Contains("No jobs yet", await page.ContentAsync(), StringComparison.Ordinal);

        await s.Go("/Jobs/Submit");
        await page.FillAsync("#Name", "squares-mod");
        await page.SetInputFilesAsync("#Upload", new FilePayload { Name = "squares.py", MimeType = "text/x-python", Buffer = System.Text.Encoding.UTF8.GetBytes(LongJob) });
        await page.FillAsync("#Args", "[60000000]");
        await page.FillAsync("#Price", "2");
        await s.ClickAndAwaitNewPage("#submit", "submitting squares-mod");
        Assert.Matches(new Regex("/Jobs/Details/\\d+$"), page.Url);
        long job = long.Parse(page.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        // A machine: the token is shown once; a worker runs with it.
        await s.Go("/Machines");
        await page.FillAsync("#name", "laptop");
        await page.ClickAsync("#register");
        string token = (await page.Locator("#token").InnerTextAsync()).Trim();
        Assert.StartsWith("mc_", token, StringComparison.Ordinal);
        await s.Shoot("machines");
        web.Market.StartWorker(token, "--lease", "0.5", "--margin", "0.25");

        // Progress shows while the worker runs; the price changes inline.
        await WaitFor(s, "/Jobs", c => Regex.IsMatch(c, "[1-9]\\d* slices"));
        await s.Shoot("jobs-progress");
        await page.FillAsync($"#price-{job}", "3.5");
        await page.ClickAsync($"#job-{job} button");
        Assert.Contains("the price is now 3.5", await page.ContentAsync(), StringComparison.Ordinal);
        await WaitFor(s, $"/Jobs/Details/{job}", c => c.Contains(">completed<", StringComparison.Ordinal));
        Assert.Equal("done 60000000", (await page.Locator("#output").InnerTextAsync()).Trim());
        Assert.Equal(Expected(60000000).ToString(System.Globalization.CultureInfo.InvariantCulture), (await page.Locator("#result").InnerTextAsync()).Trim());
        Assert.Contains("3.5 credits/hour", await page.ContentAsync(), StringComparison.Ordinal);
        await s.Shoot("job-details");
        await s.Go("/Machines");
        Assert.Contains("completed", await page.Locator($"table").InnerTextAsync(), StringComparison.Ordinal);

        // The report, valid against the XSD; the optimizer; the account statement; the feed.
        await s.Go("/MarketInfo");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#report"));
        string report = Path.Combine(web.Dir, "report.xml");
        await download.SaveAsAsync(report);
        Assert.Empty(ReportSchema.ValidateFile(report));
        Assert.Contains("squares-mod", File.ReadAllText(report), StringComparison.Ordinal);
        await page.FillAsync("#speed", "1");
        await page.ClickAsync("form:has(#speed) button");
        Assert.Matches("credits per hour|Not possible", await page.Locator("#speed-answer").InnerTextAsync());
        await page.FillAsync("#work", "500");
        await page.FillAsync("#hours", "1");
        await page.ClickAsync("form:has(#work) button");
        Assert.Matches("chance", await page.Locator("#deadline-answer").InnerTextAsync());
        await s.Shoot("market");
        var xsd = await page.APIRequest.GetAsync(web.Market.WebUrl + "/schema/market-report-v1.xsd");
        Assert.Equal(ReportSchema.Text(), await xsd.TextAsync());
        await s.Go("/Statement");
        Assert.Contains("for a lease", await page.ContentAsync(), StringComparison.Ordinal);
        await s.Shoot("statement");
        string feed = await page.Locator("#feed").GetAttributeAsync("href") ?? "";
        var atom = await page.APIRequest.GetAsync(feed);
        Assert.Equal(200, atom.Status);
        string atomText = await atom.TextAsync();
        Assert.Contains("'squares-mod': completed", atomText, StringComparison.Ordinal);
        Assert.Contains("slice committed", atomText, StringComparison.Ordinal);
        Assert.Equal(404, (await page.APIRequest.GetAsync(Regex.Replace(feed, "/feed/.*$", "/feed/mf_guess"))).Status);

        // Change the password, log out, log in with the new one.
        await s.Go("/Identity/Account/Manage/ChangePassword");
        await page.FillAsync("#Input_OldPassword", password);
        await page.FillAsync("#Input_NewPassword", newPassword);
        await page.FillAsync("#Input_ConfirmPassword", newPassword);
        await page.ClickAsync("form#change-password-form button[type=submit]");
        Assert.Contains("Your password has been changed", await page.ContentAsync(), StringComparison.Ordinal);
        await s.Shoot("change-password");
        await s.ClickAndAwaitNewPage("#logout", "logging out");
        await s.Go("/Jobs");
        Assert.Contains("/Identity/Account/Login", page.Url, StringComparison.Ordinal);
        await s.LogIn(email, password);
        Assert.Contains("Wrong email or password", await s.LoginProblem(), StringComparison.Ordinal);
        Assert.EndsWith("/Jobs", await s.LogIn(email, newPassword), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Security_OwnersOnly_Antiforgery_Unconfirmed_Lockout_ReportPrivacy()
    {
        var a = await web.ConfirmedUser("alice@example.org", "Passw0rd!alice");
        await a.Go("/Jobs/Submit");
        await a.Page.FillAsync("#Name", "alice-secret-job");
        await a.Page.FillAsync("#Source", "def main():\n    return 1\n");
        await a.Page.FillAsync("#Price", "1");
        await a.ClickAndAwaitNewPage("#submit", "submitting alice-secret-job");
        Assert.Matches(new Regex("/Jobs/Details/\\d+$"), a.Page.Url);
        string alicesJob = a.Page.Url.Split('/')[^1];

        var b = await web.ConfirmedUser("bob@example.org", "Passw0rd!bob");
        var response = await b.Page.GotoAsync($"{web.Market.WebUrl}/Jobs/Details/{alicesJob}");
        Assert.Equal(404, response!.Status);
        Assert.DoesNotContain("alice-secret-job", await b.Page.ContentAsync(), StringComparison.Ordinal);

        // Bob's report names none of Alice's jobs and no owner but Bob.
        await b.Go("/MarketInfo");
        var download = await b.Page.RunAndWaitForDownloadAsync(() => b.Page.ClickAsync("#report"));
        string report = Path.Combine(web.Dir, "bob-report.xml");
        await download.SaveAsAsync(report);
        string xml = File.ReadAllText(report);
        Assert.Empty(ReportSchema.ValidateFile(report));
        Assert.DoesNotContain("alice-secret-job", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("alice@", xml, StringComparison.Ordinal);
        Assert.Contains($"id=\"J{alicesJob}\"", xml, StringComparison.Ordinal);
        foreach (Match owner in Regex.Matches(xml, "owner=\"(\\d+)\""))
        {
            Assert.Fail("a job or client of someone carries an owner in Bob's report: " + owner.Value);
        }

        // A form posted without its antiforgery token is refused.
        var noToken = await b.Page.APIRequest.PostAsync($"{web.Market.WebUrl}/Jobs/Submit", new APIRequestContextOptions
        {
            Form = b.Page.APIRequest.CreateFormData().Set("Name", "x").Set("Source", "def main():\n    return 1\n").Set("Price", "1"),
            MaxRedirects = 0,
        });
        Assert.Equal(400, noToken.Status);

        // A revoked machine's token stops working.
        await b.Go("/Machines");
        await b.Page.FillAsync("#name", "old-box");
        await b.Page.ClickAsync("#register");
        string token = (await b.Page.Locator("#token").InnerTextAsync()).Trim();
        Assert.Equal(Market.Live.Protocol.RequestWorkReply.WorkOneofCase.Test,
            web.Market.Service.RequestWork(new Market.Live.Protocol.RequestWorkRequest { LeaseMs = 60_000 }, LiveMarket.Auth(token)).WorkCase);
        await b.Page.ClickAsync("tr:has-text('old-box') button:has-text('Revoke')");
        Assert.Contains("(revoked)", await b.Page.ContentAsync(), StringComparison.Ordinal);
        var refused = Assert.Throws<Grpc.Core.RpcException>(() => web.Market.Service.RequestWork(new Market.Live.Protocol.RequestWorkRequest { LeaseMs = 60_000 }, LiveMarket.Auth(token)));
        Assert.Equal(Grpc.Core.StatusCode.Unauthenticated, refused.StatusCode);

        // An unconfirmed account cannot log in.
        var c = await web.NewSession();
        await c.RequestAccount("carol@example.org", "Passw0rd!carol");
        await c.LogIn("carol@example.org", "Passw0rd!carol");
        Assert.Contains("not confirmed", await c.LoginProblem(), StringComparison.Ordinal);

        // Five wrong passwords lock the account, even against the right one.
        var d = await web.NewSession();
        for (int i = 0; i < 5; i++)
        {
            await d.LogIn("bob@example.org", "wrong-password-" + i);
        }
        await d.LogIn("bob@example.org", "Passw0rd!bob");
        Assert.Contains("locked", await d.LoginProblem(), StringComparison.Ordinal);
    }

    private static long Expected(int n)
    {
        long total = 0;
        for (long i = 0; i < n; i++)
        {
            total = (total + i * i) % 1000003;
        }
        return total;
    }

    private static async Task WaitFor(WebSession s, string path, Func<string, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            await s.Go(path);
            string content = await s.Page.ContentAsync();
            if (condition(content))
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{path} never showed what was expected:\n{content}");
            }
            await Task.Delay(200);
        }
    }
}
