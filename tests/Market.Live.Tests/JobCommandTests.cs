using System.Diagnostics;

namespace Market.Live.Tests;

/// <summary>The DESIGN.md contract of <c>job run</c>: stdout is exactly what the program printed,
/// then <c>=> </c> and the repr of the entry function's result; a job that raises prints the
/// Python-style error on stderr and exits 1; slicing through bytes changes nothing.</summary>
public sealed class JobCommandTests : IDisposable
{
    private const string Program = """
        import math

        def main(n=4, label="sq"):
            xs = [i * i for i in range(n)]
            print(label, xs, sep=": ")
            print(f"{math.sqrt(2):.3f}", 0.1 + 0.2, end="!\n")
            return {"sum": sum(xs), "big": 2 ** 70, "t": (1.5, None, True)}
        """;

    private readonly string dir = Directory.CreateTempSubdirectory("market-live").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [InlineData(null)]
    [InlineData("1")]
    [InlineData("7")]
    public void Run_Program_PrintsOutputThenResultRepr(string? slice)
    {
        string file = Write("p.py", Program);
        (int code, string stdout, string stderr) = slice is null ? Run("run", file) : Run("run", file, "--slice", slice);
        Assert.Equal((0, string.Empty), (code, stderr));
        Assert.Equal("sq: [0, 1, 4, 9]\n1.414 0.30000000000000004!\n=> {'sum': 14, 'big': 1180591620717411303424, 't': (1.5, None, True)}\n", stdout);
    }

    [Fact]
    public void Run_ArgsJson_PassedToEntry()
    {
        (int code, string stdout, _) = Run("run", Write("p.py", Program), "--args", "[2, \"x\"]");
        Assert.Equal(0, code);
        Assert.StartsWith("x: [0, 1]\n", stdout);
    }

    [Fact]
    public void Run_SameAsCPython()
    {
        string file = Write("p.py", Program);
        string? python = Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(d => Path.Combine(d, "python3")).FirstOrDefault(File.Exists);
        Assert.True(python is not null, "python3 is needed as the oracle (./test.sh installs it)");
        var psi = new ProcessStartInfo(python!, ["-c", $"import importlib.util as u; s = u.spec_from_file_location('p', r'{file}'); m = u.module_from_spec(s); s.loader.exec_module(m); r = m.main(); print('=> ' + repr(r))"])
        {
            RedirectStandardOutput = true,
        };
        using Process p = Process.Start(psi)!;
        string expected = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.Equal(expected, Run("run", file).Stdout);
    }

    [Fact]
    public void Run_JobRaises_TracebackOnStderrExitOne()
    {
        string file = Write("e.py", "def main():\n    print('before')\n    return [1][3]\n");
        (int code, string stdout, string stderr) = Run("run", file);
        Assert.Equal(1, code);
        Assert.Equal("before\n", stdout);
        Assert.Contains("Traceback (most recent call last):", stderr);
        Assert.Contains("line 3, in main", stderr);
        Assert.EndsWith("IndexError: list index out of range\n", stderr);
    }

    [Fact]
    public void Check_CompileErrors_LineAndColumnExitTwo()
    {
        (int code, string stdout, string stderr) = Run("check", Write("c.py", "def main():\n    with x:\n        pass\n"));
        Assert.Equal(2, code);
        Assert.Matches(@"c\.py:2:\d+: ", stdout + stderr);
    }

    [Fact]
    public void Inspect_SavedState_ShowsDigest()
    {
        string state = Path.Combine(dir, "s.bin");
        Assert.Equal(3, Run("run", Write("p.py", Program), "--fuel", "20", "--save", state).Code);
        (int code, string stdout, _) = Run("inspect", state);
        Assert.Equal(0, code);
        Assert.Matches("[0-9a-f]{64}", stdout);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("run", "/nonexistent.py")]
    [InlineData("run", "{file}", "--slice", "zero")]
    [InlineData("frobnicate")]
    public void BadInput_ClearErrorNoStackTrace(params string[] args)
    {
        string file = Write("p.py", Program);
        (int code, _, string stderr) = Run(args.Select(a => a.Replace("{file}", file)).ToArray());
        Assert.Equal(2, code);
        Assert.Contains("error", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = JobCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
