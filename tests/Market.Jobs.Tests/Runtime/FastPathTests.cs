namespace Market.Jobs.Tests.Runtime;

/// <summary>
/// The interpreter's fast paths and superinstructions are an optimization only: every corpus and bench program
/// ends in exactly the state (same digest: output, result, heap accounting, instruction count) that the general
/// path alone reaches, whether the fuel lets superinstructions run whole or splits them.
/// </summary>
public sealed class FastPathTests
{
    private static readonly Dictionary<string, string> GeneralDigests = new();

    /// <summary>Every program with fuel per call of a million (superinstructions whole), 1 (never), 2 and 3 (split at every offset).</summary>
    public static IEnumerable<object[]> Programs() =>
        from p in TestPrograms.Corpus().Select(f => ("Corpus", (string)f[0])).Concat(TestPrograms.Bench().Select(f => ("Bench", (string)f[0])))
        from fuel in new long[] { 1_000_000, 1, 2, 3 }
        select new object[] { p.Item1, p.Item2, fuel };

    [Theory]
    [MemberData(nameof(Programs))]
    public void Run_FastPaths_SameFinalStateAsGeneralPath(string folder, string file, long fuel)
    {
        var module = JobCompiler.Compile(TestPrograms.Read(folder, file), file).Module!;
        string general;
        lock (GeneralDigests)
        {
            if (!GeneralDigests.TryGetValue(folder + "/" + file, out general!))
            {
                general = FinalDigest(module, s => JobRunner.RunGeneral(s, 1_000_000));
                GeneralDigests[folder + "/" + file] = general;
            }
        }
        Assert.Equal(general, FinalDigest(module, s => JobRunner.Run(s, fuel)));
    }

    private static string FinalDigest(CompiledModule module, Func<JobState, JobStatus> run)
    {
        var state = JobState.Create(module);
        while (run(state) == JobStatus.Running)
        {
        }
        return StateSerializer.Digest(StateSerializer.Serialize(state));
    }
}
