using System.Data.Common;
using Market.Live.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Live.Cli;

/// <summary><c>serve</c>: runs the dispatcher until Ctrl-C or SIGTERM.</summary>
internal static class ServeCommand
{
    public const string Usage = """
        usage: market serve [--Section:Key=value ...]
          Runs the dispatcher: gRPC (market.v1) on an HTTP/2-only port, the web port on HTTP/1.1.
          Settings (defaults in brackets), as --Key=value, environment Market__Key, or appsettings.json:
            --Dispatcher:Listen=IP            [127.0.0.1]  address to listen on
            --Dispatcher:GrpcPort=N           [5080]       gRPC port (plain HTTP/2)
            --Dispatcher:WebPort=N            [5081]       web port (HTTP/1.1); 0 for none
            --Dispatcher:RequestTimeout=T     [00:00:10]   how long RequestWork waits in the pool
            --Dispatcher:MaxStateBytes=N      [16777216]   largest state a client may check in
            --Dispatcher:InitialCredits=D     [100]        credits a new account starts with
            --Dispatcher:OpenRegistration=B   [true]       false: accounts only through the web (confirmed email)
            --Dispatcher:InstructionsPerWorkUnit=N [1000]  job-VM instructions per work unit
            --Database:Provider=sqlite|postgres [sqlite]
            --Database:Path=FILE              [market-data/market.db]  (SQLite, WAL, synchronous=FULL)
            --Database:ConnectionString=S     (required for postgres)
            --Market:Window=T [00:00:01]  --Market:PoolThreshold=N [64]  --Market:MinLease=T [00:00:05]
            --Market:MaxLease=T [00:30:00]  --Market:TestInterval=T [00:30:00]  --Market:TestLease=T [00:02:00]
            --Market:CommissionPpm=N [0]  --Market:Policy=Rank|Fcfs|Vickrey|Lottery [Rank]  --Market:Seed=N [1]
            --Smtp:Host=H [127.0.0.1] --Smtp:Port=N [2525] --Smtp:From=A --Smtp:User=U --Smtp:Password=P --Smtp:Tls=true
            --Smtp:Dev=true                   run a development SMTP server on Host:Port that keeps mail
                                              as .eml files in --Smtp:DevFolder [market-data/mail]
            --Web:ConfirmationLifetime=T [1.00:00:00]  --Web:MaxFailedLogins=N [5]  --Web:Lockout=T [00:05:00]
            --Web:KeysFolder=DIR [market-data/keys]  (keys protecting cookies and confirmation links)
          The Market settings are fixed when the store is created; later values are ignored with a warning.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            stdout.WriteLine(Usage);
            return 0;
        }
        WebApplication app;
        Dispatcher dispatcher;
        try
        {
            app = DispatcherHost.Build(args);
            dispatcher = app.Services.GetRequiredService<Dispatcher>();
        }
        catch (OptionsProblem p)
        {
            foreach (var line in p.Problems)
            {
                stderr.WriteLine("error: " + line);
            }
            return 2;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine("error: the dispatcher cannot open its store: " + e.Message);
            return 1;
        }
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var o = dispatcher.Options;
            stdout.WriteLine($"Market dispatcher listening: gRPC http://{o.Listen}:{o.GrpcPort} (HTTP/2)" + (o.WebPort != 0 ? $", web http://{o.Listen}:{o.WebPort}" : ""));
            var smtp = app.Services.GetRequiredService<Market.Live.Web.SmtpOptions>();
            stdout.WriteLine(smtp.Dev
                ? $"Mail (confirmation links) goes to the development SMTP server on 127.0.0.1:{smtp.Port}; read it in {Path.GetFullPath(smtp.DevFolder)}"
                : $"Mail goes to the SMTP server {smtp.Host}:{smtp.Port} (--Smtp:Dev=true runs one here that keeps mail as files)");
            stdout.Flush();
        });
        try
        {
            app.Run();
        }
        catch (IOException e)
        {
            stderr.WriteLine("error: " + e.Message);
            return 1;
        }
        if (dispatcher.Failure != null)
        {
            stderr.WriteLine("error: the dispatcher stopped: " + dispatcher.Failure);
            return 1;
        }
        return 0;
    }
}
