namespace Market.Jobs.Runtime;

/// <summary>An immutable range(start, stop, step) of 64-bit ints.</summary>
internal sealed class PyRange
{
    public PyRange(long start, long stop, long step)
    {
        Start = start;
        Stop = stop;
        Step = step;
        System.Int128 n = step > 0
            ? (start < stop ? ((System.Int128)stop - start - 1) / step + 1 : 0)
            : (start > stop ? ((System.Int128)start - stop - 1) / -(System.Int128)step + 1 : 0);
        LengthOrMinusOne = n <= long.MaxValue ? (long)n : -1;
    }

    public long Start { get; }

    public long Stop { get; }

    public long Step { get; }

    /// <summary>Number of items.</summary>
    /// <exception cref="System.OverflowException">The length does not fit a long (as before: Python sees OverflowError).</exception>
    public long Length => LengthOrMinusOne >= 0 ? LengthOrMinusOne : throw new System.OverflowException();

    /// <summary>The length computed once (the loop reads it on every step), or -1 when it does not fit a long.</summary>
    public long LengthOrMinusOne { get; }

    public long this[long i] => Start + i * Step;
}
