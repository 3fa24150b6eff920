using System;
using System.Runtime.CompilerServices;

namespace Market.Jobs.Runtime;

/// <summary>An insertion-ordered Python dict: entries in arrays (with tombstones), a hash index beside them.</summary>
/// <remarks>
/// The index is open addressing with linear probing over entry numbers; a key is found by equal hash and
/// <see cref="Ops.Eq(Value, Value)"/>, exactly the rule the index always had. Its layout is never observable (iteration goes by
/// entry slot), so it is rebuilt freely.
/// </remarks>
internal sealed class PyDict
{
    private const int Empty = 0;
    private const int Deleted = -1;

    public Value[] Keys;
    public Value[] Vals;

    /// <summary>Hash of each entry's key (valid for live entries).</summary>
    private int[] hashes;

    /// <summary>Entry number + 1, <see cref="Empty"/> or <see cref="Deleted"/>; the length is a power of two.</summary>
    private int[] buckets;

    /// <summary>An empty dict with room for <paramref name="capacity"/> entries before it grows.</summary>
    public PyDict(int capacity = 4)
    {
        capacity = Math.Max(4, capacity);
        Keys = new Value[capacity];
        Vals = new Value[capacity];
        hashes = new int[capacity];
        buckets = new int[8];
        Reindex();
    }

    /// <summary>Buckets in use, deleted ones included (drives rebuilding).</summary>
    private int filled;

    /// <summary>Number of entry slots used, tombstones included (a tombstone has an unbound key).</summary>
    public int Used;

    public int Count { get; private set; }

    /// <summary>Bumped when keys are added or removed, so iterators can detect a change of size.</summary>
    public int Version;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(Value key, out Value value)
    {
        int e = Find(key, Ops.Hash(key), out _);
        if (e >= 0)
        {
            value = Vals[e];
            return true;
        }
        value = default;
        return false;
    }

    public bool ContainsKey(Value key) => Find(key, Ops.Hash(key), out _) >= 0;

    /// <summary>Sets a key; returns true when the key is new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Set(Value key, Value value)
    {
        int h = Ops.Hash(key);
        int e = Find(key, h, out int bucket);
        if (e >= 0)
        {
            Vals[e] = value;
            return false;
        }
        if (Used == Keys.Length)
        {
            if (Count < Used / 2)
            {
                Compact();
            }
            if (Used == Keys.Length)
            {
                Array.Resize(ref Keys, Keys.Length * 2);
                Array.Resize(ref Vals, Vals.Length * 2);
                Array.Resize(ref hashes, hashes.Length * 2);
            }
            bucket = -1;
        }
        Keys[Used] = key;
        Vals[Used] = value;
        hashes[Used] = h;
        if (bucket < 0 || (filled + 1) * 4 > buckets.Length * 3)
        {
            Used++;
            Count++;
            Reindex();
        }
        else
        {
            if (buckets[bucket] == Empty)
            {
                filled++;
            }
            buckets[bucket] = Used + 1;
            Used++;
            Count++;
        }
        Version++;
        return true;
    }

    public bool Remove(Value key, out Value value)
    {
        int i = Find(key, Ops.Hash(key), out int bucket);
        if (i < 0)
        {
            value = default;
            return false;
        }
        buckets[bucket] = Deleted;
        Count--;
        value = Vals[i];
        Keys[i] = default;
        Vals[i] = default;
        Version++;
        if (i == Used - 1)
        {
            Used--;
        }
        return true;
    }

    public void Clear()
    {
        Array.Clear(buckets);
        filled = 0;
        Count = 0;
        Array.Clear(Keys);
        Array.Clear(Vals);
        Used = 0;
        Version++;
    }

    /// <summary>Entry slot of the n-th live entry at or after slot <paramref name="from"/>, or -1.</summary>
    public int NextLive(int from)
    {
        for (int i = from; i < Used; i++)
        {
            if (!Keys[i].IsUnbound)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// The entry holding <paramref name="key"/>, or -1; then <paramref name="bucket"/> is where it would go
    /// (the first deleted bucket on the way, else the empty one that ended the search).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Find(Value key, int hash, out int bucket)
    {
        int[] b = buckets;
        int mask = b.Length - 1;
        int i = hash & mask;
        int firstDeleted = -1;
        while (true)
        {
            int entry = b[i];
            if (entry == Empty)
            {
                bucket = firstDeleted >= 0 ? firstDeleted : i;
                return -1;
            }
            if (entry == Deleted)
            {
                if (firstDeleted < 0)
                {
                    firstDeleted = i;
                }
            }
            else if (hashes[entry - 1] == hash && Ops.Eq(Keys[entry - 1], key))
            {
                bucket = i;
                return entry - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /// <summary>Rebuilds the index over the live entries: twice as many buckets as entry slots, so at most half full.</summary>
    private void Reindex()
    {
        int size = 8;
        while (size < 2 * Keys.Length)
        {
            size *= 2;
        }
        buckets = new int[size];
        int mask = size - 1;
        for (int e = 0; e < Used; e++)
        {
            if (Keys[e].IsUnbound)
            {
                continue;
            }
            int i = hashes[e] & mask;
            while (buckets[i] != Empty)
            {
                i = (i + 1) & mask;
            }
            buckets[i] = e + 1;
        }
        filled = Count;
    }

    private void Compact()
    {
        int j = 0;
        for (int i = 0; i < Used; i++)
        {
            if (!Keys[i].IsUnbound)
            {
                Keys[j] = Keys[i];
                Vals[j] = Vals[i];
                hashes[j] = hashes[i];
                j++;
            }
        }
        Array.Clear(Keys, j, Used - j);
        Array.Clear(Vals, j, Used - j);
        Used = j;
        Reindex();
    }
}
