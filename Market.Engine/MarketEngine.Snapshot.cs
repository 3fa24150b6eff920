using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Market.Engine.Internal;

namespace Market.Engine;

/// <content>Snapshots, restore, and a canonical description of the state.</content>
public sealed partial class MarketEngine
{
    /// <summary>Copies the whole state.</summary>
    public EngineSnapshot Snapshot() => new(Options, state.Clone());

    /// <summary>An engine in the snapshot's state, with the policy named in its options.</summary>
    public static MarketEngine Restore(EngineSnapshot snapshot, IMarketEventSink? sink = null)
    {
        Guard.NotNull(snapshot, nameof(snapshot));
        return new MarketEngine(snapshot.Options, CreatePolicy(snapshot.Options.Policy), sink, snapshot.State.Clone());
    }

    /// <summary>An engine in the snapshot's state, with a policy of the caller's.</summary>
    public static MarketEngine Restore(EngineSnapshot snapshot, IMatchingPolicy policy, IMarketEventSink? sink = null)
    {
        Guard.NotNull(snapshot, nameof(snapshot));
        return new MarketEngine(snapshot.Options, policy, sink, snapshot.State.Clone());
    }

    /// <summary>A canonical text of the whole market state (not the clock): two engines are in the
    /// same state exactly when their descriptions are equal. For tests and diffs, not for parsing.</summary>
    public string DescribeState()
    {
        EngineState s = state;
        var b = new StringBuilder();
        CultureInfo inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"rounds={s.Rounds} nextLease={s.NextLease} nextRequest={s.NextRequest} nextReady={s.NextReady} rng={s.Random.State}\n");
        for (int i = 0; i < s.Accounts.Count; i++)
        {
            AccountState a = s.Accounts[i];
            b.Append(inv, $"A{i} balance={a.Balance} reserved={a.Reserved} opened={a.Opened.Ticks} paused=[{string.Join(",", a.Paused ?? new List<int>())}]\n");
        }

        for (int i = 1; i < s.Clients.Count; i++)
        {
            ClientState c = s.Clients[i];
            ClientRecord r = s.ClientRecords[i];
            ClientTotals t = s.ClientTotals[i];
            b.Append(inv, $"C{i} owner={c.Owner} reg={r.Registered.Ticks} test={c.LastTestTicks} speed={c.Speed:R} n={r.Measurements} lease={c.OpenLease} pool={c.PoolSlot} done={t.LeasesCompleted} earned={t.Earned}");
            for (int k = 0; k < Options.SpeedHistory; k++)
            {
                SpeedMeasurement m = s.History[(i * Options.SpeedHistory) + k];
                b.Append(inv, $" {m.Time.Ticks}:{m.Speed:R}");
            }

            b.Append('\n');
        }

        for (int i = 1; i < s.Jobs.Count; i++)
        {
            if (!s.Jobs.Contains(i))
            {
                b.Append(inv, $"J{i} retired\n");
                continue;
            }

            JobState j = s.Jobs[i];
            JobRecord r = s.Jobs.Record(i);
            b.Append(inv, $"J{i} owner={j.Owner} name={r.Name} price={j.Price} {j.Status} sub={r.Submitted.Ticks} v={j.Version} state={r.Committed.Digest}/{r.Committed.Size} work={r.WorkDone} rollbacks={r.Rollbacks} lease={j.OpenLease} ready={j.ReadySequence}\n");
        }

        b.Append("ready by price:");
        foreach (ReadyJob r in s.Ready.ByPrice())
        {
            b.Append(' ').Append(r.Job.Value.ToString(inv));
        }

        b.Append("\nready by arrival:");
        foreach (ReadyJob r in s.Ready.ByArrival())
        {
            b.Append(' ').Append(r.Job.Value.ToString(inv));
        }

        b.Append(inv, $"\npool live={s.PoolLive} window={s.WindowDeadline}:");
        for (int i = 0; i < s.Pool.Count; i++)
        {
            PoolEntry p = s.Pool[i];
            if (!IsLiveSlot(i))
            {
                continue;
            }

            b.Append(inv, $" [{p.Client.Value} seq={p.Sequence} len={p.RequestedLength.Ticks} at={s.PoolTimes[i].Ticks}]");
        }

        b.Append('\n');
        foreach (LeaseState l in OpenLeasesById())
        {
            long id = l.Id;
            b.Append(inv, $"L{id} {l.Kind} job={l.Job} client={l.Client} granted={l.Granted.Ticks} deadline={l.Deadline.Ticks} paid={l.PaidPrice} reserved={l.Reserved} base={l.BaseVersion}\n");
        }

        return b.ToString();
    }
}
