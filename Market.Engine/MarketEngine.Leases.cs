using System;
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
        if (CheckLease(now, client, lease, LeaseKind.Job, out LeaseState l) is Rejection bad)
        {
            return bad;
        }

        if (newState.Size < 0 || work < 0 || !Enum.IsDefined(kind))
        {
            return Reject(now, RejectionCode.InvalidState, "state", "The state size and work must not be negative and the kind must be known.", client: client, lease: lease);
        }

        EngineState s = state;
        ref JobState j = ref s.Jobs[l.Job];
        int owner = j.Owner;
        int payee = s.Clients[l.Client].Owner;
        TimeSpan held = now.Since(l.Granted);
        Credits charge = MoneyMath.ChargeFor(new Price(l.PaidPrice), held);
        Credits commission = MoneyMath.Commission(charge, Options.CommissionPpm);
        Credits toClient = charge - commission;
        long version = j.Version + 1;
        Emit(new MarketEvent
        {
            Kind = EventKind.CheckedIn,
            Time = now,
            Lease = lease,
            Job = new JobId(l.Job),
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
            Pay(now, new AccountId(owner), new AccountId(payee), toClient, PaymentKind.LeaseCharge, lease.Value, l.Job, l.Client);
        }

        if (commission.Micro > 0)
        {
            Pay(now, new AccountId(owner), AccountId.Platform, commission, PaymentKind.Commission, lease.Value, l.Job, l.Client);
        }

        if (kind != CheckInKind.Progress)
        {
            Emit(new MarketEvent
            {
                Kind = kind == CheckInKind.Completed ? EventKind.JobCompleted : EventKind.JobFailed,
                Time = now,
                Job = new JobId(l.Job),
                Account = new AccountId(owner),
                Number = version,
            });
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
            _ => s.Jobs[l.Job].Status,
        };
        return new CheckInReceipt(lease, new JobId(l.Job), version, charge, toClient, commission, status);
    }

    /// <summary>A lease's deadline has passed: the job rolls back to its last committed state and is
    /// ready again; nobody pays.</summary>
    private void Expire(Instant now, long id)
    {
        int holder = state.Leases.HolderOf(id);
        LeaseState l = state.Clients[holder].Lease(holder);
        long rollback = l.Kind == LeaseKind.Job ? state.Jobs[l.Job].Version : 0;
        Emit(new MarketEvent
        {
            Kind = EventKind.LeaseExpired,
            Time = now,
            Lease = new LeaseId(id),
            Client = new ClientId(l.Client),
            Job = new JobId(l.Job),
            Deadline = l.Deadline,
            Number = rollback,
        });
        if (l.Kind == LeaseKind.Job)
        {
            ResumeAffordable(now, state.Jobs[l.Job].Owner);
        }
    }
}
