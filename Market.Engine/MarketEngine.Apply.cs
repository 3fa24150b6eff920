using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Market.Engine.Internal;
using System.Runtime.CompilerServices;

namespace Market.Engine;

/// <content>Applying events: the only code that changes engine state.</content>
public sealed partial class MarketEngine
{
    /// <summary>Folds one event, emitted earlier by an engine with the same options, into this
    /// engine's state without deciding anything or emitting it. Applying, in order, the events an
    /// engine emitted after a <see cref="Snapshot"/> to <c>Restore(snapshot)</c> gives that
    /// engine's state.</summary>
    /// <exception cref="InvalidOperationException">The event does not fit this state (a log from
    /// another market, or out of order).</exception>
    public void Apply(in MarketEvent e)
    {
        if (!(e.Time >= state.Now))
        {
            // The message is built only on failure: this runs for every command.
            throw new InvalidOperationException("Event " + e.Kind + " at " + e.Time + " is before " + state.Now + ".");
        }
        ApplyCore(e);
    }

    private void ApplyCore(in MarketEvent e)
    {
        EngineState s = state;
        s.Now = e.Time;
        s.EventCount++;
        switch (e.Kind)
        {
            case EventKind.AccountOpened:
                ApplyAccountOpened(e);
                break;
            case EventKind.ClientRegistered:
                ApplyClientRegistered(e);
                break;
            case EventKind.JobSubmitted:
                ApplyJobSubmitted(e);
                break;
            case EventKind.PriceChanged:
                ApplyPriceChange(e.Job.Value, e.Price.MicroPerHour);
                break;
            case EventKind.RequestPooled:
                ApplyPooled(e);
                break;
            case EventKind.RequestWithdrawn:
                TakeFromPool(e.Client.Value);
                break;
            case EventKind.TestIssued:
                OpenLease(e, LeaseKind.SpeedTest);
                break;
            case EventKind.SpeedMeasured:
                ApplySpeedMeasured(e);
                break;
            case EventKind.LeaseGranted:
                CheckGrant(e);
                TakeFromPool(e.Client.Value);
                OpenLease(e, LeaseKind.Job);
                break;
            case EventKind.CheckedIn:
                ApplyCheckedIn(e);
                break;
            case EventKind.LeaseExpired:
                ApplyExpired(e);
                break;
            case EventKind.JobCompleted:
            case EventKind.JobFailed:
                ApplyEnded(e);
                break;
            case EventKind.JobPaused:
                ApplyPaused(e.Job.Value);
                break;
            case EventKind.JobResumed:
                ApplyResumed(e.Job.Value);
                break;
            case EventKind.Paid:
                ApplyPaid(e);
                break;
            case EventKind.WindowClosed:
                ApplyWindowClosed(e);
                break;
            case EventKind.Rejected:
                break; // observable, changes nothing
            default:
                throw new InvalidOperationException("Unknown event kind " + e.Kind + ".");
        }
    }

