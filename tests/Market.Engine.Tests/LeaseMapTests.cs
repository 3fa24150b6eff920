using FsCheck.Xunit;
using Market.Engine.Internal;

namespace Market.Engine.Tests;

public sealed class LeaseMapTests
{
    [Property(MaxTest = 200)]
    public bool AddRemoveFind_AnySequence_BehavesLikeADictionary(int[] ops)
    {
        var map = new LeaseMap(16);
        var reference = new Dictionary<long, int>();
        foreach (int op in ops)
        {
            // Few distinct ids make collisions, re-adds and removals of absent ids common.
            long id = 1 + (long)((uint)op % 97) * ((uint)op % 3 == 0 ? 1 : 4096);
            if ((op & 1) == 0)
            {
                bool added = map.TryAdd(new LeaseState { Id = id, Client = op });
                if (added != reference.TryAdd(id, op))
                {
                    return false;
                }
            }
            else
            {
                bool removedFromMap = map.Remove(id, out LeaseState removed);
                bool removedFromReference = reference.Remove(id, out int client);
                if (removedFromMap != removedFromReference || (removedFromMap && removed.Client != client))
                {
                    return false;
                }
            }
        }

        return map.Count == reference.Count
            && reference.All(kv => map.Contains(kv.Key) && map.Find(kv.Key).Client == kv.Value)
            && map.Values().All(l => reference.ContainsKey(l.Id))
            && !map.Contains(999_999_999);
    }
}
