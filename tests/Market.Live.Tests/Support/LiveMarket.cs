using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Market.Live.Data;
using Market.Live.Protocol;
using Market.Live.Server;

namespace Market.Live.Tests;

/// <summary>A dispatcher started with <c>serve</c> as its own process on a free port, with the
/// store it uses, and helpers to talk to it the way the CLI and workers do.</summary>
internal sealed class LiveMarket : IDisposable
{
    private readonly string[] serveArgs;
    private readonly List<LiveProcess> workers = new();
    private GrpcChannel channel;

    public LiveMarket(string dir, DatabaseOptions database, params string[] market)
    {
        Dir = dir;
        Database = database;
        Port = Ports.Free();
        var args = new List<string>
        {
            "serve", $"--Dispatcher:GrpcPort={Port}", "--Dispatcher:WebPort=0", "--Dispatcher:RequestTimeout=00:00:02",
            "--Dispatcher:RetryAfter=00:00:00.05", $"--Database:Provider={database.Provider}",
        };
        args.Add(database.IsPostgres ? $"--Database:ConnectionString={database.ConnectionString}" : $"--Database:Path={database.Path}");
        args.AddRange(market);
        serveArgs = args.ToArray();
        Server = StartServer();
        channel = GrpcChannel.ForAddress(Url);
        Service = new MarketService.MarketServiceClient(channel);
    }

    /// <summary>A market whose web port is served too, with the development SMTP server keeping
    /// mail in <c>DIR/mail</c>.</summary>
    public static LiveMarket WithWeb(string dir, DatabaseOptions database, params string[] market)
    {
        int web = Ports.Free();
        int smtp = Ports.Free();
        var m = new LiveMarket(dir, database,
        [
            .. market, $"--Dispatcher:WebPort={web}", "--Smtp:Dev=true", $"--Smtp:Port={smtp}",
            $"--Smtp:DevFolder={Path.Combine(dir, "mail")}", $"--Web:KeysFolder={Path.Combine(dir, "keys")}",
        ]);
        m.WebUrl = $"http://127.0.0.1:{web}";
        return m;
    }

    /// <summary>The web interface's address, when it is served.</summary>
    public string WebUrl { get; private set; } = "";

    /// <summary>The mail the development SMTP server received, oldest first.</summary>
    public IReadOnlyList<string> MailFiles => Directory.Exists(Path.Combine(Dir, "mail"))
        ? Directory.GetFiles(Path.Combine(Dir, "mail"), "*.eml").Order(StringComparer.Ordinal).ToList()
        : [];

    public string Dir { get; }

    public DatabaseOptions Database { get; }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    public LiveProcess Server { get; private set; }

    public MarketService.MarketServiceClient Service { get; private set; }

    public IReadOnlyList<LiveProcess> Workers => workers;

    /// <summary>kill -9 the dispatcher and start it again on the same store and port.</summary>
    public void KillAndRestartServer()
    {
        Server.Kill();
        Server.Dispose();
        Server = StartServer();
    }

    public (long Id, Metadata Auth) CreateAccount(string name)
    {
        var r = Service.CreateAccount(new CreateAccountRequest { Name = name });
        return (r.AccountId, Auth(r.ApiKey));
    }

    public (long Id, string Token) RegisterClient(Metadata owner, string name)
    {
        var r = Service.RegisterClient(new RegisterClientRequest { Name = name }, owner);
        return (r.ClientId, r.Token);
    }

    public LiveProcess StartWorker(string token, params string[] extra)
    {
        var w = LiveProcess.Start(Dir, ["worker", "--server", Url, "--token", token, .. extra]);
        workers.Add(w);
        return w;
    }

    public static Metadata Auth(string secret) => new() { { "authorization", "Bearer " + secret } };

    /// <summary>Waits until every job has ended (completed or failed).</summary>
    public void WaitForJobs(Metadata owner, IEnumerable<long> jobs, TimeSpan timeout)
    {
        var sw = Stopwatch.StartNew();
        foreach (long id in jobs)
        {
            while (true)
            {
                string status;
                try
                {
                    status = Service.GetJob(new JobRequest { JobId = id }, owner).Status;
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.Unavailable)
                {
                    status = "unavailable";
                }
                if (status is "completed" or "failed")
                {
                    break;
                }
                if (sw.Elapsed > timeout)
                {
                    throw new TimeoutException($"job {id} is still {status} after {timeout}.\nserver:\n{Server.Output}\nworkers:\n{string.Join("\n---\n", workers.Select(w => w.Output))}");
                }
                Thread.Sleep(100);
            }
        }
    }

    public MarketDb Db() => Store.CreateContext(Database);

    private LiveProcess StartServer()
    {
        var p = LiveProcess.Start(Dir, serveArgs);
        p.WaitFor("Market dispatcher listening", TimeSpan.FromSeconds(60));
        return p;
    }

    public void Dispose()
    {
        foreach (var w in workers)
        {
            w.Dispose();
        }
        Server.Dispose();
        channel.Dispose();
    }
}
