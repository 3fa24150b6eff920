using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Market.Reports.Tests;

/// <summary>Approval files: the text must equal tests/Market.Reports.Tests/Approved/NAME. On a
/// difference the new text is written beside it as NAME.received for review.</summary>
internal static class Approvals
{
    public static void Verify(string name, string actual, [CallerFilePath] string caller = "")
    {
        string approvedPath = Path.Combine(Path.GetDirectoryName(caller)!, "Approved", name);
        string expected = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : string.Empty;
        if (expected != actual)
        {
            File.WriteAllText(approvedPath + ".received", actual);
        }

        Assert.True(expected == actual, $"{name} differs from its approved file; the new text is in {approvedPath}.received (rename it to approve).");
    }
}

/// <summary>xmllint (libxml2-utils), the independent schema validator.</summary>
internal static class Xmllint
{
    public static bool Available => Lazy.Value;

    private static readonly Lazy<bool> Lazy = new(() =>
    {
        try
        {
            return Run(["--version"]).Code == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    public static (int Code, string Output) Run(IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo("xmllint") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using Process p = Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output);
    }
}

/// <summary>A fact that is skipped, saying why, where xmllint is not installed (./test.sh installs it).</summary>
internal sealed class SkippableXmllintFactAttribute : FactAttribute
{
    public SkippableXmllintFactAttribute()
    {
        if (!Xmllint.Available)
        {
            Skip = "xmllint is not installed (apt-get install libxml2-utils; ./test.sh does it)";
        }
    }
}
