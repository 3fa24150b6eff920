namespace Market.Jobs;

/// <summary>Why a job failed: an uncaught exception (with a Python-style traceback) or a limit.</summary>
/// <param name="Type">The exception type name, e.g. <c>ZeroDivisionError</c>, or <c>LimitExceeded</c>.</param>
/// <param name="Message">The exception message, e.g. <c>division by zero</c>.</param>
/// <param name="Traceback">The full text as Python prints it, ending with <c>Type: message</c>.</param>
public sealed record JobError(string Type, string Message, string Traceback);
