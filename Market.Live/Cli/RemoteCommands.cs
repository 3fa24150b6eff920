using System.Globalization;
using Grpc.Core;
using Grpc.Net.Client;
using Market.Live.Protocol;

namespace Market.Live.Cli;

/// <summary>The command line for people: accounts, clients and jobs on a dispatcher, over gRPC.</summary>
internal static class RemoteCommands
{
    public const string Usage = """
        usage:
          market account create [--name N]                  opens an account; prints its id and API key (shown once)
          market account show                              balance and reserved credits
          market account key                               adds an API key (shown once); the others keep working
          market client register [--name N]                 registers a machine; prints its id and token (shown once)
          market job submit FILE.py [--entry main] [--args JSON] --price P [--name N]
          market job status ID                              status, progress, price, charges
          market job result ID                              what it printed, then "=> " and its result (or its error)
          market job price ID P                             changes the price (credits per compute-hour)
        common options:
          --server URL   the dispatcher's gRPC address [env MARKET_SERVER, else http://127.0.0.1:5080]
          --key KEY      the account's API key [env MARKET_API_KEY]
        exit codes: 0 ok, 1 refused by the dispatcher or unreachable (the reason is printed), 2 usage error
        """;

    private static readonly string[] Common = ["--server", "--key"];

    public static bool Handles(string noun, string? verb) => (noun, verb) switch
    {
        ("account", "create" or "show" or "key") => true,
        ("client", "register") => true,
        ("job", "submit" or "status" or "result" or "price") => true,
        _ => false,
    };

