using System.Collections.Generic;

namespace Market.Engine.Internal;

/// <summary>All of the engine's mutable state, in one object so a snapshot is one deep copy.</summary>
internal sealed class EngineState
{
    public EngineState()
    {
        Clients.Add(default);
        ClientTotals.Add(default);
        ClientRecords.Add(default);
        Ready = new ReadyJobs(Jobs);
    }

    private EngineState(EngineState from)
    {
        Accounts = from.Accounts.Clone();
        for (int i = 0; i < Accounts.Count; i++)
        {
            ref AccountState a = ref Accounts[i];
            a.Paused = a.Paused is null ? null : new List<int>(a.Paused);
        }

        Clients = from.Clients.Clone();
        ClientTotals = from.ClientTotals.Clone();
        ClientRecords = from.ClientRecords.Clone();
        History = from.History.Clone();

        Jobs = from.Jobs.Clone();
        Ready = from.Ready.CloneFor(Jobs);
        Deadlines = from.Deadlines.Clone();
        Leases = from.Leases.Clone();
        Pool = from.Pool.Clone();
        PoolTimes = from.PoolTimes.Clone();
        PoolBySpeed = from.PoolBySpeed.Clone();
        PoolLive = from.PoolLive;
        FirstHole = from.FirstHole;
        WindowDeadline = from.WindowDeadline;
        NextLease = from.NextLease;
        NextRequest = from.NextRequest;
        NextReady = from.NextReady;
        Random = from.Random;
        Now = from.Now;
        EventCount = from.EventCount;
        Rounds = from.Rounds;
    }

    public Table<AccountState> Accounts { get; } = new();

    /// <summary>What the lease cycle reads of each client, a cache line each (index 0 unused).</summary>
    public AlignedTable<ClientState> Clients { get; } = new();

    /// <summary>Each client's leases completed and earnings (same indexes).</summary>
    public Table<ClientTotals> ClientTotals { get; } = new();

    /// <summary>Each client's registration and count of measurements (same indexes).</summary>
    public Table<ClientRecord> ClientRecords { get; } = new();

    /// <summary>Every client's last speed measurements, in one table (not an array per client):
    /// client c's ring of MarketOptions.SpeedHistory entries starts at c × SpeedHistory.</summary>
    public Table<SpeedMeasurement> History { get; } = new();

    /// <summary>Every job held, hot and cold halves (retired jobs are gone: MarketOptions.ForgetEndedJobs).</summary>
    public JobStore Jobs { get; } = new();

    public ReadyJobs Ready { get; }

    public DeadlineHeap Deadlines { get; } = new();

    /// <summary>Which client holds each open lease (the leases themselves are in the clients' records).</summary>
    public LeaseIndex Leases { get; } = new();

    /// <summary>The pooled requests in arrival order, as a matching policy sees them. A request
    /// that has left (granted or withdrawn) stays as a hole (client 0) until the window closes and
    /// the pool is compacted; a slot is live exactly while its client's ClientState.PoolSlot
    /// points back at it. A matching step with no holes hands this to the policy as it is.</summary>
    public Table<PoolEntry> Pool { get; } = new(256);

    /// <summary>When each pool slot's request was pooled (same indexes as <see cref="Pool"/>).</summary>
    public Table<Instant> PoolTimes { get; } = new(256);

    /// <summary>The live pool requests, fastest first (equal speeds: earlier request first), so a
    /// matching step reads the k fastest in O(k) rather than selecting them from the whole pool.</summary>
    public SortedBlocks<SpeedKey> PoolBySpeed { get; } = new();

    public int PoolLive;

    /// <summary>Pool slots whose request has left (granted or withdrawn) since the last compaction:
    /// Pool.Count - PoolLive. While 0, every slot is live and nothing needs checking.</summary>
    public int PoolHoles => Pool.Count - PoolLive;

    /// <summary>The lowest pool slot that is a hole, while there are holes (int.MaxValue while
    /// none): the slots before it are live, so compaction starts there. Requests that leave are
    /// mostly recent (the fastest, which rank matching takes first), so that is near the end.</summary>
    public int FirstHole = int.MaxValue;

    /// <summary>When the current window ends; long.MaxValue while the pool is empty.</summary>
    public long WindowDeadline = long.MaxValue;

    public long NextLease = 1;
    public long NextRequest = 1;
    public long NextReady = 1;
    public DeterministicRandom Random;
    public Instant Now;
    public long EventCount;

    /// <summary>Matching steps run; stamps which jobs a step has claimed.</summary>
    public long Rounds;

    public EngineState Clone() => new(this);
}
