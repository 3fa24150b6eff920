using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Market.Engine.Internal;

namespace Market.Engine;

/// <content>Read-only views of the state.</content>
public sealed partial class MarketEngine
{
    /// <summary>Accounts, the two system accounts included.</summary>
    public int AccountCount => state.Accounts.Count;

    /// <summary>Clients registered.</summary>
    public int ClientCount => state.Clients.Count - 1;

    /// <summary>Jobs submitted (those retired included: ids are never reused).</summary>
    public int JobCount => state.Jobs.Count - 1;

    /// <summary>Jobs the engine holds: <see cref="JobCount"/> less those retired.</summary>
    public int HeldJobCount => state.Jobs.Kept;

    /// <summary>Requests waiting in the pool.</summary>
    public int PoolSize => state.PoolLive;

    /// <summary>Jobs in the ready-list.</summary>
    public int ReadyCount => state.Ready.Count;

    /// <summary>Open leases (job and test).</summary>
    public int OpenLeaseCount => state.Leases.Count;

    /// <summary>The ready-list, as policies see it.</summary>
    public ReadyJobs Ready => state.Ready;

    /// <summary>An account, or null if unknown.</summary>
    public AccountInfo? GetAccount(AccountId id)
    {
        if (id.Value < 0 || !state.Accounts.Contains(id.Value))
        {
            return null;
        }

        AccountState a = state.Accounts[id.Value];
        return new AccountInfo(id, new Credits(a.Balance), new Credits(a.Reserved));
    }

    /// <summary>A job, or null if unknown.</summary>
    public JobInfo? GetJob(JobId id)
    {
        if (!IsJob(id))
        {
            return null;
        }

        JobState j = state.Jobs[id.Value];
        JobRecord r = state.Jobs.Record(id.Value);
        return new JobInfo(id, new AccountId(j.Owner), r.Name, new Price(j.Price), j.Status, r.Submitted, j.Version, r.Committed, r.WorkDone, r.Rollbacks, j.OpenLease == 0 ? null : new LeaseId(j.OpenLease));
    }

    /// <summary>A client, or null if unknown.</summary>
    public ClientInfo? GetClient(ClientId id)
    {
        if (!IsClient(id))
        {
            return null;
        }

        ClientState c = state.Clients[id.Value];
        ClientRecord r = state.ClientRecords[id.Value];
        ClientTotals t = state.ClientTotals[id.Value];
        int length = Options.SpeedHistory;
        int kept = (int)System.Math.Min(r.Measurements, length);
        var history = new SpeedMeasurement[kept];
        for (int i = 0; i < kept; i++)
        {
            history[i] = state.History[(id.Value * length) + (int)((r.Measurements - kept + i) % length)];
        }

        bool tested = c.LastTestTicks != long.MinValue;
        return new ClientInfo(id, new AccountId(c.Owner), r.Registered, tested ? c.Speed : null, tested ? new Instant(c.LastTestTicks) : null, history, c.OpenLease == 0 ? null : new LeaseId(c.OpenLease), c.PoolSlot >= 0, t.LeasesCompleted, new Credits(t.Earned));
    }

    /// <summary>The lease a client holds, if any (allocation-free, for hot loops).</summary>
    public LeaseId? OpenLeaseOf(ClientId client)
        => IsClient(client) && state.Clients[client.Value].OpenLease != 0 ? new LeaseId(state.Clients[client.Value].OpenLease) : null;

    /// <summary>Asks the processor for the records a call about <paramref name="client"/> reads
    /// first (the client's own and its totals) and changes nothing. A hint for a caller that knows
    /// which client comes a few calls from now (the simulator, from its event queue): the cache
    /// misses then overlap with the work in between instead of stalling that call. A prefetch, not
    /// a read, so the hint itself never waits. Unknown clients are ignored.</summary>
    /// <param name="client">The client.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ReadAheadClient(ClientId client)
    {
        EngineState s = state;
        if (IsClient(client))
        {
            Internal.Prefetch.Line(ref s.Clients[client.Value]); // 64 bytes on a line of their own
            Internal.Prefetch.Record(ref s.ClientTotals[client.Value]);
        }
    }

    /// <summary>Asks for the records a check-in by <paramref name="client"/> uses after its own (its
    /// lease's job, both halves, and its own owner's account) and changes nothing: a hint, as
    /// <see cref="ReadAheadClient"/>, best given after that one, as these are found from the
    /// client's record (read here). Unknown clients are ignored; for a client without an open job
    /// lease it asks for its last job lease's job, if still held (a wasted hint, never a change).</summary>
    /// <param name="client">The client.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ReadAheadLease(ClientId client)
    {
        EngineState s = state;
        if (!IsClient(client))
        {
            return;
        }

        ref ClientState c = ref s.Clients[client.Value];
        Internal.Prefetch.Record(ref s.Accounts[c.Owner]);
        ref JobState j = ref s.Jobs.Find(c.LeaseJob);
        if (!Unsafe.IsNullRef(ref j))
        {
            Internal.Prefetch.Record(ref j);
            Internal.Prefetch.Record(ref s.Jobs.Record(c.LeaseJob));
        }
    }

