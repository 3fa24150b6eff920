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
        var open = new LeaseMap();
        for (long lease = 1; lease <= 3000; lease++)
        {
            heap.Push(10_000 - lease, lease);
            if (lease % 3 == 0)
            {
                open.TryAdd(new LeaseState { Id = lease, Deadline = new Instant(10_000 - lease) });
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
}
