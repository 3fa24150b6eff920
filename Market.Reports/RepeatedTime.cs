using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Market.Engine;

namespace Market.Reports;

/// <summary>One time attribute of an element that repeats (a dispatch's check-out, deadline or
/// check-in), kept formatted: consecutive dispatches mostly share their check-out and deadline (a
/// pooling window grants its leases at one instant), so most times are copied, not formatted.</summary>
internal sealed class RepeatedTime(Utf8Time formatter)
{
    private long ticks = long.MinValue;
    private int length;
    private ulong text0;
    private ulong text1;
    private ulong text2;
    private ulong text3;

    /// <summary>Writes <paramref name="t"/> as <see cref="Utf8Time"/> does into
    /// <paramref name="destination"/> (at least <see cref="Utf8Time.MaxBytes"/> bytes); the bytes written.</summary>
    public int Write(Instant t, Span<byte> destination)
    {
        if (t.Ticks != ticks || length == 0)
        {
            Keep(t);
        }

        _ = destination[Utf8Time.MaxBytes - 1];
        BinaryPrimitives.WriteUInt64LittleEndian(destination, text0);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], text1);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[16..], text2);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[24..], text3);
        return length;
    }

    /// <summary>Formats a new time (apart, so that the copy above stays small enough to inline).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Keep(Instant t)
    {
        Span<byte> text = stackalloc byte[Utf8Time.MaxBytes];
        length = formatter.Format(t, text);
        ticks = t.Ticks;
        text0 = BinaryPrimitives.ReadUInt64LittleEndian(text);
        text1 = BinaryPrimitives.ReadUInt64LittleEndian(text[8..]);
        text2 = BinaryPrimitives.ReadUInt64LittleEndian(text[16..]);
        text3 = BinaryPrimitives.ReadUInt64LittleEndian(text[24..]);
    }
}
