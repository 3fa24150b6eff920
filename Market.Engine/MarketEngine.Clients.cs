using System;
using System.Runtime.CompilerServices;
using Market.Engine.Internal;

namespace Market.Engine;

/// <content>Clients: registration, work requests and speed tests.</content>
public sealed partial class MarketEngine
{
    /// <summary>Registers a client (a machine) to an account, which receives its earnings.</summary>
    public Outcome<ClientId> RegisterClient(Instant now, AccountId owner)
    {
        Advance(now);
        if (CheckUserAccount(now, owner, "owner") is Rejection bad)
        {
            return bad;
        }

        var id = new ClientId(state.Clients.Count);
        Emit(new MarketEvent { Kind = EventKind.ClientRegistered, Time = now, Client = id, Account = owner });
        return id;
    }

    /// <summary>Makes room for <paramref name="clients"/> clients in all, so that registering them
    /// does not grow the client tables step by step (a simulator registering a known population).
    /// Changes nothing observable.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clients"/> is negative.</exception>
    public void EnsureClientCapacity(int clients)
    {
        if (clients < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(clients), "A number of clients is not negative.");
        }

        state.Clients.EnsureCapacity(clients + 1);
        state.ClientTotals.EnsureCapacity(clients + 1);
        state.ClientRecords.EnsureCapacity(clients + 1);
        state.History.EnsureCapacity((clients + 1) * Options.SpeedHistory);
    }

    /// <summary>A client asks for work and says how long a lease it will commit to.</summary>
    /// <remarks>A client with no speed test newer than <see cref="MarketOptions.TestInterval"/> gets a
    /// speed-test lease at once. Otherwise the request joins the pool; if that brings the pool to
    /// <see cref="MarketOptions.PoolThreshold"/> (and a job is ready), the pool is matched at once
    /// and the result may already be a lease.</remarks>
    public Outcome<WorkAssignment> RequestWork(Instant now, ClientId client, TimeSpan requestedLength)
    {
        Advance(now);
        if (!IsClient(client) || requestedLength <= TimeSpan.Zero || state.Clients[client.Value].OpenLease != 0 || state.Clients[client.Value].PoolSlot >= 0)
        {
            return RejectRequest(now, client, requestedLength);
        }

        ref ClientState c = ref state.Clients[client.Value];
        if (c.LastTestTicks == long.MinValue || now.Ticks - c.LastTestTicks > Options.TestInterval.Ticks)
        {
            return IssueTest(now, client);
        }

        Emit(new MarketEvent { Kind = EventKind.RequestPooled, Time = now, Client = client, Length = requestedLength, Number = state.NextRequest });
        if (state.PoolLive == Options.PoolThreshold && state.Ready.Count > 0)
        {
            // The moment the pool reaches the threshold. A pool that stays above it (machines
            // idle for want of jobs) is matched when its window ends, not at every new request.
            MatchPool(now);
        }

        long open = state.Clients[client.Value].OpenLease;
        return open != 0 ? Leased(new LeaseId(open)) : new WorkAssignment(WorkKind.Pooled, null);
    }

    // The rarer outcomes of a request are made apart from it, each in a call of its own: their
    // rejections, events and lease views are large structs (some holding strings, so the frame
    // that holds them is cleared at every call), and a request for work is the commonest command.

    /// <summary>The rejection of a request that fails <see cref="RequestWork"/>'s checks, which
    /// are made here again in their order to find the first that fails.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Outcome<WorkAssignment> RejectRequest(Instant now, ClientId client, TimeSpan requestedLength)
    {
        if (!IsClient(client))
        {
            return Reject(now, RejectionCode.UnknownClient, "client", "There is no client " + client + ".", client: client);
        }

        if (requestedLength <= TimeSpan.Zero)
        {
            return Reject(now, RejectionCode.InvalidLength, "length", "The requested lease length must be positive.", client: client);
        }

        long open = state.Clients[client.Value].OpenLease;
        return open != 0
            ? Reject(now, RejectionCode.ClientBusy, "client", "Client " + client + " already holds lease L" + open + ".", client: client)
            : Reject(now, RejectionCode.AlreadyPooled, "client", "Client " + client + " is already waiting for work.", client: client);
    }

    /// <summary>Gives <paramref name="client"/> a speed-test lease at once.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Outcome<WorkAssignment> IssueTest(Instant now, ClientId client)
    {
        var lease = new LeaseId(state.NextLease);
        Emit(new MarketEvent
        {
            Kind = EventKind.TestIssued,
            Time = now,
            Lease = lease,
            Client = client,
            Length = Options.TestLease,
            Deadline = now.Plus(Options.TestLease),
            Speed = Options.TestWork,
        });
        return new WorkAssignment(WorkKind.SpeedTest, GetLease(lease));
    }

    /// <summary>A request answered by a job lease at once (the pool reached its threshold).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Outcome<WorkAssignment> Leased(LeaseId lease) => new WorkAssignment(WorkKind.Lease, GetLease(lease));

    /// <summary>Takes a client's request out of the pool (the client went away).</summary>
    public Outcome<ClientId> WithdrawRequest(Instant now, ClientId client)
    {
        Advance(now);
        if (!IsClient(client))
        {
            return Reject(now, RejectionCode.UnknownClient, "client", "There is no client " + client + ".", client: client);
        }

        if (state.Clients[client.Value].PoolSlot < 0)
        {
            return Reject(now, RejectionCode.NotPooled, "client", "Client " + client + " is not waiting for work.", client: client);
        }

        Emit(new MarketEvent { Kind = EventKind.RequestWithdrawn, Time = now, Client = client });
        return client;
    }

    /// <summary>A client reports how long the standard test workload took it.</summary>
    /// <param name="now">The command's time; at most the test lease's deadline.</param>
    /// <param name="client">The client; must hold the lease.</param>
    /// <param name="lease">The test lease.</param>
    /// <param name="elapsed">Positive, and no longer than the lease has been open.</param>
    /// <returns>The measurement (speed = test work / elapsed seconds), or a rejection.</returns>
    public Outcome<SpeedMeasurement> ReportSpeedTest(Instant now, ClientId client, LeaseId lease, TimeSpan elapsed)
    {
        if (CheckLease(now, client, lease, LeaseKind.SpeedTest) is Rejection bad)
        {
            return bad;
        }

        if (elapsed <= TimeSpan.Zero || elapsed.Ticks > now.Ticks - state.Clients[client.Value].LeaseGranted)
        {
            return Reject(now, RejectionCode.InvalidElapsed, "elapsed", "The elapsed time must be positive and no longer than the test lease has been open.", client: client, lease: lease);
        }

        double speed = Options.TestWork / elapsed.TotalSeconds;
        Emit(new MarketEvent { Kind = EventKind.SpeedMeasured, Time = now, Lease = lease, Client = client, Length = elapsed, Speed = speed });
        return new SpeedMeasurement(now, speed);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsClient(ClientId client) => client.Value > 0 && state.Clients.Contains(client.Value);

    /// <summary>Advances to <paramref name="now"/> and checks that the client holds this open lease of
    /// this kind in time (the lease is then in the client's record).</summary>
    private Rejection? CheckLease(Instant now, ClientId client, LeaseId lease, LeaseKind kind)
    {
        int before = state.Leases.HolderOf(lease.Value);
        bool late = before != 0 && state.Clients[before].LeaseDeadline < now.Ticks;
        Advance(now);
        int holder = state.Leases.HolderOf(lease.Value);
        if (!late && holder != 0 && holder == client.Value && state.Clients[holder].LeaseKind == kind)
        {
            return null;
        }

        return LeaseProblem(now, client, lease, late, holder);
    }

    /// <summary>Why <see cref="CheckLease"/> failed, as a rejection (apart from it for the reason
    /// given at <see cref="RejectRequest"/>): the first of its checks that fails.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Rejection LeaseProblem(Instant now, ClientId client, LeaseId lease, bool late, int holder)
    {
        if (late)
        {
            return Reject(now, RejectionCode.LateCheckIn, "lease", "Lease " + lease + " passed its deadline; the job rolled back.", client: client, lease: lease);
        }

        if (holder == 0)
        {
            return Reject(now, RejectionCode.UnknownLease, "lease", "There is no open lease " + lease + ".", client: client, lease: lease);
        }

        if (holder != client.Value)
        {
            return Reject(now, RejectionCode.NotOwner, "lease", "Lease " + lease + " belongs to another client.", client: client, lease: lease);
        }

        LeaseKind actual = state.Clients[holder].LeaseKind;
        return Reject(now, RejectionCode.WrongLeaseKind, "lease", "Lease " + lease + " is a " + (actual == LeaseKind.Job ? "job lease" : "speed test") + ".", client: client, lease: lease);
    }
}
