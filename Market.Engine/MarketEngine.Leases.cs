using System;
using System.Runtime.CompilerServices;
using Market.Engine.Internal;

namespace Market.Engine;

/// <content>Check-ins and expiry.</content>
public sealed partial class MarketEngine
{
    /// <summary>A client checks a job lease in before its deadline: the new state becomes the job's
    /// rollback point, the owner is charged for the time held (the client's owner is paid, less the
    /// commission), and the job is ready again, or ends when the check-in says so.</summary>
    /// <param name="now">The command's time; at most the lease deadline.</param>
    /// <param name="client">The client; must hold the lease.</param>
    /// <param name="lease">The lease.</param>
    /// <param name="kind">Progress, completed (the state carries the result) or failed.</param>
    /// <param name="newState">The state the slice ended in.</param>
    /// <param name="work">Work units done in the slice; not negative.</param>
    /// <returns>The receipt, or a rejection (late, unknown, closed, another client's, wrong kind,
    /// invalid state) that changed nothing.</returns>
    public Outcome<CheckInReceipt> CheckIn(Instant now, ClientId client, LeaseId lease, CheckInKind kind, StateVersion newState, long work)
    {
        Rejection? bad = CheckLease(now, client, lease, LeaseKind.Job);
        if (bad is not null || newState.Size < 0 || work < 0 || (uint)kind > (uint)CheckInKind.Failed)
        {
            return RejectCheckIn(now, client, lease, bad);
        }

        EngineState s = state;
        ref ClientState c = ref s.Clients[client.Value];
        int job = c.LeaseJob;
        ref JobState j = ref s.Jobs[job];
        int owner = j.Owner;
        int payee = c.Owner;
        var held = new TimeSpan(now.Ticks - c.LeaseGranted);
        Credits charge = MoneyMath.ChargeFor(new Price(c.LeasePaidPrice), held);
        Credits commission = MoneyMath.Commission(charge, Options.CommissionPpm);
        Credits toClient = charge - commission;
        long version = j.Version + 1;
        Emit(new MarketEvent
        {
            Kind = EventKind.CheckedIn,
            Time = now,
            Lease = lease,
            Job = new JobId(job),
            Client = client,
            Account = new AccountId(owner),
            State = newState,
            Number = version,
            Length = held,
            Amount = charge,
            Work = work,
            Detail = (int)kind,
        });
        if (toClient.Micro > 0)
        {
            Pay(now, new AccountId(owner), new AccountId(payee), toClient, PaymentKind.LeaseCharge, lease.Value, job, client.Value);
        }

        if (commission.Micro > 0)
        {
            Pay(now, new AccountId(owner), AccountId.Platform, commission, PaymentKind.Commission, lease.Value, job, client.Value);
        }

        if (kind != CheckInKind.Progress)
        {
            Ended(now, kind, job, owner, version);
        }

        ResumeAffordable(now, owner);
        if (payee != owner)
        {
            ResumeAffordable(now, payee);
        }

        // An ended job may be retired by now (MarketOptions.ForgetEndedJobs): its status is known.
        JobStatus status = kind switch
        {
            CheckInKind.Completed => JobStatus.Completed,
            CheckInKind.Failed => JobStatus.Failed,
            _ => s.Jobs[job].Status,
        };
        return new CheckInReceipt(lease, new JobId(job), version, charge, toClient, commission, status);
    }

    // As for a request (see RequestWork), a check-in's rarer outcomes are made in calls of their own.

    /// <summary>The rejection of a check-in: the lease's (<paramref name="bad"/>), else its report's.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Outcome<CheckInReceipt> RejectCheckIn(Instant now, ClientId client, LeaseId lease, Rejection? bad)
        => bad ?? Reject(now, RejectionCode.InvalidState, "state", "The state size and work must not be negative and the kind must be known.", client: client, lease: lease);

    /// <summary>The check-in ended its job: completed or failed.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Ended(Instant now, CheckInKind kind, int job, int owner, long version)
        => Emit(new MarketEvent
        {
            Kind = kind == CheckInKind.Completed ? EventKind.JobCompleted : EventKind.JobFailed,
            Time = now,
            Job = new JobId(job),
            Account = new AccountId(owner),
            Number = version,
        });

    /// <summary>A lease's deadline has passed: the job rolls back to its last committed state and is
    /// ready again; nobody pays.</summary>
    private void Expire(Instant now, long id)
    {
        int holder = state.Leases.HolderOf(id);
        ref ClientState c = ref state.Clients[holder];
        int job = c.LeaseJob;
        bool isJob = c.LeaseKind == LeaseKind.Job;
        long rollback = isJob ? state.Jobs[job].Version : 0;
        Emit(new MarketEvent
        {
            Kind = EventKind.LeaseExpired,
            Time = now,
            Lease = new LeaseId(id),
            Client = new ClientId(holder),
            Job = new JobId(job),
            Deadline = new Instant(c.LeaseDeadline),
            Number = rollback,
        });
        if (isJob)
        {
            ResumeAffordable(now, state.Jobs[job].Owner);
        }
    }
}