    public static int Run(string noun, string verb, string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            stdout.WriteLine(Usage);
            return 0;
        }
        try
        {
            return (noun, verb) switch
            {
                ("account", "create") => AccountCreate(args, stdout),
                ("account", "show") => AccountShow(args, stdout),
                ("account", "key") => AccountKey(args, stdout),
                ("client", "register") => ClientRegister(args, stdout),
                ("job", "submit") => JobSubmit(args, stdout),
                ("job", "status") => JobStatus(args, stdout),
                ("job", "result") => JobResult(args, stdout, stderr),
                ("job", "price") => JobPrice(args, stdout),
                _ => throw new UsageException($"unknown command '{noun} {verb}'"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine("error: " + e.Message);
            stderr.WriteLine(Usage);
            return 2;
        }
        catch (RpcException e)
        {
            stderr.WriteLine(Describe(e));
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("error: " + e.Message);
            return 2;
        }
    }

    /// <summary>A person-readable line for a failed call.</summary>
    public static string Describe(RpcException e) => e.StatusCode switch
    {
        StatusCode.Unavailable => "error: the dispatcher is unreachable (" + e.Status.Detail + ")",
        StatusCode.Unauthenticated => "error: not accepted: " + e.Status.Detail,
        _ => "error: " + e.Status.Detail,
    };

    private static int AccountCreate(string[] args, TextWriter stdout)
    {
        var c = CommandLine.Parse(args, [.. Common, "--name"]);
        NoPositional(c);
        var r = Client(c, needKey: false).Service.CreateAccount(new CreateAccountRequest { Name = c.Get("--name", "") });
        stdout.WriteLine($"account {r.AccountId} created with {r.Balance} credits");
        stdout.WriteLine($"API key (shown once; keep it secret): {r.ApiKey}");
        stdout.WriteLine($"  export MARKET_API_KEY={r.ApiKey}");
        return 0;
    }

    private static int AccountShow(string[] args, TextWriter stdout)
    {
        var c = CommandLine.Parse(args, Common);
        NoPositional(c);
        var (svc, h) = Client(c, needKey: true);
        var r = svc.GetAccount(new AccountRequest(), h);
        stdout.WriteLine($"account {r.AccountId}: balance {r.Balance}, reserved {r.Reserved}");
        return 0;
    }

    private static int AccountKey(string[] args, TextWriter stdout)
    {
        var c = CommandLine.Parse(args, Common);
        NoPositional(c);
        var (svc, h) = Client(c, needKey: true);
        var r = svc.CreateApiKey(new CreateApiKeyRequest(), h);
        stdout.WriteLine($"new API key (shown once; keep it secret): {r.ApiKey}");
        return 0;
    }

    private static int ClientRegister(string[] args, TextWriter stdout)
    {
        var c = CommandLine.Parse(args, [.. Common, "--name"]);
        NoPositional(c);
        var (svc, h) = Client(c, needKey: true);
        var r = svc.RegisterClient(new RegisterClientRequest { Name = c.Get("--name", "") }, h);
        stdout.WriteLine($"client {r.ClientId} registered");
        stdout.WriteLine($"token (shown once; the worker needs it): {r.Token}");
        stdout.WriteLine($"  market worker --server {Server(c)} --token {r.Token}");
        return 0;
    }

    private static int JobSubmit(string[] args, TextWriter stdout)
    {
        var c = CommandLine.Parse(args, [.. Common, "--entry", "--args", "--price", "--name"]);
        if (c.Positional.Count != 1)
        {
            throw new UsageException("job submit needs exactly one FILE.py");
        }
        string file = c.Positional[0];
        if (!File.Exists(file))
        {
            throw new UsageException($"no such file: {file}");
        }
        string price = c.Get("--price") ?? throw new UsageException("--price is required (credits per compute-hour, e.g. 1.5)");
        var (svc, h) = Client(c, needKey: true);
        var r = svc.SubmitJob(new SubmitJobRequest
        {
            Source = File.ReadAllText(file),
            FileName = Path.GetFileName(file),
            Entry = c.Get("--entry", "main"),
            ArgsJson = c.Get("--args", ""),
            Price = price,
            Name = c.Get("--name", Path.GetFileNameWithoutExtension(file)),
        }, h);
        stdout.WriteLine($"job {r.JobId} submitted (initial state {r.StateSize} bytes, digest {r.StateDigest[..16]}...)");
        return 0;
    }

    private static int JobStatus(string[] args, TextWriter stdout)
    {
        var c = CommandLine.Parse(args, Common);
        long id = c.Id(0, "job ID");
        var (svc, h) = Client(c, needKey: true);
        var r = svc.GetJob(new JobRequest { JobId = id }, h);
        string checkpoint = r.LastCheckpointUnixMs == 0 ? "none yet" : Time(r.LastCheckpointUnixMs);
        stdout.WriteLine($"job {r.JobId} '{r.Name}': {r.Status}");
        stdout.WriteLine($"  price {r.Price}/h, charged {r.Charged}, submitted {Time(r.SubmittedUnixMs)}");
        stdout.WriteLine($"  version {r.Version}, {r.Slices} slices, {r.Instructions} instructions, {r.Rollbacks} rollbacks, last checkpoint {checkpoint}");
        return 0;
    }

    private static int JobResult(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var c = CommandLine.Parse(args, Common);
        long id = c.Id(0, "job ID");
        var (svc, h) = Client(c, needKey: true);
        var r = svc.GetResult(new JobRequest { JobId = id }, h);
        stdout.Write(r.Output);
        if (r.Status == "completed")
        {
            stdout.WriteLine("=> " + r.Result);
            return 0;
        }
        stderr.WriteLine(r.Error);
        return 1;
    }

    private static int JobPrice(string[] args, TextWriter stdout)
    {
        var c = CommandLine.Parse(args, Common);
        long id = c.Id(0, "job ID");
        if (c.Positional.Count != 2)
        {
            throw new UsageException("job price needs ID and PRICE");
        }
        var (svc, h) = Client(c, needKey: true);
        svc.ChangePrice(new ChangePriceRequest { JobId = id, Price = c.Positional[1] }, h);
        stdout.WriteLine($"job {id}: price is now {c.Positional[1]}/h");
        return 0;
    }

    private static void NoPositional(CommandLine c)
    {
        if (c.Positional.Count > 0)
        {
            throw new UsageException($"unexpected argument '{c.Positional[0]}'");
        }
    }

    private static string Time(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Server(CommandLine c) => c.Get("--server") ?? Environment.GetEnvironmentVariable("MARKET_SERVER") ?? "http://127.0.0.1:5080";

    private static (MarketService.MarketServiceClient Service, Metadata Headers) Client(CommandLine c, bool needKey)
    {
        string? key = c.Get("--key") ?? Environment.GetEnvironmentVariable("MARKET_API_KEY");
        if (needKey && string.IsNullOrWhiteSpace(key))
        {
            throw new UsageException("an API key is needed: --key KEY or the environment variable MARKET_API_KEY");
        }
        var headers = new Metadata();
        if (!string.IsNullOrWhiteSpace(key))
        {
            headers.Add("authorization", "Bearer " + key);
        }
        return (new MarketService.MarketServiceClient(Channel(Server(c))), headers);
    }

    /// <summary>A channel to the dispatcher (plain HTTP/2 for http:// addresses).</summary>
    public static GrpcChannel Channel(string server)
    {
        if (!Uri.TryCreate(server, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--server must be an http:// or https:// address, not '{server}'");
        }
        return GrpcChannel.ForAddress(uri, new GrpcChannelOptions { MaxReceiveMessageSize = 64 * 1024 * 1024, MaxSendMessageSize = 64 * 1024 * 1024 });
    }
}
