namespace Market.Jobs.Tests;

/// <summary>A fact that is skipped, with a clear message, where python3 (the oracle) is missing.</summary>
public sealed class PythonFactAttribute : FactAttribute
{
    public PythonFactAttribute()
    {
        if (!TestPrograms.HasPython)
        {
            Skip = "python3 is not on PATH: differential tests against CPython 3.11 need it";
        }
    }
}
