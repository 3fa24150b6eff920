using FsCheck;
using FsCheck.Xunit;
using Market.Engine.Internal;

namespace Market.Engine.Tests;

public sealed class SortedBlocksTests
{
    [Property(MaxTest = 100)]
    public bool InsertRemove_AnySequence_MatchesSortedReference(int[] ops)
    {
        // Enough entries to split blocks: each op inserts or removes a few keys.
        var index = new SortedBlocks<PriceKey>();
        var reference = new SortedSet<(long NegPrice, int Job)>();
        int nextJob = 1;
        foreach (int op in ops)
        {
            uint u = (uint)op;
            if (u % 3 != 0 || reference.Count == 0)
            {
                for (int k = 0; k < 1 + (u % 400); k++)
                {
                    long price = (u >> 8) % 7 * (k % 5);
                    index.Insert(new PriceKey(price, nextJob));
                    reference.Add((-price, nextJob));
                    nextJob++;
                }
            }
            else
            {
                var victims = reference.Where((_, i) => i % (int)(2 + (u % 5)) == 0).Take(1 + (int)(u % 300)).ToList();
                foreach ((long negPrice, int job) in victims)
                {
                    index.Remove(new PriceKey(-negPrice, job));
                    reference.Remove((negPrice, job));
                }
            }
        }

        var actual = new List<(long, int)>();
        foreach (PriceKey e in index)
        {
            actual.Add((-e.Price, e.Job));
        }

        return index.Count == reference.Count && actual.SequenceEqual(reference);
    }

    [Fact]
    public void TryRemoveFirst_ManyFrontBlocksEmptied_ThenInsertsAndRemoves_MatchesReference()
    {
        var index = new SortedBlocks<PriceKey>();
        var reference = new SortedSet<(long NegPrice, int Job)>();
        var rng = new DeterministicRandom(4);
        int job = 1;
        for (int round = 0; round < 4; round++)
        {
            for (int i = 0; i < 20_000; i++, job++)
            {
                long price = (long)(rng.NextUInt64() % 1000);
                index.Insert(new PriceKey(price, job));
                reference.Add((-price, job));
            }

            for (int i = 0; i < 15_000; i++)
            {
                (long negPrice, int first) = reference.Min;
                Assert.False(index.TryRemoveFirst(new PriceKey(-negPrice, first + 1_000_000)));
                Assert.True(index.TryRemoveFirst(new PriceKey(-negPrice, first)));
                reference.Remove((negPrice, first));
            }

            foreach ((long negPrice, int j) in reference.Where((_, i) => i % 7 == 0).ToList())
            {
                index.Remove(new PriceKey(-negPrice, j));
                reference.Remove((negPrice, j));
            }
        }

        var actual = new List<(long, int)>();
        foreach (PriceKey e in index)
        {
            actual.Add((-e.Price, e.Job));
        }

        Assert.Equal(reference.Count, index.Count);
        Assert.Equal(reference, actual);
    }

    [Fact]
    public void Remove_Absent_ThrowsBrokenInvariant()
    {
        var index = new SortedBlocks<PriceKey>();
        index.Insert(new PriceKey(5, 1));
        Assert.Throws<InvalidOperationException>(() => index.Remove(new PriceKey(5, 2)));
    }

    [Property(MaxTest = 100)]
    public bool SpeedKeys_AnySpeedsWithTies_InTheOrderSpeedOrderSortsAPool(int[] speeds)
    {
        // Few distinct speeds make ties common; the sequence (arrival) breaks them.
        var pool = speeds.Select((s, i) => new PoolEntry(new ClientId(i + 1), 1 + ((uint)s % 13), 10 * (i + 1), TimeSpan.FromMinutes(10))).ToArray();
        var index = new SortedBlocks<SpeedKey>();
        foreach (PoolEntry p in pool.Reverse())
        {
            index.Insert(SpeedKey.Of(p));
        }

        int[] order = new int[pool.Length];
        new SpeedOrder().Sort(pool, order);
        var viaIndex = new List<int>();
        foreach (SpeedKey k in index)
        {
            viaIndex.Add(k.Client - 1);
        }

        return viaIndex.SequenceEqual(order);
    }

    [Fact]
    public void TakeBestThenPutBack_SteadyState_AllocatesNothing()
    {
        // What a market does to its ready-list: rank matching takes the 10,000 best jobs, their
        // check-ins put them back at other prices. Once warm (blocks are split, never merged, so their
        // number creeps up over the first rounds until their fill settles), emptied blocks are reused.
        var index = new SortedBlocks<PriceKey>();
        var rng = new DeterministicRandom(9);
        int job = 1;
        for (; job <= 50_000; job++)
        {
            index.Insert(new PriceKey((long)(rng.NextUInt64() % 100_000), job));
        }

        var taken = new int[10_000];
        void Round()
        {
            for (int i = 0; i < taken.Length; i++)
            {
                PriceKey first = index.First;
                Assert.True(index.TryRemoveFirst(first));
                taken[i] = first.Job;
            }

            foreach (int j in taken)
            {
                index.Insert(new PriceKey((long)(rng.NextUInt64() % 100_000), j));
            }
        }

        for (int warm = 0; warm < 200; warm++)
        {
            Round();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int r = 0; r < 20; r++)
        {
            Round();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(50_000, index.Count);
    }
}
