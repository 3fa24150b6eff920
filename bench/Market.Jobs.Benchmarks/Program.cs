using BenchmarkDotNet.Running;
using Market.Jobs.Benchmarks;

// quick (default): python3 vs VM on the shared bench jobs, plus checkpoint figures. bdn: BenchmarkDotNet suite.
// --steady: warm each job up for two seconds on each side instead of half a second.
if (args.Length > 0 && args[0] == "bdn")
{
    BenchmarkRunner.Run<VmBenchmarks>(args: args[1..]);
    return 0;
}
if (args.Length == 3 && args[0] == "repeat")
{
    // repeat FILE SECONDS: runs one job over and over (for a profiler such as perf with DOTNET_PerfMapEnabled=1).
    return QuickBench.Repeat(args[1], double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
}
if (args.Length == 2 && args[0] == "checkpoint")
{
    // checkpoint ROUNDS: the checkpoint figure alone, over many round trips (for a profiler).
    QuickBench.Checkpoint(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}
bool steady = args.Contains("--steady");
string[] rest = args.Where(a => a != "--steady").ToArray();
string dir = rest.Length > 0 ? rest[0] : Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/bench/jobs");
return QuickBench.Run(Path.GetFullPath(dir), steady);
