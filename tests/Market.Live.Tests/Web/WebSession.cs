using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;

namespace Market.Live.Tests.Web;

/// <summary>One person in a browser: request an account, read the mail, confirm, log in; screenshots
/// of each page at 1280 and 375 px wide; a check that every input has a label.</summary>
internal sealed class WebSession(LiveMarket market, IPage page, string shots)
{
    public IPage Page => page;

    public async Task Go(string path) => await page.GotoAsync(market.WebUrl + path);

    public async Task RequestAccount(string email, string password)
    {
        await Go("/Identity/Account/Register");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.FillAsync("#Input_ConfirmPassword", password);
        await ClickAndAwaitNewPage("#registerSubmit", $"registering {email}");
        if (!Regex.IsMatch(page.Url, "RegisterConfirmation"))
        {
            Assert.Fail($"registering {email} did not reach the confirmation page; the page says:\n{await page.InnerTextAsync("main")}\nserver:\n{market.Server.Output}");
        }
    }

    /// <summary>The confirmation link in the newest mail to <paramref name="email"/>.</summary>
    public string ConfirmationLink(string email)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            foreach (string file in market.MailFiles.Reverse())
            {
                var message = MimeMessage.Load(file);
                if (message.To.Mailboxes.Any(m => m.Address == email))
                {
                    var m = Regex.Match(message.HtmlBody ?? message.TextBody ?? "", "href='([^']+)'");
                    return System.Net.WebUtility.HtmlDecode(m.Groups[1].Value);
                }
            }
            Thread.Sleep(100);
        }
        throw new TimeoutException($"no mail to {email} arrived; mail folder has {market.MailFiles.Count} files");
    }

    public async Task<string> LogIn(string email, string password)
    {
        await Go("/Identity/Account/Login");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", password);
        await ClickAndAwaitNewPage("#login-submit", $"logging in as {email}");
        return page.Url;
    }

    /// <summary>Clicks what posts a form and waits for the document that answers it: the old
    /// document is marked first, so the wait cannot end on it (waiting for the load state after a
    /// click can, or can wait on a navigation that has not started; one CI run timed out there).</summary>
    public async Task ClickAndAwaitNewPage(string selector, string what)
    {
        await page.EvaluateAsync("() => { window.__marketOldPage = true; }");
        await page.ClickAsync(selector);
        try
        {
            await page.WaitForFunctionAsync("() => !window.__marketOldPage && document.readyState !== 'loading'");
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{what}: no new page arrived; the browser is at {page.Url}\nserver:\n{market.Server.Output}");
        }
    }

    public async Task<string> LoginProblem() => await page.Locator("#login-problem").InnerTextAsync();

    /// <summary>Screenshots at both widths; every visible input has a label, every posted form an
    /// antiforgery token, and nothing overflows a 375 px screen.</summary>
    public async Task Shoot(string name)
    {
        Directory.CreateDirectory(shots);
        foreach (int width in new[] { 1280, 375 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, $"{name}-{width}.png"), FullPage = true });
        }
        await page.SetViewportSizeAsync(1280, 900);
        var unlabeled = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input, textarea, select')]
                .filter(e => e.type !== 'hidden' && e.type !== 'submit' && e.type !== 'button')
                .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
                .map(e => e.outerHTML)
            """);
        Assert.True(unlabeled.Length == 0, $"{name}: inputs without a label: {string.Join(" ", unlabeled)}");
        var unprotected = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('form')]
                .filter(f => (f.getAttribute('method') || 'get').toLowerCase() === 'post')
                .filter(f => !f.querySelector('input[name=__RequestVerificationToken]'))
                .map(f => f.outerHTML.slice(0, 120))
            """);
        Assert.True(unprotected.Length == 0, $"{name}: forms without an antiforgery token: {string.Join(" ", unprotected)}");
        // Nothing wider than a 375 px phone screen forces the page to scroll sideways.
        await page.SetViewportSizeAsync(375, 900);
        int overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await page.SetViewportSizeAsync(1280, 900);
        Assert.True(overflow <= 0, $"{name}: at 375 px the page is {overflow} px too wide");
    }
}
