using System;
using System.Runtime.CompilerServices;

namespace Market.Engine.Internal;

/// <summary>The open leases by id: for each, the client that holds it (the lease itself is kept in
/// that client's <see cref="ClientState"/>, as a client holds at most one). An array over the stretch
/// of ids from the oldest open lease to the newest, so finding a lease reads one int.</summary>
/// <remarks>Lease ids are handed out in rising order and leases close within their length, so the
/// stretch stays short and slides up; memory follows it (4 bytes per id), not the number of leases
/// ever granted.</remarks>
internal sealed class LeaseIndex
{
    private int[] holders = new int[64];

    /// <summary>The lease id of <c>holders[0]</c>.</summary>
    private long baseId = 1;

    /// <summary>Open leases.</summary>
    public int Count { get; private set; }

    /// <summary>The client holding open lease <paramref name="id"/>, or 0 if it is not open.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int HolderOf(long id)
    {
        long k = id - baseId;
        return unchecked((ulong)k) < (ulong)holders.Length ? holders[k] : 0;
    }

    public bool Contains(long id) => HolderOf(id) != 0;

    /// <summary>Records that <paramref name="client"/> holds open lease <paramref name="id"/>.</summary>
    /// <exception cref="InvalidOperationException">The lease is already open.</exception>
    public void Add(long id, int client)
    {
        if (id <= 0 || client <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(id), "Lease and client ids are positive.");
        }

        long k = id - baseId;
        if (unchecked((ulong)k) >= (ulong)holders.Length)
        {
            Rebase(id);
            k = id - baseId;
        }

        if (holders[k] != 0)
        {
            throw new InvalidOperationException("Lease " + id + " is already open.");
        }

        holders[k] = client;
        Count++;
    }

    /// <summary>Forgets open lease <paramref name="id"/>; false if it was not open.</summary>
    public bool Remove(long id)
    {
        long k = id - baseId;
        if (unchecked((ulong)k) >= (ulong)holders.Length || holders[k] == 0)
        {
            return false;
        }

        holders[k] = 0;
        Count--;
        return true;
    }

    public LeaseIndex Clone() => new() { holders = (int[])holders.Clone(), baseId = baseId, Count = Count };

    /// <summary>Moves (and if need be grows) the array so that it covers every open lease and
    /// <paramref name="id"/>, with room above for the ids to come.</summary>
    private void Rebase(long id)
    {
        long low = id, high = id;
        for (int i = 0; i < holders.Length; i++)
        {
            if (holders[i] != 0)
            {
                low = Math.Min(low, baseId + i);
                high = Math.Max(high, baseId + i);
            }
        }

        // Sized to the stretch now, not the largest ever (a burst of leases at the start would keep
        // its size for good): twice the stretch, rounded up to a power of two; an array up to four
        // times that is kept, so a stretch that hovers about a power of two does not reallocate.
        long span = high - low + 1;
        long size = 64;
        while (size < 2 * span)
        {
            size *= 2;
        }

        long shift = low - baseId;
        if (size <= holders.Length && holders.Length <= 4 * size && shift >= 0)
        {
            // The usual case: the stretch slid up and still fits. Move it down in place (a steady
            // market allocates nothing here).
            if (shift >= holders.Length)
            {
                Array.Clear(holders);
            }
            else if (shift > 0)
            {
                int keep = holders.Length - (int)shift;
                Array.Copy(holders, (int)shift, holders, 0, keep);
                Array.Clear(holders, keep, (int)shift);
            }
        }
        else
        {
            var moved = new int[checked((int)size)];
            for (int i = 0; i < holders.Length; i++)
            {
                if (holders[i] != 0)
                {
                    moved[baseId + i - low] = holders[i];
                }
            }

            holders = moved;
        }

        baseId = low;
    }
}
