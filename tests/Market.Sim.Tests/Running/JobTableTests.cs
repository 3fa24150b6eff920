using Market.Sim.Running;

namespace Market.Sim.Tests.Running;

public sealed class JobTableTests
{
    [Fact]
    public void Add_PastSeveralChunks_EveryJobAtItsId()
    {
        var table = new JobTable();
        const int Count = 40_000; // more than two chunks
        for (int i = 1; i <= Count; i++)
        {
            Assert.Equal(i, table.Add(new SimJob { Work = i, FirstLeaseTicks = long.MinValue, CompletedTicks = long.MinValue }));
        }

        Assert.Equal(Count, table.Count);
        table.At(17_000).WorkLeft = 5;
        Assert.Equal(5, table[16_999].WorkLeft);
        Assert.Equal(Enumerable.Range(1, Count).Select(i => (double)i), table.Select(j => j.Work));
        Assert.Equal(Count, table[^1].Work);
        Assert.Null(table[0].FirstLease);
        Assert.Throws<ArgumentOutOfRangeException>(() => table.At(0).Work);
        Assert.Throws<ArgumentOutOfRangeException>(() => table.At(Count + 1).Work);
    }
}
