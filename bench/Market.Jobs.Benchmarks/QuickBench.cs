using System.Diagnostics;
using System.Globalization;

namespace Market.Jobs.Benchmarks;

/// <summary>
/// The issue's comparison: each ../shared/bench/jobs program under python3 and under the VM, same machine, same run;
/// then the checkpoint figure (a state with a 1 MB heap through bytes and back).
/// </summary>
internal static class QuickBench
{
    /// <summary>Warm-up time for each job on each side before the timed runs (the default; --steady makes it 2 s).</summary>
    private const double WarmSeconds = 0.5;

    /// <summary>Timed runs per job on each side; the best one counts.</summary>
    private const int TimedRuns = 5;

    /// <summary>
    /// Rounds over all jobs (each round runs python3 and the VM on every job); the figures are the medians over the
    /// rounds, because python3's own times swing between runs on this machine.
    /// </summary>
    private const int Rounds = 3;

    public static int Run(string benchDir, bool steady)
    {
        double warm = steady ? 2.0 : WarmSeconds;
        string[] files = Directory.GetFiles(benchDir, "*.py").Order(StringComparer.Ordinal).ToArray();
        var modules = files.Select(f => JobCompiler.Compile(File.ReadAllText(f), Path.GetFileName(f)).Module!).ToArray();
        var py = new double[files.Length, Rounds];
        var vm = new double[files.Length, Rounds];
        var first = new double[files.Length];
        var instructions = new long[files.Length];
        Console.WriteLine($"Each side: {warm:0.0} s of warm-up (at least 5 runs), then the best of {TimedRuns} runs; {Rounds} rounds, medians.");
        for (int round = 0; round < Rounds; round++)
        {
            var ratios = new List<double>();
            for (int j = 0; j < files.Length; j++)
            {
                py[j, round] = PythonSeconds(files[j], warm);
                (vm[j, round], double firstFive, instructions[j]) = VmSeconds(modules[j], warm);
                if (round == 0)
                {
                    first[j] = firstFive;
                }
                ratios.Add(vm[j, round] / py[j, round]);
            }
            Console.WriteLine($"round {round + 1}: " + string.Join(", ", files.Select((f, j) => $"{Path.GetFileNameWithoutExtension(f)} {ratios[j]:F2}")) + $"; geometric mean {GeoMean(ratios):F2}");
        }
        Console.WriteLine($"{"job",-16}{"python3 ms",12}{"VM ms",12}{"VM/CPython",12}{"VM first 5",12}  instructions");
        var medians = new List<double>();
        var firstRatios = new List<double>();
        for (int j = 0; j < files.Length; j++)
        {
            double p = Median(py, j), v = Median(vm, j);
            double ratio = Median(Enumerable.Range(0, Rounds).Select(r => vm[j, r] / py[j, r]));
            medians.Add(ratio);
            firstRatios.Add(first[j] / py[j, 0]);
            Console.WriteLine($"{Path.GetFileNameWithoutExtension(files[j]),-16}{p * 1e3,12:F3}{v * 1e3,12:F3}{ratio,12:F2}{first[j] / py[j, 0],12:F2}  {instructions[j]}");
        }
        Console.WriteLine($"geometric mean VM/CPython: {GeoMean(medians):F2} of the median ratios (first 5 runs of round 1: {GeoMean(firstRatios):F2})");
        Checkpoint(100);
        SpeedTestRate();
        return 0;
    }

    /// <summary>The VM's side, treated as python3's: warm up (tiering, on-stack replacement, the GC heap), then the best of the timed runs.</summary>
    private static (double Best, double FirstFive, long Instructions) VmSeconds(CompiledModule module, double warm)
    {
        double firstFive = double.MaxValue;
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < 5 || clock.Elapsed.TotalSeconds < warm; i++)
        {
            var sw = Stopwatch.StartNew();
            RunOnce(module);
            if (i < 5)
            {
                firstFive = Math.Min(firstFive, sw.Elapsed.TotalSeconds);
            }
        }
        double best = double.MaxValue;
        long instructions = 0;
        for (int i = 0; i < TimedRuns; i++)
        {
            var sw = Stopwatch.StartNew();
            instructions = RunOnce(module);
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        return (best, firstFive, instructions);
    }

    private static double Median(double[,] xs, int job) => Median(Enumerable.Range(0, xs.GetLength(1)).Select(r => xs[job, r]));

    private static double Median(IEnumerable<double> xs)
    {
        double[] sorted = xs.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>Runs one job over and over for <paramref name="seconds"/> (for a profiler) and prints the mean time per run.</summary>
    public static int Repeat(string file, double seconds)
    {
        var module = JobCompiler.Compile(File.ReadAllText(file), Path.GetFileName(file)).Module!;
        var clock = Stopwatch.StartNew();
        long runs = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            RunOnce(module);
            runs++;
        }
        Console.WriteLine($"{runs} runs, {clock.Elapsed.TotalMilliseconds / runs:F4} ms each");
        return 0;
    }

    private static double GeoMean(List<double> xs) => Math.Exp(xs.Average(Math.Log));

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

    /// <summary>main() inside python3 (interpreter start-up excluded): warmed up, then the best of the timed runs.</summary>
    private static double PythonSeconds(string file, double warm)
    {
        string code = "import importlib.util,time,sys\nspec=importlib.util.spec_from_file_location('j',sys.argv[1])\nm=importlib.util.module_from_spec(spec)\nspec.loader.exec_module(m)\n"
            + "warm=float(sys.argv[2]);runs=int(sys.argv[3])\nt0=time.perf_counter();i=0\nwhile i<5 or time.perf_counter()-t0<warm:\n    m.main();i+=1\n"
            + "best=1e9\nfor _ in range(runs):\n    t=time.perf_counter(); m.main(); best=min(best,time.perf_counter()-t)\nprint(best)\n";
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(code);
        psi.ArgumentList.Add(file);
        psi.ArgumentList.Add(warm.ToString(CultureInfo.InvariantCulture));
        psi.ArgumentList.Add(TimedRuns.ToString(CultureInfo.InvariantCulture));
        using var p = Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return double.Parse(output.Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>The checkpoint figure: <paramref name="rounds"/> serialize + deserialize round trips after warm-up.</summary>
    public static void Checkpoint(int rounds)
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
        // The first round trip (a cold process), then warm-up as for the jobs, then the best of the timed ones.
        double first = RoundTrip(s, module);
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < 5 || clock.Elapsed.TotalSeconds < WarmSeconds; i++)
        {
            RoundTrip(s, module);
        }
        double[] times = Enumerable.Range(0, rounds).Select(_ => RoundTrip(s, module)).Order().ToArray();
        Console.WriteLine($"checkpoint: live heap {heap / 1e6:F2} MB (VM accounting), state {bytes.Length / 1e6:F2} MB, serialize+deserialize "
            + $"median {times[rounds / 2]:F2} ms, best {times[0]:F2}, worst {times[^1]:F2} of {rounds} (the first one in this process: {first:F2} ms)");
    }

    /// <summary>Milliseconds to serialize the state and read it back.</summary>
    private static double RoundTrip(JobState s, CompiledModule module)
    {
        var sw = Stopwatch.StartNew();
        byte[] bytes = StateSerializer.Serialize(s);
        var back = StateSerializer.Deserialize(bytes, module);
        double ms = sw.Elapsed.TotalMilliseconds;
        if (!back.Success)
        {
            throw new InvalidOperationException(back.Error);
        }
        return ms;
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
