using System;
using System.Collections.Generic;
using Market.Engine.Internal;

namespace Market.Engine;

/// <summary>The market's rules as a deterministic state machine: commands in (each with its time),
/// results out, and every observable fact as a <see cref="MarketEvent"/> into the caller's sink.</summary>
/// <remarks>
/// <para>Invariants, checked by the property tests: a job never has two open leases and a client
/// never holds two; credits are conserved by every operation (all balances, the
/// <see cref="AccountId.External"/> one included, sum to zero) and no other balance goes negative;
/// a rejected command changes nothing; the same commands give the same events and state.</para>
/// <para>Time only moves forward: each command first processes what became due by its time
/// (expired leases, then a pooling window that has ended). Every state change is made by applying
/// an event, so <see cref="Apply"/> of the events after a <see cref="Snapshot"/> rebuilds the state.</para>
/// <para>Not thread-safe: the simulator runs one engine per thread, the dispatcher one writer.</para>
/// </remarks>
public sealed partial class MarketEngine
{
    private readonly IMarketEventSink sink;

    /// <summary>The event kinds the sink wants, a bit per kind (every kind for a plain sink).</summary>
    private readonly uint wanted;
    private readonly IMatchingPolicy policy;
    private readonly List<Assignment> assignments = new();
    private readonly List<int> resumeScratch = new();
    private EngineState state;
    private PoolEntry[] poolView = [];

    /// <summary>The pool's speed order for the policy (bound to the current state; rebuilt after a restore).</summary>
    private PoolSpeedView? poolSpeedView;
    private bool[] poolUsed = [];
    private JobFacts[] jobFacts = [];
    private readonly List<MarketEvent> grants = new();
    private readonly List<int> pendingAccounts = new();
    private long[] pendingReserve = [];

    /// <summary>A lease at the top of the deadline heap found open, until it closes (0: none): a
    /// cache of one lookup, not state (lease ids are never reused).</summary>
    private long openTopLease;

    /// <summary>Creates an empty market with the policy named in the options.</summary>
    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    public MarketEngine(MarketOptions options, IMarketEventSink? sink = null)
        : this(options, CreatePolicy(Guard.NotNull(options, nameof(options)).Policy), sink)
    {
    }

    /// <summary>Creates an empty market with a policy of the caller's.</summary>
    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    public MarketEngine(MarketOptions options, IMatchingPolicy policy, IMarketEventSink? sink = null)
        : this(options, policy, sink, NewState(options))
    {
    }

    private MarketEngine(MarketOptions options, IMatchingPolicy policy, IMarketEventSink? sink, EngineState state)
    {
        Guard.NotNull(options, nameof(options));
        IReadOnlyList<string> problems = options.Validate();
        Guard.Require(problems.Count == 0, nameof(options), "Invalid market options: " + string.Join(" ", problems));
        Options = options;
        this.policy = Guard.NotNull(policy, nameof(policy));
        this.sink = sink ?? NullEventSink.Instance;
        wanted = WantedKinds(this.sink);
        this.state = state;
    }

    /// <summary>The market's parameters.</summary>
    public MarketOptions Options { get; }

    /// <summary>The policy's name.</summary>
    public string PolicyName => policy.Name;

    /// <summary>The time of the latest command or event.</summary>
    public Instant Now => state.Now;

    /// <summary>Events emitted (or applied) since the market opened.</summary>
    public long EventCount => state.EventCount;

    /// <summary>Creates one of the shipped policies.</summary>
    public static IMatchingPolicy CreatePolicy(MatchingPolicyKind kind) => kind switch
    {
        MatchingPolicyKind.Rank => new RankPolicy(),
        MatchingPolicyKind.Fcfs => new FcfsPolicy(),
        MatchingPolicyKind.Vickrey => new VickreyPolicy(),
        MatchingPolicyKind.Lottery => new LotteryPolicy(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown matching policy."),
    };

    /// <summary>Processes what is due by <paramref name="now"/>: expires leases whose deadline has
    /// passed, then matches the pool if its window has ended.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="now"/> is before <see cref="Now"/>.</exception>
    public void Advance(Instant now)
    {
        if (!(now >= state.Now))
        {
            // The message is built only on failure: this runs for every command.
            throw new InvalidOperationException("Time cannot go backwards: " + now + " is before " + state.Now + ".");
        }

        state.Now = now;
        while (state.Deadlines.TryPeek(out long deadline, out long lease) && deadline < now.Ticks)
        {
            state.Deadlines.Pop();
            if (state.Leases.Contains(lease))
            {
                Expire(now, lease);
            }
        }

        if (state.PoolLive > 0 && state.WindowDeadline <= now.Ticks)
        {
            MatchPool(now);
        }
    }

    /// <summary>The earliest time at which <see cref="Advance"/> would change something, if any:
    /// the end of the current window, or just after the earliest open lease deadline.</summary>
    public Instant? NextDue
    {
        get
        {
            long due = state.PoolLive > 0 ? state.WindowDeadline : long.MaxValue;
            long earliest = EarliestOpenDeadline();
            if (earliest != long.MaxValue)
            {
                due = Math.Min(due, earliest + 1);
            }

            return due == long.MaxValue ? null : new Instant(due);
        }
    }

    private long EarliestOpenDeadline()
    {
        while (state.Deadlines.TryPeek(out long deadline, out long lease))
        {
            if (lease == openTopLease)
            {
                return deadline; // found open before, and not closed since (the simulator asks after every event)
            }

            if (state.Leases.Contains(lease))
            {
                openTopLease = lease;
                return deadline;
            }

            state.Deadlines.Pop(); // a closed lease: drop it now (does not change observable state)
        }

        return long.MaxValue;
    }

    private static EngineState NewState(MarketOptions options)
    {
        var s = new EngineState { Random = new DeterministicRandom(Guard.NotNull(options, nameof(options)).Seed) };
        for (int i = 0; i < options.SpeedHistory; i++)
        {
            s.History.Add(default); // client 0's ring: ids start at 1
        }

        s.Accounts.Add(default); // External
        s.Accounts.Add(default); // Platform
        return s;
    }

    private void Emit(in MarketEvent e)
    {
        ApplyCore(e);
        if (Wants(e.Kind))
        {
            sink.On(e);
        }
    }

    private bool Wants(EventKind kind) => ((wanted >> (int)kind) & 1) != 0;

    private static uint WantedKinds(IMarketEventSink sink)
    {
        if (sink is not IFilteredMarketEventSink filtered)
        {
            return uint.MaxValue;
        }

        uint mask = 0;
        foreach (EventKind kind in Enum.GetValues<EventKind>())
        {
            Guard.State((int)kind is > 0 and < 32, "Event kinds fit a 32-bit mask.");
            if (filtered.Wants(kind))
            {
                mask |= 1u << (int)kind;
            }
        }

        return mask;
    }

    private Rejection Reject(Instant now, RejectionCode code, string field, string message, ClientId client = default, JobId job = default, LeaseId lease = default, AccountId account = default)
    {
        var rejection = new Rejection(code, field, message);
        Emit(new MarketEvent
        {
            Kind = EventKind.Rejected,
            Time = now,
            Detail = (int)code,
            Text = rejection.ToString(),
            Client = client,
            Job = job,
            Lease = lease,
            Account = account,
        });
        return rejection;
    }

    /// <summary>What the job's owner must have available for the job to be dispatched: its price
    /// for the longest lease (no lease can cost more, whatever the policy charges).</summary>
    private long DispatchCost(long price) => MoneyMath.ChargeFor(new Price(price), Options.MaxLease).Micro;
}
