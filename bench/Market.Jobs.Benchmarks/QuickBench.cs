using System.Diagnostics;
using System.Globalization;

namespace Market.Jobs.Benchmarks;

/// <summary>
/// The issue's comparison: each ../shared/bench/jobs program under python3 and under the VM, same machine, same run;
/// then the checkpoint figure (a state with a 1 MB heap through bytes and back).
/// </summary>
internal static class QuickBench
{
    public static int Run(string benchDir, bool steady)
    {
        var ratios = new List<double>();
        Console.WriteLine($"{"job",-16}{"python3 s",12}{"VM s",12}{"VM/CPython",12}  instructions");
        foreach (var file in Directory.GetFiles(benchDir, "*.py").Order(StringComparer.Ordinal))
        {
            string src = File.ReadAllText(file);
            double py = PythonSeconds(file);
            var module = JobCompiler.Compile(src, Path.GetFileName(file)).Module!;
            // Warm up the JIT (tiering and OSR) on five runs (or, steady, for two seconds), then time the best of five.
            var warm = Stopwatch.StartNew();
            for (int i = 0; i < 5 || (steady && warm.Elapsed.TotalSeconds < 2); i++)
            {
                RunOnce(module);
            }
            double vm = double.MaxValue;
            long instructions = 0;
            for (int i = 0; i < 5; i++)
            {
                var sw = Stopwatch.StartNew();
                instructions = RunOnce(module);
                vm = Math.Min(vm, sw.Elapsed.TotalSeconds);
            }
            double ratio = vm / py;
            ratios.Add(ratio);
            Console.WriteLine($"{Path.GetFileNameWithoutExtension(file),-16}{py,12:F4}{vm,12:F4}{ratio,12:F2}  {instructions}");
        }
        double geo = Math.Exp(ratios.Average(Math.Log));
        Console.WriteLine($"geometric mean VM/CPython: {geo:F2}{(steady ? " (VM warmed up for 2 s per job)" : "")}");
        Checkpoint();
        SpeedTestRate();
        return 0;
    }

    private static long RunOnce(CompiledModule module)
    {
        var s = JobState.Create(module);
        JobRunner.Run(s, long.MaxValue);
        if (s.Status != JobStatus.Completed)
        {
            throw new InvalidOperationException(s.Error?.Traceback);
        }
        return s.Instructions;
    }

    /// <summary>Best of three timings of main() inside python3 (interpreter start-up excluded).</summary>
    private static double PythonSeconds(string file)
    {
        string code = "import importlib.util,time,sys\nspec=importlib.util.spec_from_file_location('j',sys.argv[1])\nm=importlib.util.module_from_spec(spec)\nspec.loader.exec_module(m)\nbest=1e9\nfor _ in range(3):\n    t=time.perf_counter(); m.main(); best=min(best,time.perf_counter()-t)\nprint(best)\n";
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(code);
        psi.ArgumentList.Add(file);
        using var p = Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return double.Parse(output.Trim(), CultureInfo.InvariantCulture);
    }

    private static void Checkpoint()
    {
        const string src = """
            def main():
                data = [i * 1.5 for i in range(40000)]
                words = ["w" + str(i) for i in range(20000)]
                table = {i: (i, str(i)) for i in range(5000)}
                while True:
                    pass
            """;
        var module = JobCompiler.Compile(src).Module!;
        var s = JobState.Create(module);
        JobRunner.Run(s, 400_000);
        long heap = Runtime.HeapWalker.LiveBytes(s);
        byte[] bytes = StateSerializer.Serialize(s);
        double best = double.MaxValue;
        for (int i = 0; i < 20; i++)
        {
            var sw = Stopwatch.StartNew();
            bytes = StateSerializer.Serialize(s);
            var back = StateSerializer.Deserialize(bytes, module);
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            if (!back.Success)
            {
                throw new InvalidOperationException(back.Error);
            }
        }
        Console.WriteLine($"checkpoint: live heap {heap / 1e6:F2} MB (VM accounting), state {bytes.Length / 1e6:F2} MB, serialize+deserialize {best:F2} ms");
    }

    private static void SpeedTestRate()
    {
        var module = JobCompiler.Compile(SpeedTest.Source).Module!;
        RunOnce(module);
        var sw = Stopwatch.StartNew();
        long n = RunOnce(module);
        Console.WriteLine($"speed test: {n} instructions in {sw.Elapsed.TotalSeconds:F3} s = {n / sw.Elapsed.TotalSeconds / 1e6:F1} M instructions/s");
    }
}
