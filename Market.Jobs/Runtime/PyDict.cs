using System;
using System.Collections.Generic;

namespace Market.Jobs.Runtime;

/// <summary>An insertion-ordered Python dict: entries in arrays (with tombstones), a hash index beside them.</summary>
internal sealed class PyDict
{
    private readonly Dictionary<Value, int> index = new(ValueComparer.Instance);
    public Value[] Keys = new Value[4];
    public Value[] Vals = new Value[4];

    /// <summary>Number of entry slots used, tombstones included (a tombstone has an unbound key).</summary>
    public int Used;

    public int Count => index.Count;

    /// <summary>Bumped when keys are added or removed, so iterators can detect a change of size.</summary>
    public int Version;

    public bool TryGet(Value key, out Value value)
    {
        if (index.TryGetValue(key, out int i))
        {
            value = Vals[i];
            return true;
        }
        value = default;
        return false;
    }

    public bool ContainsKey(Value key) => index.ContainsKey(key);

    /// <summary>Sets a key; returns true when the key is new.</summary>
    public bool Set(Value key, Value value)
    {
        if (index.TryGetValue(key, out int i))
        {
            Vals[i] = value;
            return false;
        }
        if (Used == Keys.Length)
        {
            if (index.Count < Used / 2)
            {
                Compact();
            }
            if (Used == Keys.Length)
            {
                Array.Resize(ref Keys, Keys.Length * 2);
                Array.Resize(ref Vals, Vals.Length * 2);
            }
        }
        Keys[Used] = key;
        Vals[Used] = value;
        index[key] = Used;
        Used++;
        Version++;
        return true;
    }

    public bool Remove(Value key, out Value value)
    {
        if (!index.Remove(key, out int i))
        {
            value = default;
            return false;
        }
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
        index.Clear();
        Array.Clear(Keys);
        Array.Clear(Vals);
        Used = 0;
        Version++;
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
                index[Keys[j]] = j;
                j++;
            }
        }
        Array.Clear(Keys, j, Used - j);
        Array.Clear(Vals, j, Used - j);
        Used = j;
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
}
