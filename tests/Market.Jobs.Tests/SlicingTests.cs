namespace Market.Jobs.Tests;

/// <summary>
/// The market property: running slice by slice, with serialize → bytes → deserialize between slices, gives exactly
/// the output, result and final digest of one straight run.
/// </summary>
public sealed class SlicingTests
{
    /// <summary>
    /// Round trips per run at the given slice length; past them the run continues in slices of 20,011 instructions
    /// (still through bytes). This keeps slice length 1 affordable on the longer corpus programs.
    /// </summary>
    private const long RoundTripBudget = 1_500;

    public static IEnumerable<object[]> CorpusTimesSlices() =>
        from f in TestPrograms.Corpus()
        from n in new long[] { 1, 3, 50, 1009 }
        select new object[] { f[0], n };

    [Theory]
    [MemberData(nameof(CorpusTimesSlices))]
    public void Run_SlicedThroughBytes_MatchesStraightRun(string file, long slice)
    {
        var module = JobCompiler.Compile(TestPrograms.Read("Corpus", file), file).Module!;
        var straight = JobState.Create(module);
        while (JobRunner.Run(straight, 1_000_000) == JobStatus.Running)
        {
        }
        string straightDigest = StateSerializer.Digest(StateSerializer.Serialize(straight));

        var state = JobState.Create(module);
        long budget = RoundTripBudget * slice;
        while (state.Status == JobStatus.Running)
        {
            long step = state.Instructions < budget ? slice : 20_011;
            JobRunner.Run(state, step);
            byte[] bytes = StateSerializer.Serialize(state);
            var back = StateSerializer.Deserialize(bytes, module);
            Assert.True(back.Success, back.Error);
            state = back.State!;
        }

        Assert.Equal(TestPrograms.VmTranscript(straight), TestPrograms.VmTranscript(state));
        Assert.Equal(straight.Instructions, state.Instructions);
        Assert.Equal(straightDigest, StateSerializer.Digest(StateSerializer.Serialize(state)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Run_SliceOneWholeProgram_MatchesStraightRun(long slice)
    {
        const string src = """
            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)

            def main():
                out = []
                d = {}
                for i in range(8):
                    try:
                        d[i] = fib(i) // (i % 3)
                    except ZeroDivisionError as e:
                        out.append(str(e))
                g = (x * x for x in range(5) if x != 2)
                out.append(sum(g))
                out.append(sorted(d.items(), key=lambda kv: -kv[1]))
                out.append([c for c in "abc"] + [lambda: 1][0:0])
                return out, d
            """;
        var module = JobCompiler.Compile(src).Module!;
        var straight = JobState.Create(module);
        JobRunner.Run(straight, long.MaxValue);
        var state = JobState.Create(module);
        while (state.Status == JobStatus.Running)
        {
            JobRunner.Run(state, slice);
            state = StateSerializer.Deserialize(StateSerializer.Serialize(state), module).State!;
        }
        Assert.Equal(straight.ResultRepr, state.ResultRepr);
        Assert.Equal(StateSerializer.Digest(StateSerializer.Serialize(straight)), StateSerializer.Digest(StateSerializer.Serialize(state)));
    }
}
