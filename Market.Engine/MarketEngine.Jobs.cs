using Market.Engine.Internal;

namespace Market.Engine;

/// <content>Submitting jobs and changing their prices.</content>
public sealed partial class MarketEngine
{
    /// <summary>The longest job name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Submits a job. It is ready at once, or paused if its owner cannot pay for a lease.</summary>
    /// <param name="now">The command's time.</param>
    /// <param name="owner">The account that owns and pays for the job.</param>
    /// <param name="name">A name for people; not empty, at most <see cref="MaxNameLength"/> characters.</param>
    /// <param name="price">Credits per compute-hour: not negative, at most six decimal places.</param>
    /// <param name="initial">The initial state (version 0).</param>
    /// <returns>The new job's id, or a rejection naming the field at fault.</returns>
    public Outcome<JobId> SubmitJob(Instant now, AccountId owner, string? name, decimal price, StateVersion initial)
    {
        Advance(now);
        if (CheckUserAccount(now, owner, "owner") is Rejection bad)
        {
            return bad;
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
        {
            return Reject(now, RejectionCode.InvalidName, "name", "The name must be 1 to " + MaxNameLength + " characters, not blank.", account: owner);
        }

        if (!Price.TryFromDecimal(price, out Price p, out string? problem))
        {
            return Reject(now, RejectionCode.InvalidPrice, "price", "The price " + problem + ".", account: owner);
        }

        if (initial.Size < 0)
        {
            return Reject(now, RejectionCode.InvalidState, "initial", "A state size cannot be negative.", account: owner);
        }

        var id = new JobId(state.Jobs.Count);
        Emit(new MarketEvent { Kind = EventKind.JobSubmitted, Time = now, Job = id, Account = owner, Price = p, State = initial, Text = name });
        if (state.Accounts[owner.Value].Available < DispatchCost(p.MicroPerHour))
        {
            Emit(new MarketEvent { Kind = EventKind.JobPaused, Time = now, Job = id, Account = owner });
        }

        return id;
    }

    /// <summary>Changes a job's price. Only its owner may; it counts from the next matching step
    /// (an open lease keeps the price it was granted at).</summary>
    /// <returns>The new price, or a rejection.</returns>
    public Outcome<Price> ChangePrice(Instant now, AccountId requester, JobId job, decimal price)
    {
        Advance(now);
        if (!IsJob(job))
        {
            return Reject(now, RejectionCode.UnknownJob, "job", "There is no job " + job + ".", job: job, account: requester);
        }

        ref JobState j = ref state.Jobs[job.Value];
        if (j.Owner != requester.Value)
        {
            return Reject(now, RejectionCode.NotOwner, "job", "Only the owner of job " + job + " can change its price.", job: job, account: requester);
        }

        if (j.Status is JobStatus.Completed or JobStatus.Failed)
        {
            return Reject(now, RejectionCode.JobEnded, "job", "Job " + job + " has ended.", job: job, account: requester);
        }

        if (!Price.TryFromDecimal(price, out Price p, out string? problem))
        {
            return Reject(now, RejectionCode.InvalidPrice, "price", "The price " + problem + ".", job: job, account: requester);
        }

        Emit(new MarketEvent { Kind = EventKind.PriceChanged, Time = now, Job = job, Account = requester, Price = p });
        if (state.Jobs[job.Value].Status == JobStatus.Paused)
        {
            ResumeAffordable(now, requester.Value);
        }

        return p;
    }

    private bool IsJob(JobId job) => job.Value > 0 && state.Jobs.Contains(job.Value);
}
