using Market.Engine;
using Market.Live.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Market.Live.Cli;

/// <summary><c>log export</c>: writes the dispatcher's command log as a file that
/// <c>Market.Sim replay</c> reads, and optionally the events the live market recorded.</summary>
internal static class LogCommand
{
    public const string Usage = """
        usage: market log export --out LOG [--events EVENTS] [--Database:Path=FILE | --Database:Provider=postgres --Database:ConnectionString=S]
          Writes the command log of a dispatcher's store (the same --Database settings as `serve`).
          LOG: "# market command log v1", the market options, then one command per line.
          EVENTS: the events the live market recorded, one per line (what `Market.Sim replay LOG` prints).
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args.Contains("--help") || args.Contains("-h"))
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        try
        {
            if (args[0] != "export")
            {
                throw new UsageException($"unknown log command '{args[0]}'");
            }
            var rest = args[1..].ToList();
            string? outFile = Take(rest, "--out") ?? throw new UsageException("--out LOG is required");
            string? eventsFile = Take(rest, "--events");
            var config = new ConfigurationBuilder().AddCommandLine(rest.ToArray()).Build();
            var database = new DatabaseOptions();
            config.GetSection("Database").Bind(database);
            var problems = database.Validate();
            if (problems.Count > 0)
            {
                throw new UsageException(string.Join(" ", problems));
            }
            if (!database.IsPostgres && string.IsNullOrWhiteSpace(database.ConnectionString) && !File.Exists(database.Path))
            {
                throw new UsageException($"no store at {database.Path}");
            }
            using var db = Store.CreateContext(database);
            var options = db.Meta.AsNoTracking().SingleOrDefault(m => m.Key == Dispatcher.OptionsKey)
                ?? throw new UsageException("the store has no market yet");
            using var log = new StreamWriter(outFile) { NewLine = "\n" };
            using var events = eventsFile == null ? null : new StreamWriter(eventsFile) { NewLine = "\n" };
            log.WriteLine(CommandText.Header);
            log.WriteLine(options.Value);
            long n = 0;
            foreach (var row in db.CommandLog.AsNoTracking().OrderBy(r => r.Seq).AsEnumerable())
            {
                log.WriteLine(row.Command);
                if (events != null && row.Events.Length > 0)
                {
                    events.WriteLine(row.Events);
                }
                n++;
            }
            stdout.WriteLine($"wrote {n} commands to {outFile}" + (eventsFile != null ? $" and their events to {eventsFile}" : ""));
            return 0;
        }
        catch (UsageException e)
        {
            stderr.WriteLine("error: " + e.Message);
            stderr.WriteLine(Usage);
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            stderr.WriteLine("error: " + e.Message);
            return 1;
        }
    }

    private static string? Take(List<string> args, string name)
    {
        int i = args.IndexOf(name);
        if (i < 0)
        {
            return null;
        }
        if (i + 1 >= args.Count)
        {
            throw new UsageException($"{name} needs a value");
        }
        string v = args[i + 1];
        args.RemoveRange(i, 2);
        return v;
    }
}
