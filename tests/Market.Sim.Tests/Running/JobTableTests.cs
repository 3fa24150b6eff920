using Market.Sim.Running;

namespace Market.Sim.Tests.Running;

public sealed class JobTableTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("market-jobtable").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Add_WithScratchFile_OldChunksWrittenOutRunningJobsStillChange_ReadBackAsInMemory()
    {
        // The same adds, changes and completions on a table that keeps everything and one that
        // writes old chunks out (32 chunks of 512 kept, and a chunk only with at most 128 jobs
        // running): every job reads back the same, in id order. Jobs 3,000-3,999 never complete,
        // so their chunks stay in memory.
        var kept = new JobTable();
        string scratch = Path.Combine(dir, "jobs.scratch");
        var random = new Random(7);
        const int Count = 60_000;
        using (var spilled = new JobTable(scratch))
        {
            var running = new List<int>();
            for (int id = 1; id <= Count; id++)
            {
                var job = new SimJob { Work = id, CompletedTicks = long.MinValue, FirstLeaseTicks = long.MinValue, Owner = id % 7 };
                Assert.Equal(id, kept.Add(job));
                Assert.Equal(id, spilled.Add(job));
                if (id is < 3_000 or >= 4_000)
                {
                    running.Add(id);
                }

                if (running.Count == 0)
                {
                    continue;
                }

                // A job picked among the oldest running ones changes, and mostly completes.
                int pick = running[random.Next(Math.Min(running.Count, 64))];
                foreach (JobTable t in new[] { kept, spilled })
                {
                    t.At(pick).Slices++;
                    t.At(pick).WorkDone += id;
                }

                if (random.Next(10) != 0)
                {
                    foreach (JobTable t in new[] { kept, spilled })
                    {
                        t.At(pick).CompletedTicks = id;
                        t.Completed(pick);
                    }

                    running.Remove(pick);
                }
            }

            Assert.True(new FileInfo(scratch).Length >= 60L * 512 * System.Runtime.CompilerServices.Unsafe.SizeOf<SimJob>(), "too little was written out");
            Assert.Throws<InvalidOperationException>(() => spilled.At(running[0] == 1 ? 2 : 1).Work); // completed and written out
            spilled.At(3_500).Slices = 99; // a chunk of jobs that never complete is still in memory
            kept.At(3_500).Slices = 99;
            spilled.At(running[0]).Slices++; // an old running job, kept on its own
            kept.At(running[0]).Slices++;

            // The read-ahead's hint takes any id (in a chunk, written out, kept on its own, none)
            // without throwing, and changes nothing (the comparisons below).
            foreach (int id in new[] { int.MinValue, -1, 0, 1, 2, 3_500, running[0], Count, Count + 1, int.MaxValue })
            {
                kept.Prefetch(id);
                spilled.Prefetch(id);
            }
            Assert.Equal(kept.ToList(), spilled.ToList());
            Assert.Equal(kept[3], spilled[3]);
            Assert.Equal(kept[^1], spilled[^1]);
            Assert.Equal(Count, spilled.Count);
        }

        Assert.False(File.Exists(scratch));
    }

    [Fact]
    public void Completed_ManyJobsKeptOnTheirOwn_WrittenInBatchesToTheirPlaces()
    {
        // Every job runs long, so whole chunks are written out with all their jobs running (none
        // over the limit here: a chunk is written with at most half running, so the first half of
        // each completes early), and the rest complete later in a scattered order: many batches of
        // completions, some of a chunk one by one, some as a stretch. Reading back, the indexer and
        // the enumeration give what a table in memory gives, completed jobs at their places.
        var kept = new JobTable();
        string scratch = Path.Combine(dir, "batches.scratch");
        var random = new Random(3);
        const int Count = 120_000;
        using (var spilled = new JobTable(scratch))
        {
            var running = new List<int>();
            int tick = 0;
            for (int id = 1; id <= Count; id++)
            {
                var job = new SimJob { Work = id, CompletedTicks = long.MinValue, FirstLeaseTicks = long.MinValue };
                kept.Add(job);
                spilled.Add(job);
                if (((id - 1) & 511) < 256)
                {
                    Complete(id); // half of each chunk ends at once, so the chunk can be written out
                }
                else
                {
                    running.Add(id);
                }

                // Now and then, a burst of completions among all the running jobs, any age.
                if (id % 4_000 == 0)
                {
                    for (int k = 0; k < 1_800 && running.Count > 0; k++)
                    {
                        int at = random.Next(running.Count);
                        int pick = running[at];
                        running[at] = running[^1];
                        running.RemoveAt(running.Count - 1);
                        foreach (JobTable t in new[] { kept, spilled })
                        {
                            t.At(pick).Slices += 2; // a change while kept on its own
                        }

                        Complete(pick);
                    }

                    for (int k = 0; k < 500 && running.Count > 0; k++)
                    {
                        int touched = running[random.Next(running.Count)];
                        foreach (JobTable t in new[] { kept, spilled })
                        {
                            t.At(touched).Slices++; // a change that leaves it running
                        }
                    }
                }
            }

            Assert.Equal(kept[300], spilled[300]); // completed early, with its chunk
            Assert.Equal(kept[Count - 1], spilled[Count - 1]);
            for (int i = 0; i < Count; i += 997)
            {
                Assert.Equal(kept[i], spilled[i]);
            }

            Assert.Equal(kept.ToList(), spilled.ToList());

            void Complete(int id)
            {
                tick++;
                foreach (JobTable t in new[] { kept, spilled })
                {
                    t.At(id).CompletedTicks = tick;
                    t.At(id).WorkDone = id * 3L;
                    t.Completed(id);
                }
            }
        }
    }

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
