using BenchmarkDotNet.Running;
using Market.Jobs.Benchmarks;

// quick (default): python3 vs VM on the shared bench jobs, plus checkpoint figures. bdn: BenchmarkDotNet suite.
// --steady: warm each job up for two seconds instead of five runs (the VM as a long-running worker sees it).
if (args.Length > 0 && args[0] == "bdn")
{
    BenchmarkRunner.Run<VmBenchmarks>(args: args[1..]);
    return 0;
}
bool steady = args.Contains("--steady");
string[] rest = args.Where(a => a != "--steady").ToArray();
string dir = rest.Length > 0 ? rest[0] : Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/bench/jobs");
return QuickBench.Run(Path.GetFullPath(dir), steady);
