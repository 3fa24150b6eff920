using BenchmarkDotNet.Attributes;

namespace Market.Jobs.Benchmarks;

/// <summary>BenchmarkDotNet: the speed-test job and a state round trip.</summary>
[MemoryDiagnoser]
public class VmBenchmarks
{
    private CompiledModule speed = null!;
    private CompiledModule listJob = null!;
    private JobState midState = null!;

    [GlobalSetup]
    public void Setup()
    {
        speed = JobCompiler.Compile(SpeedTest.Source).Module!;
        listJob = JobCompiler.Compile("def main():\n    data = [i * 1.5 for i in range(60000)]\n    while True:\n        pass\n").Module!;
        midState = JobState.Create(listJob);
        JobRunner.Run(midState, 300_000);
    }

    [Benchmark]
    public long SpeedTestJob()
    {
        var s = JobState.Create(speed);
        JobRunner.Run(s, long.MaxValue);
        return s.Instructions;
    }

    [Benchmark]
    public bool StateRoundTrip() => StateSerializer.Deserialize(StateSerializer.Serialize(midState), listJob).Success;
}