    // The rarer kinds build records with references in them: out of line, so that ApplyCore's frame
    // (zeroed at every call, for every event) does not hold their temporaries.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ApplyAccountOpened(in MarketEvent e)
    {
        Guard.State(e.Account.Value == state.Accounts.Count, "Account ids are given in order.");
        state.Accounts.Add(new AccountState { Opened = e.Time });
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ApplyClientRegistered(in MarketEvent e)
    {
        EngineState s = state;
        Guard.State(e.Client.Value == s.Clients.Count, "Client ids are given in order.");
        s.Clients.Add(new ClientState { Owner = e.Account.Value, LastTestTicks = long.MinValue, PoolSlot = -1 });
        s.ClientTotals.Add(default);
        s.ClientRecords.Add(new ClientRecord { Registered = e.Time });
        for (int i = 0; i < Options.SpeedHistory; i++)
        {
            s.History.Add(default);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ApplyJobSubmitted(in MarketEvent e)
    {
        EngineState s = state;
        Guard.State(e.Job.Value == s.Jobs.Count, "Job ids are given in order.");
        s.Jobs.Add(new JobState { Owner = e.Account.Value, Price = e.Price.MicroPerHour }, new JobRecord { Name = e.Text ?? string.Empty, Submitted = e.Time, Committed = e.State });
        MakeReady(e.Job.Value);
    }

    /// <summary>Applies consecutive <see cref="EventKind.LeaseGranted"/> events with exactly the effect
    /// of applying each in turn (each names a different client and job), phase by phase, so the
    /// scattered client, job and lease records of a large window load in parallel: each phase runs
    /// over <see cref="TouchAhead"/> grants at a time, first reading only the records it will change
    /// (a loop with nothing else to wait on, so their cache misses overlap), then changing them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ApplyGrants(ReadOnlySpan<MarketEvent> grants)
    {
        EngineState s = state;
        long sum = 0;
        for (int start = 0; start < grants.Length; start += TouchAhead)
        {
            ReadOnlySpan<MarketEvent> chunk = grants.Slice(start, Math.Min(TouchAhead, grants.Length - start));
            foreach (ref readonly MarketEvent e in chunk)
            {
                sum ^= s.Clients[e.Client.Value].PoolSlot;
            }

            foreach (ref readonly MarketEvent e in chunk)
            {
                // Only writes: the engine made these grants from pooled, idle clients a moment ago.
                ref ClientState c = ref s.Clients[e.Client.Value];
                LeaveSpeedOrder(s, c.PoolSlot);
                MakeHole(s, c.PoolSlot);
                c.PoolSlot = -1;
                WriteLease(ref c, e, LeaseKind.Job);
            }
        }

        for (int start = 0; start < grants.Length; start += TouchAhead)
        {
            ReadOnlySpan<MarketEvent> chunk = grants.Slice(start, Math.Min(TouchAhead, grants.Length - start));
            foreach (ref readonly MarketEvent e in chunk)
            {
                sum ^= s.Jobs.Touch(e.Job.Value);
            }

            foreach (ref readonly MarketEvent e in chunk)
            {
                s.Ready.Remove(e.Job.Value);
                ref JobState j = ref s.Jobs[e.Job.Value];
                j.Status = JobStatus.Leased;
                j.OpenLease = e.Lease.Value;
                s.Accounts[e.Account.Value].Reserved += e.Amount.Micro;
            }
        }

        touched ^= sum;
        for (int i = 0; i < grants.Length; i++)
        {
            IndexLease(grants[i]);
        }

        s.PoolLive -= grants.Length;
        if (s.PoolLive == 0)
        {
            EmptyPool();
        }

        s.NextLease = Math.Max(s.NextLease, grants[^1].Lease.Value + 1);
        s.Now = grants[^1].Time;
        s.EventCount += grants.Length;
    }

    private void MakeReady(int job)
    {
        ref JobState j = ref state.Jobs[job];
        j.Status = JobStatus.Queued;
        j.ReadySequence = state.NextReady++;
        state.Ready.Add(job);
        if (state.PoolLive > 0 && state.WindowDeadline == long.MaxValue)
        {
            // A pool that waited with no job to match opens its window when one becomes ready.
            state.WindowDeadline = state.Now.Plus(Options.Window).Ticks;
        }
    }

    private void ApplyPriceChange(int job, long price)
    {
        ref JobState j = ref state.Jobs[job];
        if (j.Status == JobStatus.Queued)
        {
            state.Ready.Reprice(job, price);
        }
        else
        {
            j.Price = price;
        }
    }

    private void ApplyPooled(in MarketEvent e)
    {
        EngineState s = state;
        var entry = new PoolEntry(e.Client, s.Clients[e.Client.Value].Speed, e.Number, e.Length);
        int slot = s.Pool.Add(entry);
        s.PoolBySpeed.Insert(SpeedKey.Of(entry));
        s.PoolTimes.Add(e.Time);
        s.Clients[e.Client.Value].PoolSlot = slot;
        if (s.PoolLive++ == 0)
        {
            s.WindowDeadline = s.Ready.Count > 0 ? e.Time.Plus(Options.Window).Ticks : long.MaxValue;
        }

        s.NextRequest = e.Number + 1;
    }

    /// <summary>Takes a client out of the pool. Its slot is left as it is: a slot is live only while
    /// its client points back at it, and the pool is compacted when the window closes or empties.</summary>
    private void TakeFromPool(int client)
    {
        EngineState s = state;
        ref ClientState c = ref s.Clients[client];
        if (c.PoolSlot < 0)
        {
            throw new InvalidOperationException("Client " + client + " is not in the pool.");
        }

        LeaveSpeedOrder(s, c.PoolSlot);
        MakeHole(s, c.PoolSlot);
        c.PoolSlot = -1;
        if (--s.PoolLive == 0)
        {
            EmptyPool();
        }
    }

    /// <summary>Takes the request in pool slot <paramref name="slot"/> out of the speed order (the
    /// fastest first: that is what rank matching grants, so usually O(1)).</summary>
    private static void LeaveSpeedOrder(EngineState s, int slot)
    {
        SpeedKey key = SpeedKey.Of(s.Pool[slot]);
        if (!s.PoolBySpeed.TryRemoveFirst(key))
        {
            s.PoolBySpeed.Remove(key);
        }
    }

    private static void MakeHole(EngineState s, int slot)
    {
        s.Pool[slot] = s.Pool[slot] with { Client = default };
        s.FirstHole = Math.Min(s.FirstHole, slot);
    }

    private void EmptyPool()
    {
        Guard.State(state.PoolBySpeed.Count == 0, "The speed order holds requests that left the pool.");
        state.Pool.Truncate(0);
        state.PoolTimes.Truncate(0);
        state.FirstHole = int.MaxValue;
        state.WindowDeadline = long.MaxValue;
    }

    private void OpenLease(in MarketEvent e, LeaseKind kind)
    {
        EngineState s = state;
        WriteLease(ref s.Clients[e.Client.Value], e, kind);
        IndexLease(e);
        if (kind == LeaseKind.Job)
        {
            ref JobState j = ref s.Jobs[e.Job.Value];
            s.Ready.Remove(e.Job.Value);
            j.Status = JobStatus.Leased;
            j.OpenLease = e.Lease.Value;
            s.Accounts[j.Owner].Reserved += e.Amount.Micro;
        }

        s.NextLease = Math.Max(s.NextLease, e.Lease.Value + 1);
    }

    /// <summary>Throws, changing nothing, if a grant applied from outside (a log) does not fit what
    /// the client's record keeps of a lease: the reservation is its price for its length, and it
    /// starts from its job's committed version.</summary>
    private void CheckGrant(in MarketEvent e)
    {
        if (e.Deadline.Ticks < e.Time.Ticks || e.Amount.Micro != MoneyMath.ChargeFor(e.Price, e.Deadline.Since(e.Time)).Micro || !state.Jobs.Contains(e.Job.Value) || e.Number != state.Jobs[e.Job.Value].Version
            || !state.Clients.Contains(e.Client.Value) || state.Clients[e.Client.Value].OpenLease != 0)
        {
            throw new InvalidOperationException("Lease " + e.Lease + " does not fit this state: its reservation is not its price for its length, it does not start from its job's committed version, or its client holds a lease.");
        }
    }

    /// <summary>Records a lease from its grant or test event in its client's record (which holds no other).</summary>
    private static void WriteLease(ref ClientState c, in MarketEvent e, LeaseKind kind)
    {
        if (c.OpenLease != 0)
        {
            throw new InvalidOperationException("Client " + e.Client + " already holds lease L" + c.OpenLease + ".");
        }

        c.OpenLease = e.Lease.Value;
        c.LeaseKind = kind;
        c.LeaseJob = e.Job.Value;
        c.LeaseGranted = e.Time.Ticks;
        c.LeaseDeadline = e.Deadline.Ticks;
        c.LeasePaidPrice = e.Price.MicroPerHour;
    }

    /// <summary>What a job lease's owner has set aside for it: its paid price for its whole length
    /// (what the grant reserved; kept as the lease's price and times, not as a number of its own).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Reserved(in ClientState c)
        => c.LeaseKind == LeaseKind.Job ? MoneyMath.ChargeFor(new Price(c.LeasePaidPrice), new TimeSpan(c.LeaseDeadline - c.LeaseGranted)).Micro : 0;

    /// <summary>Indexes an open lease by id and schedules its deadline.</summary>
    private void IndexLease(in MarketEvent e)
    {
        state.Leases.Add(e.Lease.Value, e.Client.Value);
        state.Deadlines.Push(e.Deadline.Ticks, e.Lease.Value);
    }

    /// <summary>Removes an open lease from the books and releases what it reserved. Returns its
    /// client, whose record still holds the lease's fields (but <c>OpenLease</c>, now 0).</summary>
    private int CloseLease(long id)
    {
        EngineState s = state;
        int holder = s.Leases.HolderOf(id);
        if (holder == 0)
        {
            // The message is built only on failure: this runs for every command.
            throw new InvalidOperationException("Lease " + id + " is not open.");
        }

        ref ClientState c = ref s.Clients[holder];
        s.Leases.Remove(id);
        c.OpenLease = 0;
        if (id == openTopLease)
        {
            openTopLease = 0;
        }

        if (s.Deadlines.Count > (2 * s.Leases.Count) + 1024)
        {
            // Closed leases linger in the heap until their deadline; keep them under half of it.
            s.Deadlines.Rebuild(s.Leases);
        }

        if (c.LeaseKind == LeaseKind.Job)
        {
            ref JobState j = ref s.Jobs[c.LeaseJob];
            j.OpenLease = 0;
            s.Accounts[j.Owner].Reserved -= Reserved(c);
        }

        return holder;
    }

    private void ApplySpeedMeasured(in MarketEvent e)
    {
        int client = CloseLease(e.Lease.Value);
        ref ClientState c = ref state.Clients[client];
        c.Speed = e.Speed;
        c.LastTestTicks = e.Time.Ticks;
        ref ClientRecord r = ref state.ClientRecords[client];
        int length = Options.SpeedHistory;
        state.History[(client * length) + r.HistoryNext] = new SpeedMeasurement(e.Time, e.Speed);
        r.HistoryNext = r.HistoryNext + 1 == length ? 0 : r.HistoryNext + 1;
        r.Measurements++;
    }

    private void ApplyCheckedIn(in MarketEvent e)
    {
        EngineState s = state;
        int client = CloseLease(e.Lease.Value);
        int job = s.Clients[client].LeaseJob;
        ref JobState j = ref s.Jobs[job];
        j.Version = e.Number;
        ref JobRecord r = ref s.Jobs.Record(job);
        r.Committed = e.State;
        r.WorkDone += e.Work;
        s.ClientTotals[client].LeasesCompleted++;
        if ((CheckInKind)e.Detail == CheckInKind.Progress)
        {
            MakeReady(job);
        }
    }

    private void ApplyExpired(in MarketEvent e)
    {
        ref ClientState c = ref state.Clients[CloseLease(e.Lease.Value)];
        if (c.LeaseKind == LeaseKind.Job)
        {
            state.Jobs.Record(c.LeaseJob).Rollbacks++;
            MakeReady(c.LeaseJob);
        }
    }

    /// <summary>A job has ended (its last lease was just closed, so nothing else refers to it):
    /// it keeps its final status, or is forgotten if the options say so.</summary>
    private void ApplyEnded(in MarketEvent e)
    {
        if (Options.ForgetEndedJobs)
        {
            state.Jobs.Retire(e.Job.Value);
        }
        else
        {
            state.Jobs[e.Job.Value].Status = e.Kind == EventKind.JobCompleted ? JobStatus.Completed : JobStatus.Failed;
        }
    }

    private void ApplyPaused(int job)
    {
        ref JobState j = ref state.Jobs[job];
        state.Ready.Remove(job);
        j.Status = JobStatus.Paused;
        (state.Accounts[j.Owner].Paused ??= new List<int>()).Add(job);
    }

    private void ApplyResumed(int job)
    {
        ref JobState j = ref state.Jobs[job];
        if (!(j.Status == JobStatus.Paused))
        {
            // The message is built only on failure: this runs for every command.
            throw new InvalidOperationException("Job " + job + " is not paused.");
        }
        state.Accounts[j.Owner].Paused!.Remove(job);
        MakeReady(job);
    }

    private void ApplyPaid(in MarketEvent e)
    {
        state.Accounts[e.Account.Value].Balance -= e.Amount.Micro;
        state.Accounts[e.Counterparty.Value].Balance += e.Amount.Micro;
        if ((PaymentKind)e.Detail == PaymentKind.LeaseCharge)
        {
            state.ClientTotals[e.Client.Value].Earned += e.Amount.Micro;
        }
    }

    // Runs once per window but loops over the whole pool: compile it fully optimised at once
    // rather than through tiering and on-stack replacement.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ApplyWindowClosed(in MarketEvent e)
    {
        EngineState s = state;
        int kept = s.PoolHoles == 0 ? s.Pool.Count : s.FirstHole; // the slots before the first hole stay
        int count = s.Pool.Count;
        for (int i = kept; i < count; i++)
        {
            if (i + ReadPoolAhead < count)
            {
                // Each request that stays moves, and so does its slot in its client's record: in a
                // large market those records are cache misses one after another, unless asked for ahead.
                Internal.Prefetch.Line(ref s.Clients[s.Pool[i + ReadPoolAhead].Client.Value]);
            }

            PoolEntry slot = s.Pool[i];
            if (IsLiveSlot(i))
            {
                s.Pool[kept] = slot;
                s.PoolTimes[kept] = s.PoolTimes[i];
                s.Clients[slot.Client.Value].PoolSlot = kept;
                kept++;
            }
        }

        s.Pool.Truncate(kept);
        s.PoolTimes.Truncate(kept);
        s.FirstHole = int.MaxValue;
        s.PoolLive = kept;
        s.WindowDeadline = kept > 0 && s.Ready.Count > 0 ? e.Time.Plus(Options.Window).Ticks : long.MaxValue;
        s.Random = new DeterministicRandom(unchecked((ulong)e.Work));
        s.Rounds++;
    }

    /// <summary>How many pool slots ahead the closing of a window asks for the client records it will write.</summary>
    private const int ReadPoolAhead = 16;

    /// <summary>Whether pool slot <paramref name="i"/> still holds a waiting request.</summary>
    private bool IsLiveSlot(int i) => state.Pool[i].Client.Value != 0;

    /// <summary>The record of the client holding open lease <paramref name="id"/>, or a null reference.</summary>
    private ref ClientState HolderOf(long id)
    {
        int holder = state.Leases.HolderOf(id);
        return ref holder == 0 ? ref Unsafe.NullRef<ClientState>() : ref state.Clients[holder];
    }
}
