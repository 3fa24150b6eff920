namespace Market.Jobs.Tests;

/// <summary>A theory that is skipped, with a clear message, where python3 (the oracle) is missing.</summary>
public sealed class PythonTheoryAttribute : TheoryAttribute
{
    public PythonTheoryAttribute()
    {
        if (!TestPrograms.HasPython)
        {
            Skip = "python3 is not on PATH: differential tests against CPython 3.11 need it";
        }
    }
}
