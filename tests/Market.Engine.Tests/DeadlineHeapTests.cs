using Market.Engine.Internal;

namespace Market.Engine.Tests;

public sealed class DeadlineHeapTests
{
    [Fact]
    public void PushPop_RandomDeadlines_PopsInDeadlineThenLeaseOrder()
    {
        var heap = new DeadlineHeap();
        var rng = new DeterministicRandom(9);
        var expected = new List<(long, long)>();
        for (long lease = 1; lease <= 5000; lease++)
        {
            long deadline = (long)(rng.NextUInt64() % 300);
            heap.Push(deadline, lease);
            expected.Add((deadline, lease));
        }

        expected.Sort();
        var actual = new List<(long, long)>();
        while (heap.TryPeek(out long d, out long l))
        {
            actual.Add((d, l));
            heap.Pop();
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Rebuild_KeepsOnlyOpenLeasesInOrder()
    {
        var heap = new DeadlineHeap();
        var open = new LeaseIndex();
        for (long lease = 1; lease <= 3000; lease++)
        {
            heap.Push(10_000 - lease, lease);
            if (lease % 3 == 0)
            {
                open.Add(lease, 1);
            }
        }

        heap.Rebuild(open);
        Assert.Equal(1000, heap.Count);
        long previous = long.MinValue;
        while (heap.TryPeek(out long d, out long l))
        {
            Assert.True(open.Contains(l) && d >= previous);
            previous = d;
            heap.Pop();
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool PushPopRebuild_LeasesOfAFewLengthsAndOdd_SameOrderAsASortedSet(int[] ops)
    {
        // Deadlines are mostly now + one of three lengths (each length's pairs arrive in order, so
        // they go to sorted runs), sometimes arbitrary (the heap); closings and rebuilds between.
        var heap = new DeadlineHeap();
        var reference = new SortedSet<(long, long)>();
        var open = new LeaseIndex();
        long now = 0;
        long lease = 0;
        foreach (int op in ops)
        {
            uint u = (uint)op;
            now += u % 5;
            switch (u % 11)
            {
                case < 6:
                    long deadline = now + (((u >> 4) % 3) switch { 0 => 300, 1 => 600, _ => 50 });
                    heap.Push(deadline, ++lease);
                    reference.Add((deadline, lease));
                    open.Add(lease, 1);
                    break;
                case 6:
                    long odd = (u >> 4) % 1000;
                    heap.Push(odd, ++lease);
                    reference.Add((odd, lease));
                    open.Add(lease, 1);
                    break;
                case < 9:
                    if (reference.Count == 0)
                    {
                        if (heap.TryPeek(out _, out _))
                        {
                            return false;
                        }

                        break;
                    }

                    if (!heap.TryPeek(out long d, out long l) || reference.Min != (d, l))
                    {
                        return false;
                    }

                    heap.Pop();
                    reference.Remove((d, l));
                    open.Remove(l);
                    break;
                case 9:
                    if (lease > 0)
                    {
                        // A lease closes early: it stays queued until it reaches the front.
                        open.Remove(1 + ((u >> 4) % lease));
                    }

                    break;
                default:
                    heap.Rebuild(open);
                    reference.RemoveWhere(p => !open.Contains(p.Item2));
                    break;
            }

            if (heap.Count != reference.Count)
            {
                return false;
            }
        }

        DeadlineHeap copy = heap.Clone();
        heap.Push(-1, ++lease); // the copy must not see it
        var drained = new List<(long, long)>();
        while (copy.TryPeek(out long d, out long l))
        {
            drained.Add((d, l));
            copy.Pop();
        }

        return drained.SequenceEqual(reference);
    }
}
