using System;
using Market.Engine.Internal;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Market.Engine;

/// <content>One matching step: the policy decides, the engine checks and grants.</content>
public sealed partial class MarketEngine
{
    // Runs once per window but loops over the whole pool: compile it fully optimised at once
    // rather than through tiering and on-stack replacement.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MatchPool(Instant now)
    {
        EngineState s = state;
        ReadOnlySpan<PoolEntry> pool = BuildPoolView();
        int n = pool.Length;
        long round = s.Rounds + 1;
        assignments.Clear();
        DeterministicRandom random = s.Random;
        policy.Match(new MatchingInput(pool, s.Ready, poolSpeedView ??= new PoolSpeedView(s)), ref random, assignments);
        CheckAssignments(n, round);

        // Grants are decided here and applied in batches (ApplyGrants): the same effects as applying
        // each event in turn, done in phases whose loops touch scattered records independently.
        int granted = 0;
        grants.Clear();
        long nextLease = s.NextLease;
        for (int i = 0; i < assignments.Count; i++)
        {
            if (i % TouchAhead == 0)
            {
                TouchRequests(pool, i);
            }

            Assignment a = assignments[i];
            JobFacts job = jobFacts[i];
            if (s.Accounts[job.Owner].Available - PendingReserve(job.Owner) < DispatchCost(job.Price))
            {
                // The owner cannot pay: the job waits paused, the request waits for the next window.
                FlushGrants();
                Emit(new MarketEvent { Kind = EventKind.JobPaused, Time = now, Job = a.Job, Account = new AccountId(job.Owner) });
                continue;
            }

            // The pool itself, when it had no holes: a grant applied by an earlier flush makes a
            // hole in another slot (this one is read before its own grant), and the pool empties
            // only once every request in it has been granted.
            ref readonly PoolEntry request = ref pool[a.PoolIndex];
            TimeSpan length = Options.GrantLength(request.RequestedLength);
            Credits reserve = MoneyMath.ChargeFor(a.Paid, length);
            AddPendingReserve(job.Owner, reserve.Micro);
            grants.Add(new MarketEvent
            {
                Kind = EventKind.LeaseGranted,
                Time = now,
                Lease = new LeaseId(nextLease++),
                Job = a.Job,
                Client = request.Client,
                Account = new AccountId(job.Owner),
                Price = a.Paid,
                Length = length,
                Deadline = now.Plus(length),
                Amount = reserve,
                Number = job.Version,
                Speed = request.Speed,
            });
            granted++;
            if (grants.Count == GrantBatch)
            {
                FlushGrants();
            }
        }

        FlushGrants();
        Emit(new MarketEvent { Kind = EventKind.WindowClosed, Time = now, Detail = n, Number = granted, Work = unchecked((long)random.State) });
    }

    /// <summary>Reads the pooled requests of the next <see cref="TouchAhead"/> assignments from
    /// <paramref name="first"/> in a loop that does nothing else, so their cache misses overlap.</summary>
    private void TouchRequests(ReadOnlySpan<PoolEntry> pool, int first)
    {
        ReadOnlySpan<Assignment> chunk = CollectionsMarshal.AsSpan(assignments);
        chunk = chunk.Slice(first, Math.Min(TouchAhead, chunk.Length - first));
        long sum = 0;
        foreach (ref readonly Assignment a in chunk)
        {
            sum ^= pool[a.PoolIndex].Sequence;
        }

        touched ^= sum;
    }

    /// <summary>The live pool in arrival order, as the policy sees it: the pool itself while it
    /// has no holes (the usual case: holes are made by grants and withdrawals, and the last window's
    /// grants were compacted away when it closed), else a copy without them. Memory ∝ pool.</summary>
    // Runs once per window but loops over the whole pool: compile it fully optimised at once
    // rather than through tiering and on-stack replacement.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<PoolEntry> BuildPoolView()
    {
        EngineState s = state;
        if (poolUsed.Length < s.PoolLive)
        {
            poolUsed = new bool[Math.Max(s.PoolLive, poolUsed.Length * 2)];
        }

        poolSpeedView ??= new PoolSpeedView(s);
        if (s.PoolHoles == 0)
        {
            poolSpeedView.ViewIsPool();
            return s.Pool.AsReadOnlySpan();
        }

        if (poolView.Length < s.PoolLive)
        {
            poolView = new PoolEntry[Math.Max(s.PoolLive, poolView.Length * 2)];
        }

        int n = 0;
        ReadOnlySpan<PoolEntry> slots = s.Pool.AsReadOnlySpan();
        for (int i = 0; i < slots.Length; i++)
        {
            if (slots[i].Client.Value != 0)
            {
                poolSpeedView.MapSlot(i, n);
                poolView[n++] = slots[i];
            }
        }

        return poolView.AsSpan(0, n);
    }

