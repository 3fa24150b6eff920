using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Market.Engine.Internal;

/// <summary>A growable array of mutable structs addressed by index: the engine's storage for
/// accounts, clients and jobs (their ids are their indexes).</summary>
internal sealed class Table<T>
    where T : struct
{
    private T[] items;

    public Table(int capacity = 16) => items = new T[Math.Max(capacity, 4)];

    public int Count { get; private set; }

    public ref T this[int index]
    {
        // Inlined into the hot loops (the throw is out of line: a method that throws is not inlined).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Count)
            {
                OutOfRange();
            }

            return ref items[index];
        }
    }

    /// <summary>The entries, for reading in place (valid until the table next grows or shrinks).</summary>
    public ReadOnlySpan<T> AsReadOnlySpan() => items.AsSpan(0, Count);

    public bool Contains(int index) => (uint)index < (uint)Count;

    /// <summary>Makes room for <paramref name="capacity"/> entries at once (no doubling past it).</summary>
    public void EnsureCapacity(int capacity)
    {
        if (items.Length < capacity)
        {
            Array.Resize(ref items, capacity);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Add(in T item)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        items[Count] = item;
        return Count++;
    }

    /// <summary>Drops the entries from <paramref name="count"/> on.</summary>
    public void Truncate(int count)
    {
        Array.Clear(items, count, Count - count);
        Count = count;
    }

    [DoesNotReturn]
    private static void OutOfRange() => throw new ArgumentOutOfRangeException("index");

    public Table<T> Clone()
    {
        var copy = new Table<T>(items.Length);
        Array.Copy(items, copy.items, Count);
        copy.Count = Count;
        return copy;
    }
}
