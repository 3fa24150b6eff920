namespace Market.Jobs.Runtime;

/// <summary>A limit that fails the job outright (not catchable by the job).</summary>
internal sealed class LimitExceeded : System.Exception
{
    public LimitExceeded(string type, string message)
        : base(message)
    {
        Type = type;
    }

    public string Type { get; }
}
