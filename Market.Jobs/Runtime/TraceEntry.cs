namespace Market.Jobs.Runtime;

/// <summary>One line of a traceback: the function and the line being executed.</summary>
internal readonly record struct TraceEntry(string Function, int Line);
