using Market.Sim.Running;

namespace Market.Sim.Tests.Running;

public sealed class EventQueueTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TryDequeue_RandomSchedule_SameOrderAsAPriorityQueueByTimePrioritySequence(ulong seed)
    {
        // The simulation's use: events at the current instant or later, requests at the current
        // instant through the lane, interleaved with taking the first event.
        var rng = new DeterministicRandom(seed);
        var queue = new EventQueue();
        var reference = new PriorityQueue<SimEvent, (long Time, int Priority, long Sequence)>();
        long sequence = 0;
        long now = 0;
        int checkedEvents = 0;
        for (int step = 0; step < 20_000; step++)
        {
            int adds = (int)(rng.NextUInt64() % 3);
            for (int a = 0; a < adds; a++)
            {
                var kind = (SimEventKind)(rng.NextUInt64() % 11);
                bool lane = kind == SimEventKind.Request;
                long time = lane ? now : now + (long)(rng.NextUInt64() % 4); // many ties on time
                var e = new SimEvent(kind, (int)(rng.NextUInt64() % 100), 0, sequence);
                queue.Enqueue(time, sequence, e, now: lane);
                reference.Enqueue(e, (time, (int)kind, sequence));
                sequence++;
            }

            if (rng.NextUInt64() % 2 == 0 && reference.TryDequeue(out SimEvent expected, out var key))
            {
                Assert.True(queue.TryDequeue(out SimEvent actual, out long time));
                Assert.Equal(expected, actual);
                Assert.Equal(key.Time, time);
                now = time;
                checkedEvents++;
            }

            Assert.Equal(reference.Count, queue.Count);
        }

        while (reference.TryDequeue(out SimEvent expected, out _))
        {
            Assert.True(queue.TryDequeue(out SimEvent actual, out _));
            Assert.Equal(expected, actual);
        }

        Assert.False(queue.TryDequeue(out _, out _));
        Assert.True(checkedEvents > 1000);
    }
    [Fact]
    public void TryPeekAhead_RunsHeapAndLane_GuessesFromTheEarliestRunAndChangesNoOrder()
    {
        var queue = new EventQueue();
        Assert.False(queue.TryPeekAhead(3, out _, out _));

        // Events in time order land in one run: the peek reads that far along it (its last if shorter).
        for (int i = 0; i < 5; i++)
        {
            queue.Enqueue(10 + i, i, new SimEvent(SimEventKind.SliceDone, 100 + i, 0, i), now: false);
        }

        Assert.True(queue.TryPeekAhead(0, out SimEventKind kind, out int subject));
        Assert.Equal((SimEventKind.SliceDone, 100), (kind, subject));
        Assert.True(queue.TryPeekAhead(3, out kind, out subject));
        Assert.Equal((SimEventKind.SliceDone, 103), (kind, subject));
        Assert.True(queue.TryPeekAhead(50, out kind, out subject));
        Assert.Equal((SimEventKind.SliceDone, 104), (kind, subject));

        // The lane (events due now) is not looked at; an earlier event in another run is.
        queue.Enqueue(10, 5, new SimEvent(SimEventKind.Request, 7, 0, 0), now: true);
        queue.Enqueue(5, 6, new SimEvent(SimEventKind.TestDone, 200, 0, 0), now: false);
        Assert.True(queue.TryPeekAhead(2, out kind, out subject));
        Assert.Equal((SimEventKind.TestDone, 200), (kind, subject));

        // Peeking changed nothing: the order is by time, priority, sequence, as before.
        var order = new List<int>();
        while (queue.TryDequeue(out SimEvent next, out _))
        {
            order.Add(next.Subject);
            queue.TryPeekAhead(1, out _, out _);
        }

        Assert.Equal([200, 100, 7, 101, 102, 103, 104], order);
        Assert.False(queue.TryPeekAhead(0, out _, out _));
    }
}
