using System.Collections.Generic;
using Market.Engine.Internal;

namespace Market.Engine;

/// <content>A check of the derived indexes against the state they index (for tests).</content>
public sealed partial class MarketEngine
{
    /// <summary>What is wrong with the indexes the engine keeps beside its state (the pool's speed
    /// order, the open leases by id), or null when they agree with it. O(state): for tests.</summary>
    internal string? CheckIndexes()
    {
        EngineState s = state;
        var live = new List<PoolEntry>();
        for (int i = 0; i < s.Pool.Count; i++)
        {
            if (IsLiveSlot(i))
            {
                live.Add(s.Pool[i]);
                if (s.Clients[s.Pool[i].Client.Value].PoolSlot != i)
                {
                    return "pool slot " + i + " is not its client's";
                }
            }
        }

        if (live.Count != s.PoolLive)
        {
            return "the pool holds " + live.Count + " live requests, not " + s.PoolLive;
        }

        int[] order = new int[live.Count];
        new SpeedOrder().Sort(live.ToArray(), order);
        int k = 0;
        foreach (SpeedKey key in s.PoolBySpeed)
        {
            if (k >= order.Length || key != SpeedKey.Of(live[order[k]]))
            {
                return "the speed order differs from the pool's at position " + k;
            }

            k++;
        }

        if (k != order.Length)
        {
            return "the speed order holds " + k + " requests, the pool " + order.Length;
        }

        int open = 0;
        for (int c = 1; c < s.Clients.Count; c++)
        {
            long lease = s.Clients[c].OpenLease;
            if (lease != 0)
            {
                open++;
                if (s.Leases.HolderOf(lease) != c)
                {
                    return "lease " + lease + " of client " + c + " is not indexed to it";
                }
            }
        }

        return open == s.Leases.Count ? null : "the lease index counts " + s.Leases.Count + " open leases, the clients " + open;
    }
}
