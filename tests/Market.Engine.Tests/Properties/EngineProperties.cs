using FsCheck;
using FsCheck.Xunit;

namespace Market.Engine.Tests.Properties;

/// <summary>Rules that must hold for every generated market and command sequence.</summary>
public sealed class EngineProperties
{
    private static MatchingPolicyKind Policy(byte code) => (MatchingPolicyKind)(code % 4);

    private static int[] Longer(int[] ops) => ops.Concat(ops.Select(o => o * 31 + 7)).Concat(ops.Select(o => o ^ 0x5bd1e995)).ToArray();

    [Property(MaxTest = 150)]
    public void Invariants_AnyCommandSequence_Hold(int[] ops, byte policy, byte variant)
    {
        // No two open leases per job or client, credits conserved, no negative balance, expiry
        // rolls back exactly, bad check-ins change nothing: all checked after every step.
        var script = new MarketScript(Policy(policy), variant);
        script.Run(Longer(ops));
    }

    [Property(MaxTest = 60)]
    public bool Determinism_SameCommands_SameEventsAndState(int[] ops, byte policy, byte variant)
    {
        var a = new MarketScript(Policy(policy), variant);
        var b = new MarketScript(Policy(policy), variant);
        a.Run(Longer(ops));
        b.Run(Longer(ops));
        return a.Log.Events.Select(e => e.ToString()).SequenceEqual(b.Log.Events.Select(e => e.ToString()))
            && a.Engine.DescribeState() == b.Engine.DescribeState();
    }

    [Property(MaxTest = 60)]
    public bool SnapshotThenReplay_EventsAfterSnapshot_RebuildState(int[] ops, byte policy, byte variant, byte cut)
    {
        var script = new MarketScript(Policy(policy), variant);
        int[] all = Longer(ops);
        int at = all.Length == 0 ? 0 : cut % all.Length;
        script.Run(all.Take(at));
        EngineSnapshot snapshot = script.Engine.Snapshot();
        int from = script.Log.Events.Count;
        script.Run(all.Skip(at));

        MarketEngine replayed = MarketEngine.Restore(snapshot);
        foreach (MarketEvent e in script.Log.Events.Skip(from))
        {
            replayed.Apply(e);
        }

        return replayed.DescribeState() == script.Engine.DescribeState() && replayed.EventCount == script.Engine.EventCount;
    }

    [Property(MaxTest = 60)]
    public void ForgetEndedJobs_SameCommands_SameEventsAndTheJobsThatHaveNotEnded(int[] ops, byte policy, byte variant)
    {
        var kept = new MarketScript(Policy(policy), variant, forgetEndedJobs: false);
        var forgot = new MarketScript(Policy(policy), variant, forgetEndedJobs: true);
        kept.Run(Longer(ops));
        forgot.Run(Longer(ops));

        // The same events, but that a command naming a forgotten job is rejected as unknown.
        Assert.Equal(kept.Log.Events.Count, forgot.Log.Events.Count);
        for (int i = 0; i < kept.Log.Events.Count; i++)
        {
            MarketEvent k = kept.Log.Events[i];
            MarketEvent f = forgot.Log.Events[i];
            if (k.Kind == EventKind.Rejected && k.Detail == (int)RejectionCode.JobEnded)
            {
                Assert.Equal((EventKind.Rejected, (int)RejectionCode.UnknownJob, k.Job), (f.Kind, f.Detail, f.Job));
                Assert.True(kept.Engine.GetJob(k.Job)!.Value.Status is JobStatus.Completed or JobStatus.Failed);
            }
            else
            {
                Assert.Equal(k, f);
            }
        }

        var notEnded = kept.Engine.Jobs().Where(j => j.Status is not (JobStatus.Completed or JobStatus.Failed)).ToList();
        Assert.Equal(notEnded, forgot.Engine.Jobs().ToList());
        Assert.Equal(kept.Engine.JobCount, forgot.Engine.JobCount);
        foreach (JobInfo ended in kept.Engine.Jobs().Except(notEnded))
        {
            Assert.Null(forgot.Engine.GetJob(ended.Id));
        }

        Assert.Equal(kept.Engine.ReadyCount, forgot.Engine.ReadyCount);
        Assert.Equal(kept.Engine.Accounts().ToList(), forgot.Engine.Accounts().ToList());
    }

    [Property(MaxTest = 40)]
    public bool Restore_ThenSameCommands_SameEvents(int[] ops, byte variant)
    {
        // A restored engine is not just equal on paper: it goes on exactly as the original.
        var script = new MarketScript(MatchingPolicyKind.Lottery, variant);
        script.Run(ops.Take(ops.Length / 2));
        EngineSnapshot snapshot = script.Engine.Snapshot();
        var log = new Support.EventLog();
        MarketEngine copy = MarketEngine.Restore(snapshot, log);
        int from = script.Log.Events.Count;
        Instant t = script.Now.Plus(TimeSpan.FromMinutes(3));
        foreach (ClientId c in script.Clients)
        {
            script.Engine.RequestWork(t, c, TimeSpan.FromMinutes(2));
            copy.RequestWork(t, c, TimeSpan.FromMinutes(2));
        }

        script.Engine.Advance(t.Plus(TimeSpan.FromMinutes(1)));
        copy.Advance(t.Plus(TimeSpan.FromMinutes(1)));
        return script.Log.Events.Skip(from).SequenceEqual(log.Events);
    }
}
