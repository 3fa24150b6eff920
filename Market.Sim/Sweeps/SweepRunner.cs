using Market.Sim.Running;

namespace Market.Sim.Sweeps;

/// <summary>Runs a sweep's runs in parallel. Each run is an independent simulation and results are
/// kept by run index, so the output is the same whatever the parallelism.</summary>
public static class SweepRunner
{
    /// <summary>The runs of shard <paramref name="shard"/> of <paramref name="shards"/> (round-robin by run index).</summary>
    public static IReadOnlyList<SweepRun> Shard(IReadOnlyList<SweepRun> runs, int shard, int shards)
        => runs.Where(r => r.Index % shards == shard).ToList();

    /// <summary>Runs every run on up to <paramref name="parallelism"/> threads; <paramref name="done"/>
    /// is called (from any thread) after each run with the number finished so far.</summary>
    public static IReadOnlyList<SweepResult> Run(IReadOnlyList<SweepRun> runs, int parallelism, Action<int>? done = null)
    {
        var results = new SweepResult[runs.Count];
        int finished = 0;

        // Each thread takes the next run when it is free, one at a time: runs differ in length, and
        // handing them out in growing chunks (as Parallel.For does) can leave one thread with several
        // while the others have nothing left.
        var order = System.Collections.Concurrent.Partitioner.Create(Enumerable.Range(0, runs.Count), System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            SweepRun run = runs[i];
            var sim = new Simulation(run.Scenario, run.Seed);
            sim.Run();
            results[i] = new SweepResult(run.Index, run.Seed, run.Values.Select(Text).ToList(), sim.Metrics.Summary.ToList());
            done?.Invoke(Interlocked.Increment(ref finished));
        });
        return results;
    }

    /// <summary>A grid value as the CSV shows it: strings bare, numbers as written.</summary>
    public static string Text(System.Text.Json.Nodes.JsonNode value)
        => value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue(out string? s) ? s : value.ToJsonString();
}
