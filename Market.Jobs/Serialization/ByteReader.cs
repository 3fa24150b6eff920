using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace Market.Jobs.Serialization;

/// <summary>Reads what <see cref="ByteWriter"/> wrote; every read is bounds-checked and fails with <see cref="CorruptState"/>.</summary>
internal ref struct ByteReader
{
    private readonly ReadOnlySpan<byte> data;
    private int pos;

    public ByteReader(ReadOnlySpan<byte> data)
    {
        this.data = data;
        pos = 0;
    }

    public int Position => pos;

    public int Remaining => data.Length - pos;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte Byte()
    {
        if ((uint)pos >= (uint)data.Length)
        {
            Truncated(pos);
        }
        return data[pos++];
    }

    private static void Truncated(int at) => throw new CorruptState($"truncated at byte {at}");

    public ReadOnlySpan<byte> Bytes(int n)
    {
        if (n < 0 || n > Remaining)
        {
            throw new CorruptState($"truncated at byte {pos} (wanted {n} bytes)");
        }
        var s = data.Slice(pos, n);
        pos += n;
        return s;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong VarU()
    {
        // One byte is by far the most common case (small ints, counts, ASCII).
        if ((uint)pos < (uint)data.Length && data[pos] < 0x80)
        {
            return data[pos++];
        }
        return VarULong();
    }

    private ulong VarULong()
    {
        ulong v = 0;
        for (int shift = 0; shift < 70; shift += 7)
        {
            byte b = Byte();
            if (shift == 63 && b > 1)
            {
                throw new CorruptState($"varint overflow at byte {pos}");
            }
            v |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return v;
            }
        }
        throw new CorruptState($"varint too long at byte {pos}");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long VarS()
    {
        ulong u = VarU();
        return (long)(u >> 1) ^ -(long)(u & 1);
    }

    /// <summary>A non-negative count that cannot exceed what the remaining bytes could hold.</summary>
    public int Count(int bytesPerItem = 1)
    {
        ulong n = VarU();
        if (n > (ulong)Remaining / (ulong)Math.Max(1, bytesPerItem) + 0 || n > int.MaxValue)
        {
            throw new CorruptState($"count {n} at byte {pos} exceeds the data");
        }
        return (int)n;
    }

    public int Int(int max)
    {
        ulong n = VarU();
        if (n > (ulong)max)
        {
            throw new CorruptState($"value {n} at byte {pos} out of range (max {max})");
        }
        return (int)n;
    }

    public double Double()
    {
        var b = Bytes(8);
        return BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(b));
    }

    public string Str()
    {
        int n = Count();
        // All ASCII (one byte per character): widen in one go.
        if (n <= Remaining && !data.Slice(pos, n).ContainsAnyExceptInRange((byte)0, (byte)0x7F))
        {
            string s = Encoding.ASCII.GetString(data.Slice(pos, n));
            pos += n;
            return s;
        }
        var sb = new StringBuilder(n);
        for (int i = 0; i < n; i++)
        {
            ulong c = VarU();
            if (c > 0xFFFF)
            {
                throw new CorruptState($"bad character at byte {pos}");
            }
            sb.Append((char)c);
        }
        return sb.ToString();
    }
}
