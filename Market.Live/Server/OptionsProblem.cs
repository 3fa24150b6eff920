namespace Market.Live.Server;

/// <summary>The configuration is wrong; every problem is listed.</summary>
internal sealed class OptionsProblem(IReadOnlyList<string> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
