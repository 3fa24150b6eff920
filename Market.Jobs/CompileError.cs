namespace Market.Jobs;

/// <summary>A syntax or name error found while compiling a job, with its 1-based line and column.</summary>
public sealed record CompileError(int Line, int Column, string Message)
{
    /// <summary>The error as <c>line L, column C: message</c>.</summary>
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}
