using System.Diagnostics;

namespace Market.Live.Tests;

/// <summary>CPython as the oracle: the transcript a program's <c>main()</c> gives
/// (what it printed, then "=> " and the repr of its result, or "!! Type: message").</summary>
internal static class Python
{
    private const string Driver = """
        import importlib.util, sys, io, contextlib
        spec = importlib.util.spec_from_file_location("job", sys.argv[1])
        mod = importlib.util.module_from_spec(spec)
        buf = io.StringIO()
        try:
            with contextlib.redirect_stdout(buf):
                spec.loader.exec_module(mod)
                r = mod.main()
            sys.stdout.write(buf.getvalue() + "=> " + repr(r) + "\n")
        except BaseException as e:
            m = str(e)
            sys.stdout.write(buf.getvalue() + "!! " + type(e).__name__ + (": " + m if m else "") + "\n")
        """;

    public static string Transcript(string file)
    {
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(Driver);
        psi.ArgumentList.Add(file);
        using var p = Process.Start(psi)!;
        string stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return stdout;
    }
}
