using System.Diagnostics;
using System.Text;

namespace Market.Live.Tests;

/// <summary>Market.Live run as its own process (<c>dotnet Market.Live.dll ...</c>), with its output kept.</summary>
internal sealed class LiveProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private LiveProcess(Process process)
    {
        this.process = process;
    }

    /// <summary>The built Market.Live.dll of the same configuration as the tests.</summary>
    public static string Dll
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Market.sln")))
            {
                dir = dir.Parent;
            }
            string config = AppContext.BaseDirectory.Contains("/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Market.sln not found above the test folder"), "Market.Live", "bin", config, "net10.0", "Market.Live.dll");
        }
    }

    public static LiveProcess Start(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var p = new Process { StartInfo = psi };
        var lp = new LiveProcess(p);
        p.OutputDataReceived += (_, e) => lp.Append(e.Data);
        p.ErrorDataReceived += (_, e) => lp.Append(e.Data);
        p.Start();
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return lp;
    }

    /// <summary>Runs to the end and returns (exit code, output).</summary>
    public static (int Code, string Output) RunToEnd(string workingDirectory, params string[] args)
    {
        using var p = Start(workingDirectory, args);
        if (!p.process.WaitForExit(60_000))
        {
            p.Kill();
            throw new TimeoutException("Market.Live " + string.Join(' ', args) + " did not finish: " + p.Output);
        }
        p.process.WaitForExit();
        return (p.process.ExitCode, p.Output);
    }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public int Pid => process.Id;

    /// <summary>Waits until the output contains <paramref name="text"/>.</summary>
    public void WaitFor(string text, TimeSpan timeout)
    {
        var sw = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (process.HasExited || sw.Elapsed > timeout)
            {
                throw new TimeoutException($"'{text}' did not appear (exited: {process.HasExited}); output:\n{Output}");
            }
            Thread.Sleep(50);
        }
    }

    /// <summary>Waits for the process to end by itself.</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        bool exited = process.WaitForExit((int)timeout.TotalMilliseconds);
        if (exited)
        {
            process.WaitForExit();
        }
        return exited;
    }

    /// <summary>SIGKILL: no clean-up of any kind.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    /// <summary>SIGTERM, then waits for the exit.</summary>
    public bool Terminate(TimeSpan timeout)
    {
        if (process.HasExited)
        {
            return true;
        }
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }
        // WaitForExit(timeout) does not wait for the redirected output to be read; WaitForExit() does.
        return WaitForExit(timeout);
    }

    private void Append(string? line)
    {
        if (line != null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }
}
