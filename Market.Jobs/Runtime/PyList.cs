using System;

namespace Market.Jobs.Runtime;

/// <summary>A mutable Python list.</summary>
internal sealed class PyList
{
    public Value[] Items;
    public int Count;

    public PyList(int capacity = 4) => Items = capacity == 0 ? Array.Empty<Value>() : new Value[capacity];

    public PyList(Value[] items, int count)
    {
        Items = items;
        Count = count;
    }

    public Span<Value> Span => Items.AsSpan(0, Count);

    public void Add(Value v)
    {
        if (Count == Items.Length)
        {
            Grow(Count + 1);
        }
        Items[Count++] = v;
    }

    public void Grow(int min)
    {
        int cap = Math.Max(min, Math.Max(4, Items.Length * 2));
        Array.Resize(ref Items, cap);
    }

    public void Insert(int i, Value v)
    {
        if (Count == Items.Length)
        {
            Grow(Count + 1);
        }
        Array.Copy(Items, i, Items, i + 1, Count - i);
        Items[i] = v;
        Count++;
    }

    public void RemoveAt(int i)
    {
        Array.Copy(Items, i + 1, Items, i, Count - i - 1);
        Count--;
        Items[Count] = default;
    }

    public Value[] ToArray() => Items.AsSpan(0, Count).ToArray();
}
