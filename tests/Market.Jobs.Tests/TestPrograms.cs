using System.Diagnostics;
using System.Text.Json;

namespace Market.Jobs.Tests;

/// <summary>Finds the corpus and bench programs and runs them under CPython (one python3 process for all).</summary>
public static class TestPrograms
{
    private static readonly Lazy<bool> PythonAvailable = new(() =>
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("python3", "--version") { RedirectStandardOutput = true, RedirectStandardError = true });
            p!.WaitForExit(10_000);
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    public static bool HasPython => PythonAvailable.Value;

    public static string Dir(string name) => Path.Combine(AppContext.BaseDirectory, name);

    /// <summary>Corpus programs: NNN_topic.py files only.</summary>
    public static IEnumerable<object[]> Corpus() =>
        Directory.Exists(Dir("Corpus"))
            ? Directory.GetFiles(Dir("Corpus"), "*.py")
                .Where(f => char.IsDigit(Path.GetFileName(f)[0]))
                .Order(StringComparer.Ordinal)
                .Select(f => new object[] { Path.GetFileName(f) })
            : [];

    public static IEnumerable<object[]> Bench() =>
        Directory.Exists(Dir("Bench"))
            ? Directory.GetFiles(Dir("Bench"), "*.py").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) })
            : [];

    public static string Read(string folder, string name) => File.ReadAllText(Path.Combine(Dir(folder), name));

    /// <summary>What the DESIGN.md contract prints: the output, then "=> repr", or "!! Type: message" on failure.</summary>
    public static string VmTranscript(JobState s) => s.Status switch
    {
        JobStatus.Completed => s.Output + "=> " + s.ResultRepr + "\n",
        JobStatus.Failed => s.Output + "!! " + s.Error!.Type + (s.Error.Message.Length > 0 ? ": " + s.Error.Message : "") + "\n",
        _ => s.Output + "?? still running\n",
    };

    private static int driverCount;

    private const string Driver = """
        import importlib.util, sys, io, contextlib, json
        def run(path):
            spec = importlib.util.spec_from_file_location("job", path)
            mod = importlib.util.module_from_spec(spec)
            buf = io.StringIO()
            try:
                with contextlib.redirect_stdout(buf):
                    spec.loader.exec_module(mod)
                    r = mod.main()
                return buf.getvalue() + "=> " + repr(r) + "\n"
            except BaseException as e:
                m = str(e)
                return buf.getvalue() + "!! " + type(e).__name__ + (": " + m if m else "") + "\n"
        out = {}
        for p in sys.argv[1:]:
            out[p] = run(p)
        sys.stdout.write(json.dumps(out))
        """;

    /// <summary>Runs every file under CPython in one process and returns each transcript.</summary>
    public static Dictionary<string, string> RunPython(IEnumerable<string> paths)
    {
        // One driver file per call: the corpus fixture and the expression properties may run python3 at the same time.
        string driver = Path.Combine(Path.GetTempPath(), $"market_jobs_driver_{Environment.ProcessId}_{Interlocked.Increment(ref driverCount)}.py");
        File.WriteAllText(driver, Driver);
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(driver);
        foreach (var p in paths)
        {
            psi.ArgumentList.Add(p);
        }
        using var proc = Process.Start(psi)!;
        string stdout = proc.StandardOutput.ReadToEnd();
        proc.WaitForExit();
        File.Delete(driver);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stdout)!;
    }
}