    /// <summary>Asks for the records a speed test's report by <paramref name="client"/> writes (its
    /// measurement count and its ring of measurements), none of which need a read to find. Unknown
    /// clients are ignored.</summary>
    /// <param name="client">The client.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ReadAheadSpeedTest(ClientId client)
    {
        EngineState s = state;
        if (IsClient(client))
        {
            Internal.Prefetch.Record(ref s.ClientRecords[client.Value]);
            int ring = client.Value * Options.SpeedHistory;
            Internal.Prefetch.Line(ref s.History[ring]);
            Internal.Prefetch.Line(ref s.History[ring + Options.SpeedHistory - 1]);
        }
    }

    /// <summary>Asks for the account a check-in by <paramref name="client"/> charges (its lease's
    /// job's owner), found from the job's record (read here): best given after
    /// <see cref="ReadAheadLease"/>, which asks for that. Unknown clients are ignored.</summary>
    /// <param name="client">The client.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ReadAheadPayer(ClientId client)
    {
        EngineState s = state;
        if (!IsClient(client))
        {
            return;
        }

        ref JobState j = ref s.Jobs.Find(s.Clients[client.Value].LeaseJob);
        if (!Unsafe.IsNullRef(ref j))
        {
            Internal.Prefetch.Record(ref s.Accounts[j.Owner]);
        }
    }

    /// <summary>Whether <paramref name="client"/> holds open lease <paramref name="lease"/> (one read,
    /// for hot loops: a simulated machine asks before it checks a slice in).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HoldsLease(ClientId client, LeaseId lease)
        => lease.Value != 0 && IsClient(client) && state.Clients[client.Value].OpenLease == lease.Value;

    /// <summary>An open lease, or null if unknown or closed.</summary>
    public LeaseInfo? GetLease(LeaseId id)
    {
        int holder = state.Leases.HolderOf(id.Value);
        if (holder == 0)
        {
            return null;
        }

        return Info(LeaseOf(holder));
    }

    /// <summary>The open lease of client <paramref name="client"/> as a value.</summary>
    private LeaseState LeaseOf(int client)
    {
        ref ClientState c = ref state.Clients[client];
        bool job = c.LeaseKind == LeaseKind.Job;
        return new LeaseState
        {
            Id = c.OpenLease,
            Kind = c.LeaseKind,
            Job = c.LeaseJob,
            Client = client,
            Granted = new Instant(c.LeaseGranted),
            Deadline = new Instant(c.LeaseDeadline),
            PaidPrice = c.LeasePaidPrice,
            Reserved = Reserved(c),
            BaseVersion = job ? state.Jobs[c.LeaseJob].Version : 0, // unchanged while the lease is open
        };
    }

    private static LeaseInfo Info(in LeaseState l)
        => new(new LeaseId(l.Id), l.Kind, l.Kind == LeaseKind.Job ? new JobId(l.Job) : null, new ClientId(l.Client), l.Granted, l.Deadline, new Price(l.PaidPrice), new Credits(l.Reserved), l.BaseVersion);

    /// <summary>Every account in id order.</summary>
    public IEnumerable<AccountInfo> Accounts()
    {
        for (int i = 0; i < state.Accounts.Count; i++)
        {
            yield return GetAccount(new AccountId(i))!.Value;
        }
    }

    /// <summary>Every job in id order (but those retired: <see cref="MarketOptions.ForgetEndedJobs"/>).</summary>
    public IEnumerable<JobInfo> Jobs()
    {
        for (int i = 1; i < state.Jobs.Count; i++)
        {
            if (GetJob(new JobId(i)) is JobInfo job)
            {
                yield return job;
            }
        }
    }

    /// <summary>Every client in id order.</summary>
    public IEnumerable<ClientInfo> Clients()
    {
        for (int i = 1; i < state.Clients.Count; i++)
        {
            yield return GetClient(new ClientId(i))!;
        }
    }

    /// <summary>Every open lease in id order.</summary>
    public IEnumerable<LeaseInfo> OpenLeases()
    {
        List<LeaseState> leases = OpenLeasesById();
        foreach (LeaseState l in leases)
        {
            yield return Info(l);
        }
    }

    /// <summary>The open leases, in id order (a copy).</summary>
    private List<LeaseState> OpenLeasesById()
    {
        var leases = new List<LeaseState>(state.Leases.Count);
        for (int i = 1; i < state.Clients.Count; i++)
        {
            if (state.Clients[i].OpenLease != 0)
            {
                leases.Add(LeaseOf(i));
            }
        }

        leases.Sort((a, b) => a.Id.CompareTo(b.Id));
        return leases;
    }

    /// <summary>The sum of every balance, <see cref="AccountId.External"/> included: zero in a market
    /// that conserves credits.</summary>
    public long TotalBalanceMicro()
    {
        long sum = 0;
        for (int i = 0; i < state.Accounts.Count; i++)
        {
            sum += state.Accounts[i].Balance;
        }

        return sum;
    }
}
