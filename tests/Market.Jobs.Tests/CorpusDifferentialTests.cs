namespace Market.Jobs.Tests;

/// <summary>Every corpus and bench program gives exactly CPython's stdout and result repr.</summary>
public sealed class CorpusDifferentialTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    /// <summary>Corpus programs the VM cannot run yet, with the reason. Keep it empty.</summary>
    public static readonly Dictionary<string, string> KnownGaps = new();

    [PythonTheory]
    [MemberData(nameof(TestPrograms.Corpus), MemberType = typeof(TestPrograms))]
    public void Corpus_RunUnderVm_MatchesCPython(string file)
    {
        if (KnownGaps.ContainsKey(file))
        {
            return;
        }
        var state = JobRunner.RunToEnd(TestPrograms.Read("Corpus", file), fileName: file);
        Assert.Equal(fixture.Expected("Corpus", file), TestPrograms.VmTranscript(state));
    }

    [PythonTheory]
    [MemberData(nameof(TestPrograms.Bench), MemberType = typeof(TestPrograms))]
    public void Bench_RunUnderVm_MatchesCPython(string file)
    {
        var state = JobRunner.RunToEnd(TestPrograms.Read("Bench", file), fileName: file);
        Assert.Equal(fixture.Expected("Bench", file), TestPrograms.VmTranscript(state));
    }

    [Fact]
    public void Corpus_Present_HasAtLeast150Programs()
    {
        Assert.True(TestPrograms.Corpus().Count() >= 150, "the differential corpus should hold at least 150 programs");
    }
}
