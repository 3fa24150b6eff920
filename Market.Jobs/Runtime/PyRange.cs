namespace Market.Jobs.Runtime;

/// <summary>An immutable range(start, stop, step) of 64-bit ints.</summary>
internal sealed class PyRange
{
    public PyRange(long start, long stop, long step)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    public long Start { get; }

    public long Stop { get; }

    public long Step { get; }

    public long Length
    {
        get
        {
            if (Step > 0)
            {
                return Start < Stop ? (long)(((System.Int128)Stop - Start - 1) / Step + 1) : 0;
            }
            return Start > Stop ? (long)(((System.Int128)Start - Stop - 1) / -(System.Int128)Step + 1) : 0;
        }
    }

    public long this[long i] => Start + i * Step;
}
