using System;
using System.Buffers.Binary;

namespace Market.Jobs.Serialization;

/// <summary>A growable little-endian byte buffer with LEB128 varints.</summary>
internal sealed class ByteWriter
{
    private byte[] buf = new byte[1024];
    private int len;

    public int Length => len;

    private void Ensure(int n)
    {
        if (len + n > buf.Length)
        {
            Array.Resize(ref buf, Math.Max(buf.Length * 2, len + n));
        }
    }

    public void Byte(byte b)
    {
        if (len == buf.Length)
        {
            Ensure(1);
        }
        buf[len++] = b;
    }

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(buf.AsSpan(len));
        len += bytes.Length;
    }

    public void VarU(ulong v)
    {
        if (v < 0x80 && len < buf.Length)
        {
            buf[len++] = (byte)v;
            return;
        }
        Ensure(10);
        while (v >= 0x80)
        {
            buf[len++] = unchecked((byte)(v | 0x80));
            v >>= 7;
        }
        buf[len++] = (byte)v;
    }

    public void VarS(long v) => VarU(unchecked((ulong)((v << 1) ^ (v >> 63))));

    public void Double(double d)
    {
        Ensure(8);
        long bits = double.IsNaN(d) ? 0x7FF8000000000000L : BitConverter.DoubleToInt64Bits(d);
        BinaryPrimitives.WriteInt64LittleEndian(buf.AsSpan(len), bits);
        len += 8;
    }

    /// <summary>A string as its UTF-16 code units, each a varint (ASCII costs one byte, lone surrogates survive).</summary>
    public void Str(string s)
    {
        VarU((ulong)s.Length);
        Ensure(s.Length);
        if (System.Text.Ascii.IsValid(s))
        {
            len += System.Text.Encoding.ASCII.GetBytes(s, buf.AsSpan(len));
            return;
        }
        foreach (char c in s)
        {
            if (c < 0x80)
            {
                Ensure(1);
                buf[len++] = (byte)c;
            }
            else
            {
                VarU(c);
            }
        }
    }

    public byte[] ToArray() => buf.AsSpan(0, len).ToArray();
}
