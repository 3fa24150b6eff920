using FsCheck.Xunit;
using Market.Engine.Internal;

namespace Market.Engine.Tests;

public sealed class SlidingBitSetTests
{
    [Property(MaxTest = 300)]
    public bool AddRemoveContains_AnySequence_BehavesLikeAHashSet(int[] ops)
    {
        var set = new SlidingBitSet();
        var reference = new HashSet<long>();
        long rising = 1;
        foreach (int op in ops)
        {
            // Mostly rising ids (as leases are handed out), some far above and some far below, so
            // the window slides, grows and moves down; removals of ids never added too.
            uint u = (uint)op;
            long id = (u % 7) switch
            {
                0 => 1 + (u % 50_000),
                1 => rising + (u % 100_000),
                _ => rising += 1 + (u % 90),
            };
            if ((u & 8) == 0)
            {
                set.Add(id);
                reference.Add(id);
            }
            else
            {
                long victim = reference.Count > 0 && (u & 16) == 0 ? reference.ElementAt((int)(u % reference.Count)) : id;
                set.Remove(victim);
                reference.Remove(victim);
            }

            if (set.Contains(id) != reference.Contains(id))
            {
                return false;
            }
        }

        SlidingBitSet copy = set.Clone();
        set.Add(rising + 1_000_000); // the copy must not see it
        return reference.All(copy.Contains)
            && !copy.Contains(rising + 1_000_000)
            && Enumerable.Range(1, 2_000).All(i => copy.Contains(rising - i) == reference.Contains(rising - i))
            && !copy.Contains(0)
            && !copy.Contains(-5);
    }

    [Fact]
    public void Contains_AfterTheWindowSlidesFarUp_ForgetsNothingStillOpen()
    {
        var set = new SlidingBitSet();
        set.Add(3); // an old lease that stays open while a million later ones come and go
        for (long id = 4; id < 1_000_000; id++)
        {
            set.Add(id);
            set.Remove(id - 1 == 3 ? 0 : id - 1);
        }

        Assert.True(set.Contains(3));
        Assert.True(set.Contains(999_999));
        Assert.False(set.Contains(500_000));
        Assert.False(set.Contains(1_000_000));
    }
}
