using System.Diagnostics;

namespace Market.Live.Tests;

/// <summary>A throwaway PostgreSQL cluster: initdb into a temporary folder, started on a free
/// loopback port, stopped and deleted at the end (as user postgres when the tests run as root).</summary>
public sealed class PostgresCluster : IDisposable
{
    private static readonly string? BinDir = FindBin();
    private readonly string dir;
    private readonly int port;

    public PostgresCluster()
    {
        if (BinDir == null)
        {
            throw new InvalidOperationException(MissingReason);
        }
        dir = Directory.CreateTempSubdirectory("market-pg").FullName;
        port = Ports.Free();
        bool root = Environment.UserName == "root";
        if (root)
        {
            Run("chown", "-R", "postgres:postgres", dir);
        }
        string data = Path.Combine(dir, "data");
        RunAs(root, Path.Combine(BinDir, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        RunAs(root, Path.Combine(BinDir, "pg_ctl"), "-D", data, "-l", Path.Combine(dir, "log"), "-w",
            "-o", $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=100", "start");
    }

    /// <summary>Whether PostgreSQL's server programs are on this machine.</summary>
    public static bool Available => BinDir != null;

    public const string MissingReason = "PostgreSQL server programs (initdb, pg_ctl) are not installed: test.sh installs the Debian package postgresql";

    /// <summary>A connection string for a new, empty database.</summary>
    public string NewDatabase(string name)
    {
        RunAs(Environment.UserName == "root", Path.Combine(BinDir!, "createdb"), "-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres", name);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database={name};Pooling=true";
    }

    public void Dispose()
    {
        try
        {
            RunAs(Environment.UserName == "root", Path.Combine(BinDir!, "pg_ctl"), "-D", Path.Combine(dir, "data"), "-m", "immediate", "stop");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string? FindBin()
    {
        foreach (string v in new[] { "17", "16", "15", "14" })
        {
            string d = $"/usr/lib/postgresql/{v}/bin";
            if (File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            {
                return d;
            }
        }
        return null;
    }

    private static void RunAs(bool root, string program, params string[] args)
    {
        if (root)
        {
            Run("runuser", ["-u", "postgres", "--", program, .. args]);
        }
        else
        {
            Run(program, args);
        }
    }

    private static void Run(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        string stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({p.ExitCode}): {stderr}{stdout.Result}");
        }
    }
}
