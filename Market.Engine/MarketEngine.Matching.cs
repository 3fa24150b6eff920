using System;
using Market.Engine.Internal;

namespace Market.Engine;

/// <content>One matching step: the policy decides, the engine checks and grants.</content>
public sealed partial class MarketEngine
{
    private void MatchPool(Instant now)
    {
        EngineState s = state;
        int n = BuildPoolView();
        long round = s.Rounds + 1;
        assignments.Clear();
        DeterministicRandom random = s.Random;
        policy.Match(new MatchingInput(poolView.AsSpan(0, n), s.Ready), ref random, assignments);
        CheckAssignments(n, round);

        int granted = 0;
        foreach (Assignment a in assignments)
        {
            ref JobState j = ref s.Jobs[a.Job.Value];
            if (s.Accounts[j.Owner].Available < DispatchCost(j.Price))
            {
                // The owner cannot pay: the job waits paused, the request waits for the next window.
                Emit(new MarketEvent { Kind = EventKind.JobPaused, Time = now, Job = a.Job, Account = new AccountId(j.Owner) });
                continue;
            }

            ref ClientState c = ref s.Clients[poolSlots[a.PoolIndex]];
            TimeSpan length = Options.GrantLength(new TimeSpan(s.Pool[c.PoolSlot].RequestedTicks));
            Emit(new MarketEvent
            {
                Kind = EventKind.LeaseGranted,
                Time = now,
                Lease = new LeaseId(s.NextLease),
                Job = a.Job,
                Client = new ClientId(poolSlots[a.PoolIndex]),
                Account = new AccountId(j.Owner),
                Price = a.Paid,
                Length = length,
                Deadline = now.Plus(length),
                Amount = MoneyMath.ChargeFor(a.Paid, length),
                Number = j.Version,
                Speed = c.Speed,
            });
            granted++;
        }

        Emit(new MarketEvent { Kind = EventKind.WindowClosed, Time = now, Detail = n, Number = granted, Work = unchecked((long)random.State) });
    }

    /// <summary>Copies the live pool, in arrival order, into the policy's view. Memory ∝ pool.</summary>
    private int BuildPoolView()
    {
        EngineState s = state;
        if (poolView.Length < s.PoolLive)
        {
            int size = Math.Max(s.PoolLive, poolView.Length * 2);
            poolView = new PoolEntry[size];
            poolSlots = new int[size];
            poolUsed = new bool[size];
        }

        int n = 0;
        for (int i = 0; i < s.Pool.Count; i++)
        {
            ref PoolSlot slot = ref s.Pool[i];
            if (slot.Client != 0)
            {
                poolSlots[n] = slot.Client;
                poolView[n++] = new PoolEntry(new ClientId(slot.Client), s.Clients[slot.Client].Speed, slot.Sequence, new TimeSpan(slot.RequestedTicks));
            }
        }

        return n;
    }

    /// <summary>Throws if the policy broke its contract (each request and job once, ready jobs, paid ≤ price).</summary>
    private void CheckAssignments(int poolSize, long round)
    {
        EngineState s = state;
        Array.Clear(poolUsed, 0, poolSize);
        foreach (Assignment a in assignments)
        {
            if ((uint)a.PoolIndex >= (uint)poolSize || poolUsed[a.PoolIndex])
            {
                throw new InvalidOperationException("Policy " + policy.Name + " assigned pool entry " + a.PoolIndex + " twice or out of range.");
            }

            poolUsed[a.PoolIndex] = true;
            if (!IsJob(a.Job) || s.Jobs[a.Job.Value].Status != JobStatus.Queued || s.Jobs[a.Job.Value].ClaimedRound == round)
            {
                throw new InvalidOperationException("Policy " + policy.Name + " assigned " + a.Job + ", which is not ready or was assigned twice.");
            }

            s.Jobs[a.Job.Value].ClaimedRound = round;
            if (a.Paid.MicroPerHour < 0 || a.Paid.MicroPerHour > s.Jobs[a.Job.Value].Price)
            {
                throw new InvalidOperationException("Policy " + policy.Name + " charged " + a.Job + " more than its price.");
            }
        }
    }
}