    /// <summary>Throws if the policy broke its contract (each request and job once, ready jobs, paid ≤ price),
    /// and gathers the facts of each assigned job into <see cref="jobFacts"/>.</summary>
    // Runs once per window but loops over the whole pool: compile it fully optimised at once
    // rather than through tiering and on-stack replacement.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CheckAssignments(int poolSize, long round)
    {
        EngineState s = state;
        Array.Clear(poolUsed, 0, poolSize);
        if (jobFacts.Length < assignments.Count)
        {
            jobFacts = new JobFacts[Math.Max(assignments.Count, jobFacts.Length * 2)];
        }

        ReadOnlySpan<Assignment> all = CollectionsMarshal.AsSpan(assignments);
        for (int start = 0; start < all.Length; start += TouchAhead)
        {
            ReadOnlySpan<Assignment> chunk = all.Slice(start, Math.Min(TouchAhead, all.Length - start));
            long sum = 0;
            foreach (ref readonly Assignment a in chunk)
            {
                sum ^= s.Jobs.Touch(a.Job.Value);
            }

            touched ^= sum;
            for (int k = 0; k < chunk.Length; k++)
            {
                int i = start + k;
                Assignment a = chunk[k];
                if ((uint)a.PoolIndex >= (uint)poolSize || poolUsed[a.PoolIndex])
                {
                    throw new InvalidOperationException("Policy " + policy.Name + " assigned pool entry " + a.PoolIndex + " twice or out of range.");
                }

                poolUsed[a.PoolIndex] = true;
                if (!IsJob(a.Job) || s.Jobs[a.Job.Value].Status != JobStatus.Queued || s.Jobs[a.Job.Value].ClaimedRound == round)
                {
                    throw new InvalidOperationException("Policy " + policy.Name + " assigned " + a.Job + ", which is not ready or was assigned twice.");
                }

                ref JobState j = ref s.Jobs[a.Job.Value];
                j.ClaimedRound = round;
                if (a.Paid.MicroPerHour < 0 || a.Paid.MicroPerHour > j.Price)
                {
                    throw new InvalidOperationException("Policy " + policy.Name + " charged " + a.Job + " more than its price.");
                }

                jobFacts[i] = new JobFacts(j.Owner, j.Price, j.Version);
            }
        }
    }

    /// <summary>How many scattered records a read-ahead loop loads before they are used: enough
    /// to keep the processor's outstanding misses full, few enough to stay in its first caches.</summary>
    private const int TouchAhead = 256;

    /// <summary>Where the read-ahead loops leave what they read, so the compiler keeps the reads;
    /// nothing reads it.</summary>
    private long touched;

    /// <summary>What a grant needs to know of its job, gathered before any grant is applied.</summary>
    private readonly record struct JobFacts(int Owner, long Price, long Version);

    /// <summary>Grants applied per batch: enough to overlap memory waits, few enough that the batch's
    /// events stay in the processor's cache between the phases.</summary>
    private const int GrantBatch = 4096;

    /// <summary>Applies the pending grants as a batch, then hands each to the sink in order.</summary>
    private void FlushGrants()
    {
        if (grants.Count == 0)
        {
            return;
        }

        ApplyGrants(CollectionsMarshal.AsSpan(grants));
        if (Wants(EventKind.LeaseGranted))
        {
            foreach (ref readonly MarketEvent e in CollectionsMarshal.AsSpan(grants))
            {
                sink.On(e);
            }
        }

        grants.Clear();
        foreach (int account in pendingAccounts)
        {
            pendingReserve[account] = 0;
        }

        pendingAccounts.Clear();
    }

    private long PendingReserve(int account) => account < pendingReserve.Length ? pendingReserve[account] : 0;

    private void AddPendingReserve(int account, long amount)
    {
        if (account >= pendingReserve.Length)
        {
            Array.Resize(ref pendingReserve, Math.Max(account + 1, pendingReserve.Length * 2));
        }

        if (pendingReserve[account] == 0)
        {
            pendingAccounts.Add(account);
        }

        pendingReserve[account] += amount;
    }
}
