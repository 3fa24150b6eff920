using System;
using System.Runtime.CompilerServices;

namespace Market.Jobs.Runtime;

/// <summary>The call stack of a job state, outermost frame first (a plain array stack: calls push and pop it constantly).</summary>
/// <remarks>
/// A popped frame stays in its slot as a spare until <see cref="TrimSpares"/>: the next call at that depth of the
/// same (non-generator) code reuses it. Slots at or above <see cref="Count"/> are never part of the state.
/// </remarks>
internal sealed class FrameStack
{
    private Frame?[] items = new Frame?[16];

    /// <summary>Highest slot count used since the last trim (spares live below it).</summary>
    private int high;

    public int Count { get; private set; }

    public Frame this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Count)
            {
                ThrowOutOfRange();
            }
            return items[index]!;
        }
    }

    /// <summary>The innermost frame.</summary>
    public Frame Top => this[Count - 1];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(Frame f)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }
        items[Count++] = f;
        if (Count > high)
        {
            high = Count;
        }
    }

    /// <summary>Removes the innermost frame (it stays as the spare of its slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Pop()
    {
        if (Count == 0)
        {
            ThrowOutOfRange();
        }
        Count--;
    }

    /// <summary>A fresh-looking frame for a call of <paramref name="code"/> pushed next: the slot's spare, or a new one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Frame Rent(CodeObject code)
    {
        if (Count < items.Length && items[Count] is { } spare && ReferenceEquals(spare.Code, code) && !code.IsGenerator)
        {
            // Unbound locals must read as default; stack slots at or above Sp are never read. A loop beats a
            // call into memset for the few locals a function has.
            Value[] locals = spare.Locals;
            for (int i = 0; i < locals.Length; i++)
            {
                locals[i] = default;
            }
            spare.Ip = 0;
            spare.Sp = 0;
            spare.HandlerCount = 0;
            return spare;
        }
        return new Frame(code);
    }

    /// <summary>Drops the spares, so that they do not keep garbage alive between slices.</summary>
    public void TrimSpares()
    {
        Array.Clear(items, Count, high - Count);
        high = Count;
    }

    public void Clear()
    {
        Count = 0;
        TrimSpares();
    }

    private static void ThrowOutOfRange() => throw new InvalidOperationException("no such frame");

    public ReadOnlySpan<Frame>.Enumerator GetEnumerator() => new ReadOnlySpan<Frame>(items!, 0, Count).GetEnumerator();
}
