using Market.Engine;

namespace Market.Reports;

/// <summary>The facts of a <see cref="Dispatch"/> as a value, for lists of dispatches that hand
/// them out in blocks (<see cref="IDispatchBlocks"/>) rather than as an object each.</summary>
/// <param name="Lease">The lease.</param>
/// <param name="Job">The job leased.</param>
/// <param name="Client">The client that held it.</param>
/// <param name="CheckedOut">When it was granted.</param>
/// <param name="Deadline">Its deadline.</param>
/// <param name="CheckedIn">When it was checked in, if it was.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Price">The price per hour paid for it.</param>
public readonly record struct DispatchValue(LeaseId Lease, JobId Job, ClientId Client, Instant CheckedOut, Instant Deadline, Instant? CheckedIn, DispatchOutcome Outcome, Price Price)
{
    /// <summary>The same facts as <paramref name="d"/>.</summary>
    public static DispatchValue Of(Dispatch d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new DispatchValue(d.Lease, d.Job, d.Client, d.CheckedOut, d.Deadline, d.CheckedIn, d.Outcome, d.Price);
    }

    /// <summary>The same facts as a <see cref="Dispatch"/>.</summary>
    public Dispatch ToDispatch() => new(Lease, Job, Client, CheckedOut, Deadline, CheckedIn, Outcome, Price);
}
