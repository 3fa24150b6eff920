namespace Market.Jobs.Tests;

/// <summary>Each limit fails the job with a clear error.</summary>
public sealed class LimitTests
{
    private static JobState Run(string src, JobLimits limits, long fuel = 50_000_000)
    {
        var s = JobState.Create(JobCompiler.Compile(src).Module!, limits: limits);
        JobRunner.Run(s, fuel);
        return s;
    }

    [Fact]
    public void Run_HeapGrowsPastLimit_FailsWithMemoryError()
    {
        var s = Run("def main():\n    a = []\n    while True:\n        a.append('x' * 1000)\n", new JobLimits { MaxHeapBytes = 1_000_000 });
        Assert.Equal(JobStatus.Failed, s.Status);
        Assert.Equal("MemoryError", s.Error!.Type);
        Assert.Contains("heap limit", s.Error.Message);
    }

    [Fact]
    public void Run_HugeRepeat_FailsWithoutAllocating()
    {
        var s = Run("def main():\n    return [0] * (10 ** 12)\n", new JobLimits { MaxHeapBytes = 1_000_000 });
        Assert.Equal(JobStatus.Failed, s.Status);
        Assert.Equal("MemoryError", s.Error!.Type);
    }

    [Fact]
    public void Run_HugePower_FailsWithMemoryError()
    {
        var s = Run("def main():\n    return 7 ** (10 ** 10)\n", new JobLimits { MaxHeapBytes = 1_000_000 });
        Assert.Equal("MemoryError", s.Error!.Type);
    }

    [Fact]
    public void Run_InfiniteRecursion_FailsWithRecursionError()
    {
        var s = Run("def f(n):\n    return f(n + 1)\n\ndef main():\n    return f(0)\n", new JobLimits { MaxRecursionDepth = 200 });
        Assert.Equal(JobStatus.Failed, s.Status);
        Assert.Equal("RecursionError", s.Error!.Type);
        Assert.Contains("200", s.Error.Message);
    }

    [Fact]
    public void Run_InstructionLimit_FailsWhenReached()
    {
        var s = Run("def main():\n    while True:\n        pass\n", new JobLimits { MaxInstructions = 10_000 });
        Assert.Equal(JobStatus.Failed, s.Status);
        Assert.Equal("LimitExceeded", s.Error!.Type);
        Assert.Equal(10_000, s.Instructions);
    }

    [Fact]
    public void Serialize_StatePastSizeLimit_FailsJob()
    {
        var s = Run("def main():\n    a = [str(i) for i in range(20000)]\n    while True:\n        pass\n", new JobLimits { MaxStateBytes = 10_000 }, fuel: 200_000);
        Assert.Equal(JobStatus.Running, s.Status);
        byte[] bytes = StateSerializer.Serialize(s);
        Assert.Equal(JobStatus.Failed, s.Status);
        Assert.Equal("LimitExceeded", s.Error!.Type);
        Assert.Contains("state size", s.Error.Message);
        Assert.True(bytes.Length < 10_000);
    }

    [Fact]
    public void Run_HugeBuiltinLoop_BoundedByInstructionLimit()
    {
        var s = Run("def main():\n    return sum(range(10 ** 15))\n", new JobLimits { MaxInstructions = 1_000_000 });
        Assert.Equal(JobStatus.Failed, s.Status);
        Assert.Equal("LimitExceeded", s.Error!.Type);
    }

    [Theory]
    [InlineData("e = ValueError(0)\n    for i in range(5000):\n        e = ValueError(e)\n    return str(e)")]
    [InlineData("a = []\n    for i in range(5000):\n        a = [a]\n    return repr(a)")]
    [InlineData("t = ()\n    for i in range(5000):\n        t = (t,)\n    return {t: 1}")]
    [InlineData("a = []\n    b = []\n    for i in range(5000):\n        a = [a]\n        b = [b]\n    return a == b")]
    [InlineData("it = iter([1])\n    for i in range(5000):\n        it = enumerate(it)\n    return next(it)")]
    public void Run_DeepNesting_RecursionErrorNotCrash(string body)
    {
        var s = Run("def main():\n    " + body + "\n", JobLimits.Default);
        Assert.Equal(JobStatus.Failed, s.Status);
        Assert.Equal("RecursionError", s.Error!.Type);
    }

    [Fact]
    public void Run_FuelRespected_ExecutesExactlyFuel()
    {
        var s = Run("def main():\n    while True:\n        pass\n", JobLimits.Default, fuel: 12_345);
        Assert.Equal(JobStatus.Running, s.Status);
        Assert.Equal(12_345, s.Instructions);
    }

    [Fact]
    public void Run_UncaughtException_GivesPythonTraceback()
    {
        var s = Run("def f(x):\n    return 1 / x\n\ndef main():\n    return f(0)\n", JobLimits.Default);
        Assert.Equal(JobStatus.Failed, s.Status);
        Assert.Equal(
            "Traceback (most recent call last):\n  File \"job.py\", line 5, in main\n    return f(0)\n  File \"job.py\", line 2, in f\n    return 1 / x\nZeroDivisionError: division by zero",
            s.Error!.Traceback);
    }
}
