namespace Market.Jobs.Tests;

/// <summary>
/// The market property: running slice by slice, with serialize → bytes → deserialize between slices, gives exactly
/// the output, result and final digest of one straight run.
/// </summary>
public sealed class SlicingTests
{
    /// <summary>
    /// Round trips per run at the given slice length; past them the run continues in slices of 20,011 instructions
    /// (still through bytes). This keeps slice length 1 affordable on the longer corpus programs; the full run at
    /// slice length 1 is <see cref="SliceOneFullTests"/>.
    /// </summary>
    private const long RoundTripBudget = 3_000;

    public static IEnumerable<object[]> CorpusTimesSlices() =>
        from f in TestPrograms.Corpus()
        from n in new long[] { 1, 3, 50, 1009 }
        select new object[] { f[0], n };

    [Theory]
    [MemberData(nameof(CorpusTimesSlices))]
    public void Run_SlicedThroughBytes_MatchesStraightRun(string file, long slice) =>
        AssertSlicedMatchesStraight(file, slice, RoundTripBudget * slice);

    /// <summary>Runs <paramref name="file"/> through bytes every <paramref name="slice"/> instructions while fewer than <paramref name="budget"/> have run.</summary>
    internal static void AssertSlicedMatchesStraight(string file, long slice, long budget)
    {
        var module = JobCompiler.Compile(TestPrograms.Read("Corpus", file), file).Module!;
        var straight = JobState.Create(module);
        while (JobRunner.Run(straight, 1_000_000) == JobStatus.Running)
        {
        }
        string straightDigest = StateSerializer.Digest(StateSerializer.Serialize(straight));

        var state = JobState.Create(module);
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

/// <summary>
/// Slice length 1 to the very end of every corpus program (opt-in: <c>MARKET_JOBS_FULL_SLICE1=1</c>). Two classes,
/// so that xUnit runs the halves of the corpus in parallel.
/// </summary>
public static class SliceOneFullTests
{
    public static IEnumerable<object[]> Half(int half) =>
        TestPrograms.Corpus().Where((f, i) => i % 2 == half);

    public sealed class EvenPrograms
    {
        public static IEnumerable<object[]> Programs() => Half(0);

        [FullSliceOneTheory]
        [MemberData(nameof(Programs))]
        public void Run_SliceOneToTheEnd_MatchesStraightRun(string file) => SlicingTests.AssertSlicedMatchesStraight(file, 1, long.MaxValue);
    }

    public sealed class OddPrograms
    {
        public static IEnumerable<object[]> Programs() => Half(1);

        [FullSliceOneTheory]
        [MemberData(nameof(Programs))]
        public void Run_SliceOneToTheEnd_MatchesStraightRun(string file) => SlicingTests.AssertSlicedMatchesStraight(file, 1, long.MaxValue);
    }
}
