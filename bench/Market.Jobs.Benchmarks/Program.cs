using BenchmarkDotNet.Running;
using Market.Jobs.Benchmarks;

// quick (default): python3 vs VM on the shared bench jobs, plus checkpoint figures. bdn: BenchmarkDotNet suite.
if (args.Length > 0 && args[0] == "bdn")
{
    BenchmarkRunner.Run<VmBenchmarks>(args: args[1..]);
    return 0;
}
string dir = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/bench/jobs");
return QuickBench.Run(Path.GetFullPath(dir));
