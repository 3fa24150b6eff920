using System.Runtime.InteropServices;
using Market.Live.Protocol;
using Market.Live.Worker;

namespace Market.Live.Cli;

/// <summary><c>worker</c>: sells this machine's idle time to a dispatcher.</summary>
internal static class WorkerCommand
{
    public const string Usage = """
        usage: market worker --token TOKEN [--server URL] [--lease SECONDS] [--margin SECONDS]
                             [--cpu PERCENT] [--idle-only] [--idle-load LOAD] [--max-backoff SECONDS] [--max-leases N]
          Asks the dispatcher for work, runs each job slice, checks its state in before the deadline.
          Ctrl-C or SIGTERM stops the running job at once, checks its state in, and exits.
            --server URL      the dispatcher's gRPC address [env MARKET_SERVER, else http://127.0.0.1:5080]
            --token TOKEN     this machine's client token (from `market client register`) [env MARKET_CLIENT_TOKEN]
            --lease SECONDS   the lease length to commit to [60]
            --margin SECONDS  time kept back to send the state [a tenth of the lease, at least 0.2]
            --cpu PERCENT     the share of one core to use [100]
            --idle-only       work only while the machine's load average is below --idle-load [0.5]
            --max-backoff S   longest wait between retries while the dispatcher is unreachable [10]
            --max-leases N    stop after N job leases [0: never]
        """;

    public static async Task<int> Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            stdout.WriteLine(Usage);
            return 0;
        }
        WorkerOptions options;
        try
        {
            var c = CommandLine.Parse(args, ["--server", "--token", "--lease", "--margin", "--cpu", "--idle-load", "--max-backoff", "--max-leases"], ["--idle-only"]);
            if (c.Positional.Count > 0)
            {
                throw new UsageException($"unexpected argument '{c.Positional[0]}'");
            }
            string token = c.Get("--token") ?? Environment.GetEnvironmentVariable("MARKET_CLIENT_TOKEN")
                ?? throw new UsageException("--token is required (the client token from `market client register`)");
            double? margin = c.Get("--margin") == null ? null : c.Number("--margin", 0, 0, 3600);
            options = new WorkerOptions
            {
                Server = RemoteCommands.Server(c),
                Token = token,
                Lease = TimeSpan.FromSeconds(c.Number("--lease", 60, 0.1, 86_400)),
                Margin = margin is double m ? TimeSpan.FromSeconds(m) : null,
                CpuPercent = c.Number("--cpu", 100, 1, 100),
                IdleOnly = c.Flag("--idle-only"),
                IdleLoad = c.Number("--idle-load", 0.5, 0, 1000),
                MaxLeases = (int)c.Number("--max-leases", 0, 0, int.MaxValue),
                MaxBackoff = TimeSpan.FromSeconds(c.Number("--max-backoff", 10, 0.1, 3600)),
            };
            using var channel = RemoteCommands.Channel(options.Server);
            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, ctx =>
            {
                ctx.Cancel = true;
                stop.Cancel();
            });
            try
            {
                stdout.WriteLine($"worker: selling time to {options.Server} (lease {options.Lease.TotalSeconds:0.##} s, cpu {options.CpuPercent:0}%{(options.IdleOnly ? ", idle only" : "")}); Ctrl-C to stop");
                return await new WorkerLoop(options, new MarketService.MarketServiceClient(channel), stdout).RunAsync(stop.Token);
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }
        catch (UsageException e)
        {
            stderr.WriteLine("error: " + e.Message);
            stderr.WriteLine(Usage);
            return 2;
        }
    }
}
