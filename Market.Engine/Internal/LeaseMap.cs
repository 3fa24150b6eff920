using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Market.Engine.Internal;

/// <summary>The open leases by id: an open-addressing hash table (linear probing, backward-shift
/// deletion, at most half full). Unlike <see cref="Dictionary{TKey,TValue}"/>, inserting does not
/// walk a free list, so the inserts of a large matching step do not wait on one another.</summary>
internal sealed class LeaseMap
{
    private LeaseState[] slots;

    /// <summary>The same ids as bits: the lazy deadline heap asks about every lease once it has
    /// closed, and a miss in the table walks a probe run of 64-byte slots.</summary>
    private SlidingBitSet open = new();
    private int mask;
    private int shift;

    public LeaseMap(int capacity = 64)
    {
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, 16));
        slots = new LeaseState[size];
        mask = size - 1;
        shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
    }

    public int Count { get; private set; }

    public bool TryAdd(in LeaseState lease)
    {
        if (lease.Id <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lease), "Lease ids are positive.");
        }

        if ((Count + 1) * 2 > slots.Length)
        {
            Grow();
        }

        int i = Home(lease.Id);
        while (slots[i].Id != 0)
        {
            if (slots[i].Id == lease.Id)
            {
                return false;
            }

            i = (i + 1) & mask;
        }

        slots[i] = lease;
        open.Add(lease.Id);
        Count++;
        return true;
    }

    public bool Contains(long id) => open.Contains(id);

    /// <summary>A reference to the lease, or a null reference if it is not open.</summary>
    public ref LeaseState Find(long id)
    {
        if (id > 0)
        {
            for (int i = Home(id); slots[i].Id != 0; i = (i + 1) & mask)
            {
                if (slots[i].Id == id)
                {
                    return ref slots[i];
                }
            }
        }

        return ref Unsafe.NullRef<LeaseState>();
    }

    public bool Remove(long id, out LeaseState lease)
    {
        lease = default;
        int i = Home(id);
        while (slots[i].Id != id)
        {
            if (slots[i].Id == 0)
            {
                return false;
            }

            i = (i + 1) & mask;
        }

        lease = slots[i];
        open.Remove(id);
        // Backward-shift deletion: move later members of the probe run into the hole.
        int hole = i;
        for (int j = (i + 1) & mask; slots[j].Id != 0; j = (j + 1) & mask)
        {
            int home = Home(slots[j].Id);
            bool movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable)
            {
                slots[hole] = slots[j];
                hole = j;
            }
        }

        slots[hole] = default;
        Count--;
        return true;
    }

    /// <summary>The open leases in slot order (not id order).</summary>
    public IEnumerable<LeaseState> Values()
    {
        for (int i = 0; i < slots.Length; i++)
        {
            if (slots[i].Id != 0)
            {
                yield return slots[i];
            }
        }
    }

    /// <summary>Every slot; a slot whose <c>Id</c> is 0 is empty.</summary>
    public ReadOnlySpan<LeaseState> Slots => slots;

    public LeaseMap Clone()
    {
        var copy = new LeaseMap(slots.Length);
        Array.Copy(slots, copy.slots, slots.Length);
        copy.open = open.Clone();
        copy.Count = Count;
        return copy;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(long id) => (int)(unchecked((ulong)id * 0x9E3779B97F4A7C15UL) >> shift) & mask;

    private void Grow()
    {
        LeaseState[] old = slots;
        slots = new LeaseState[old.Length * 2];
        mask = slots.Length - 1;
        shift--;
        Count = 0;
        foreach (LeaseState lease in old)
        {
            if (lease.Id != 0)
            {
                TryAdd(lease);
            }
        }
    }
}
