namespace Market.Reports;

/// <summary>One thing wrong with a report, and where.</summary>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ReportProblem(int Line, int Column, string Message)
{
    /// <summary><c>line:column: message</c>.</summary>
    public override string ToString() => Line > 0 ? $"{Line}:{Column}: {Message}" : Message;
}
