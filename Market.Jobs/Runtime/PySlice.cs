namespace Market.Jobs.Runtime;

/// <summary>A slice object built by <c>a[lo:hi:step]</c>.</summary>
internal sealed class PySlice
{
    public PySlice(Value start, Value stop, Value step)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    public Value Start { get; set; }

    public Value Stop { get; set; }

    public Value Step { get; set; }
}
