namespace Market.Jobs.Tests;

/// <summary>CPython's transcripts of every corpus and bench program, computed once with one python3 process.</summary>
public sealed class CorpusFixture
{
    private readonly Lazy<Dictionary<string, string>> expected = new(() =>
    {
        var paths = TestPrograms.Corpus().Select(x => Path.Combine(TestPrograms.Dir("Corpus"), (string)x[0]))
            .Concat(TestPrograms.Bench().Select(x => Path.Combine(TestPrograms.Dir("Bench"), (string)x[0])));
        return TestPrograms.RunPython(paths);
    });

    public string Expected(string folder, string name) => expected.Value[Path.Combine(TestPrograms.Dir(folder), name)];
}
