using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Market.Engine.Internal;

/// <summary>A growable table of small structs, like <see cref="Table{T}"/>, whose entries start on
/// 64-byte boundaries: an entry of 64 bytes is exactly one cache line. (An ordinary array starts
/// 16 bytes into its object, so most of its 64-byte entries would straddle two lines.)</summary>
/// <remarks>The entries live in a pinned byte array (pinned so the garbage collector never moves it
/// off its alignment) at the first 64-byte boundary.</remarks>
internal sealed class AlignedTable<T>
    where T : unmanaged
{
    private const int Line = 64;
    private static readonly int Size = Unsafe.SizeOf<T>();
    private byte[] bytes;
    private int offset;
    private int capacity;

    public AlignedTable(int capacity = 16)
    {
        if (Line % Size != 0 && Size % Line != 0)
        {
            throw new InvalidOperationException("An aligned table holds entries that divide or fill whole cache lines.");
        }

        (bytes, offset) = Allocate(Math.Max(capacity, 4));
        this.capacity = Math.Max(capacity, 4);
    }

    public int Count { get; private set; }

    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Count)
            {
                OutOfRange();
            }

            return ref Unsafe.As<byte, T>(ref bytes[offset + (index * Size)]);
        }
    }

    public bool Contains(int index) => (uint)index < (uint)Count;

    public int Add(in T item)
    {
        if (Count == capacity)
        {
            Grow(capacity * 2);
        }

        Count++;
        this[Count - 1] = item;
        return Count - 1;
    }

    /// <summary>Makes room for <paramref name="entries"/> entries at once (no doubling past it).</summary>
    public void EnsureCapacity(int entries)
    {
        if (capacity < entries)
        {
            Grow(entries);
        }
    }

    public AlignedTable<T> Clone()
    {
        var copy = new AlignedTable<T>(capacity);
        Array.Copy(bytes, offset, copy.bytes, copy.offset, Count * Size);
        copy.Count = Count;
        return copy;
    }

    private void Grow(int newCapacity)
    {
        (byte[] grown, int grownOffset) = Allocate(newCapacity);
        Array.Copy(bytes, offset, grown, grownOffset, Count * Size);
        bytes = grown;
        offset = grownOffset;
        capacity = newCapacity;
    }

    private static (byte[] Bytes, int Offset) Allocate(int entries)
    {
        byte[] b = GC.AllocateArray<byte>(checked((entries * Size) + Line), pinned: true);
        long address = Marshal.UnsafeAddrOfPinnedArrayElement(b, 0).ToInt64();
        return (b, (int)((Line - (address % Line)) % Line));
    }

    [DoesNotReturn]
    private static void OutOfRange() => throw new ArgumentOutOfRangeException("index");
}
