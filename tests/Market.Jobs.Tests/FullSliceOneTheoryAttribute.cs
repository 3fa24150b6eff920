namespace Market.Jobs.Tests;

/// <summary>
/// A theory that runs only when <c>MARKET_JOBS_FULL_SLICE1=1</c>: every corpus program through bytes after every
/// single instruction, to its end (minutes of CPU; see Market.Jobs/README.md). Without it, it is skipped, and
/// <see cref="SlicingTests"/> covers slice length 1 for a bounded prefix of each program.
/// </summary>
public sealed class FullSliceOneTheoryAttribute : TheoryAttribute
{
    public const string Variable = "MARKET_JOBS_FULL_SLICE1";

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    public FullSliceOneTheoryAttribute()
    {
        if (!Enabled)
        {
            Skip = $"set {Variable}=1 to run every corpus program at slice length 1 to its end";
        }
    }
}
