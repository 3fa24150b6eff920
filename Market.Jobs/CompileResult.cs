using System.Collections.Generic;

namespace Market.Jobs;

/// <summary>The outcome of compiling a job: a module, or every error found.</summary>
/// <param name="Module">The module, when there are no errors.</param>
/// <param name="Errors">Syntax errors and unsupported features, sorted by position.</param>
/// <param name="Warnings">Names that are bound nowhere: they compile, and raise NameError if they run (as in CPython).</param>
public sealed record CompileResult(CompiledModule? Module, IReadOnlyList<CompileError> Errors, IReadOnlyList<CompileError> Warnings)
{
    /// <summary>Whether compilation succeeded.</summary>
    public bool Success => Module != null;
}
