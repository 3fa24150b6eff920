using Market.Sim.Running;

namespace Market.Sim.Tests.Running;

public sealed class LooseJobsTests
{
    [Fact]
    public void AddFindRemove_ManyRandomOperations_AgreeWithADictionary()
    {
        // Ids in clusters (a chunk's), added and removed in random order, through several growths
        // and with long probe runs shifted back on removal: the table holds exactly what a
        // Dictionary holds, every job findable, every other id not.
        var table = new LooseJobs();
        var oracle = new Dictionary<int, SimJob>();
        var random = new Random(11);
        for (int step = 0; step < 200_000; step++)
        {
            int id = random.Next(4) == 0 ? random.Next(1, int.MaxValue) : 1 + random.Next(20_000);
            if (random.Next(3) == 0 || oracle.ContainsKey(id))
            {
                bool held = oracle.Remove(id, out SimJob expected);
                Assert.Equal(held, table.Remove(id, out SimJob removed));
                Assert.Equal(expected, removed);
            }
            else
            {
                var job = new SimJob { Work = id, Slices = step };
                oracle.Add(id, job);
                table.Add(id, job);
            }

            if (step % 20_000 == 0)
            {
                AssertSame(oracle, table);
            }
        }

        AssertSame(oracle, table);
        foreach (int id in oracle.Keys.ToList())
        {
            Assert.True(table.Remove(id, out _));
        }

        Assert.Equal(0, table.Count);
        Assert.True(System.Runtime.CompilerServices.Unsafe.IsNullRef(ref table.Find(1)));
    }

    [Theory]
    [InlineData(60, 44)] // 44 jobs at most: 64 slots, seven tenths full
    [InlineData(120, 89)] // 128 slots
    public void AddRemove_NearlyFullSmallTable_ClustersThatWrapAroundStayReachable(int ids, int most)
    {
        // Few ids, so the table stays at its smallest sizes and near its limit: clusters of probes
        // run past the table's end and back to its start, and removals there must shift back
        // exactly the slots whose home they pass.
        var table = new LooseJobs();
        var oracle = new Dictionary<int, SimJob>();
        var random = new Random(ids);
        int[] pool = Enumerable.Range(0, ids).Select(_ => random.Next(1, int.MaxValue)).Distinct().ToArray(); // random homes (small consecutive ids spread too evenly to collide much)
        for (int step = 0; step < 100_000; step++)
        {
            int id = pool[random.Next(pool.Length)];
            if (oracle.Remove(id, out SimJob expected))
            {
                Assert.True(table.Remove(id, out SimJob removed));
                Assert.Equal(expected, removed);
            }
            else if (oracle.Count < most)
            {
                oracle.Add(id, new SimJob { Work = id, Slices = step });
                table.Add(id, oracle[id]);
            }

            if (step % 97 == 0)
            {
                AssertSame(oracle, table);
            }
        }
    }

    [Fact]
    public void Find_ReturnsTheHeldJob_ChangesThroughItStay()
    {
        var table = new LooseJobs();
        table.Add(7, new SimJob { Work = 7 });
        table.Find(7).Slices = 3;
        table.Prefetch(7);
        table.Prefetch(8); // a hint only: an id not held is fine
        Assert.Equal(3, table.Find(7).Slices);
        Assert.True(table.Remove(7, out SimJob job));
        Assert.Equal(3, job.Slices);
        Assert.False(table.Remove(7, out _));
    }

    private static void AssertSame(Dictionary<int, SimJob> oracle, LooseJobs table)
    {
        Assert.Equal(oracle.Count, table.Count);
        Assert.Equal(oracle.Keys.Order(), table.SortedIds());
        foreach ((int id, SimJob job) in oracle)
        {
            ref SimJob found = ref table.Find(id);
            Assert.False(System.Runtime.CompilerServices.Unsafe.IsNullRef(ref found), $"job {id} not found");
            Assert.Equal(job, found);
        }

        for (int id = 20_001; id < 20_100; id++)
        {
            Assert.True(oracle.ContainsKey(id) || System.Runtime.CompilerServices.Unsafe.IsNullRef(ref table.Find(id)));
        }
    }
}
