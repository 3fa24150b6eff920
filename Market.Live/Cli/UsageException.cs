namespace Market.Live.Cli;

/// <summary>The command line is wrong: the message says how, and the usage is printed.</summary>
internal sealed class UsageException(string message) : Exception(message);
