using System.Net;
using Market.Engine;
using Market.Live.Data;
using Market.Live.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Market.Live.Server;

/// <summary>Builds the dispatcher's ASP.NET Core host: gRPC on an HTTP/2-only port, the web port on
/// HTTP/1.1, the store, the restored engine, the clock loop.</summary>
internal static class DispatcherHost
{
    /// <summary>The market's rules in the live market, before configuration (section <c>Market</c>).</summary>
    public static MarketOptions LiveDefaults(DispatcherOptions options) => new()
    {
        Window = TimeSpan.FromSeconds(1),
        PoolThreshold = 64,
        MinLease = TimeSpan.FromSeconds(5),
        MaxLease = TimeSpan.FromMinutes(30),
        TestLease = TimeSpan.FromMinutes(2),
        // A work unit is InstructionsPerWorkUnit job-VM instructions, so the test's work is fixed by the program.
        TestWork = (double)Market.Jobs.SpeedTest.InstructionCount / options.InstructionsPerWorkUnit,
    };

    /// <summary>Reads the configuration; every problem is listed.</summary>
    public static (DispatcherOptions Dispatcher, DatabaseOptions Database, MarketOptions Market, List<string> Problems) ReadOptions(IConfiguration config)
    {
        var problems = new List<string>();
        var dispatcher = new DispatcherOptions();
        var database = new DatabaseOptions();
        MarketOptions market;
        try
        {
            config.GetSection("Dispatcher").Bind(dispatcher);
            config.GetSection("Database").Bind(database);
            var bound = new MarketSettings();
            config.GetSection("Market").Bind(bound);
            market = bound.Apply(LiveDefaults(dispatcher));
        }
        catch (InvalidOperationException e)
        {
            problems.Add("configuration: " + (e.InnerException?.Message ?? e.Message));
            return (dispatcher, database, new MarketOptions(), problems);
        }
        problems.AddRange(database.Validate());
        problems.AddRange(market.Validate().Select(p => "Market: " + p));
        if (dispatcher.InitialCredits < 0 || dispatcher.InitialCredits != decimal.Round(dispatcher.InitialCredits, 6) || dispatcher.InitialCredits > 1_000_000_000)
        {
            problems.Add("Dispatcher:InitialCredits must be between 0 and 1000000000 with at most six decimal places.");
        }
        if (dispatcher.InstructionsPerWorkUnit <= 0)
        {
            problems.Add("Dispatcher:InstructionsPerWorkUnit must be positive.");
        }
        if (dispatcher.GrpcPort is < 0 or > 65535 || dispatcher.WebPort is < 0 or > 65535)
        {
            problems.Add("Dispatcher:GrpcPort and Dispatcher:WebPort must be ports (0-65535).");
        }
        if (!IPAddress.TryParse(dispatcher.Listen, out _))
        {
            problems.Add($"Dispatcher:Listen must be an IP address, not '{dispatcher.Listen}'.");
        }
        if (dispatcher.MaxBatch <= 0 || dispatcher.MaxStateBytes <= 0 || dispatcher.ClockTick <= TimeSpan.Zero || dispatcher.RequestTimeout <= TimeSpan.Zero)
        {
            problems.Add("Dispatcher:MaxBatch, MaxStateBytes, ClockTick and RequestTimeout must be positive.");
        }
        return (dispatcher, database, market, problems);
    }

    /// <summary>The web interface: Identity (accounts, confirmation, lockout, cookies) on the same
    /// database, Razor Pages, email through MailKit.</summary>
    private static void AddWeb(WebApplicationBuilder builder, DatabaseOptions database)
    {
        var web = new WebOptions();
        builder.Configuration.GetSection("Web").Bind(web);
        var smtp = new SmtpOptions();
        builder.Configuration.GetSection("Smtp").Bind(smtp);
        builder.Services.AddSingleton(web);
        builder.Services.AddSingleton(smtp);
        builder.Services.AddScoped<MarketDb>(_ => Store.CreateContext(database));
        builder.Services.AddDataProtection().SetApplicationName("Market").PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(web.KeysFolder)));
        builder.Services.AddDefaultIdentity<WebUser>(o =>
            {
                o.SignIn.RequireConfirmedAccount = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = web.MaxFailedLogins;
                o.Lockout.DefaultLockoutTimeSpan = web.Lockout;
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<MarketDb>()
            .AddUserManager<MarketUserManager>();
        builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = web.ConfirmationLifetime);
        builder.Services.AddTransient<IEmailSender, MailKitEmailSender>();
        if (smtp.Dev)
        {
            builder.Services.AddHostedService<DevMailServer>();
        }
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Jobs");
            o.Conventions.AuthorizeFolder("/Machines");
            o.Conventions.AuthorizePage("/Statement");
            o.Conventions.AuthorizePage("/MarketInfo");
        });
        builder.WebHost.UseStaticWebAssets();
    }

    private static void MapWeb(WebApplication app, int webPort)
    {
        string host = $"*:{webPort}";
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages().RequireHost(host);
        app.MapGet("/schema/" + Market.Reports.ReportSchema.FileName, () => Results.Text(Market.Reports.ReportSchema.Text(), "application/xml")).RequireHost(host);
        app.MapGet("/feed/{token}", async (string token, MarketDb db, HttpContext http) =>
            await AtomFeed.Build(db, token, $"{http.Request.Scheme}://{http.Request.Host}") is string xml
                ? Results.Text(xml, "application/atom+xml")
                : Results.NotFound()).RequireHost(host);
    }

    public static WebApplication Build(string[] args, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Grpc", LogLevel.Warning);
        var (dispatcherOptions, database, market, problems) = ReadOptions(builder.Configuration);
        if (problems.Count > 0)
        {
            throw new OptionsProblem(problems);
        }
        var ip = IPAddress.Parse(dispatcherOptions.Listen);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(ip, dispatcherOptions.GrpcPort, l => l.Protocols = HttpProtocols.Http2);
            if (dispatcherOptions.WebPort != 0)
            {
                k.Listen(ip, dispatcherOptions.WebPort, l => l.Protocols = HttpProtocols.Http1);
            }
            k.Limits.MaxRequestBodySize = dispatcherOptions.MaxStateBytes + 1024 * 1024;
        });
        builder.Services.AddGrpc(o =>
        {
            o.Interceptors.Add<ErrorInterceptor>();
            o.MaxReceiveMessageSize = (int)Math.Min(int.MaxValue, dispatcherOptions.MaxStateBytes + 1024 * 1024);
            o.MaxSendMessageSize = (int)Math.Min(int.MaxValue, dispatcherOptions.MaxStateBytes + 1024 * 1024);
        });
        var time = clock ?? TimeProvider.System;
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(dispatcherOptions);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(sp =>
        {
            var d = Dispatcher.Open(database, market, dispatcherOptions, time, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Market.Dispatcher"));
            var lifetime = sp.GetRequiredService<IHostApplicationLifetime>();
            d.Failed += _ => lifetime.StopApplication();
            d.Start();
            return d;
        });
        builder.Services.AddHostedService<ClockLoop>();
        AddWeb(builder, database);
        var app = builder.Build();
        app.MapGrpcService<MarketGrpcService>().RequireHost($"*:{dispatcherOptions.GrpcPort}");
        app.MapGet("/healthz", (Dispatcher d) => d.Failure == null ? Results.Text("ok\n") : Results.Text("stopped: " + d.Failure + "\n", statusCode: 503));
        if (dispatcherOptions.WebPort != 0)
        {
            MapWeb(app, dispatcherOptions.WebPort);
        }
        return app;
    }
}
