namespace Market.Engine;

/// <summary>Everything observable in the market. Which <see cref="MarketEvent"/> fields each kind
/// fills is documented on the kind.</summary>
public enum EventKind
{
    /// <summary>Account opened: <c>Account</c>.</summary>
    AccountOpened = 1,

    /// <summary>Client registered: <c>Client</c>, <c>Account</c> (owner).</summary>
    ClientRegistered,

    /// <summary>Job submitted: <c>Job</c>, <c>Account</c> (owner), <c>Price</c>, <c>State</c> (version 0), <c>Text</c> (name).</summary>
    JobSubmitted,

    /// <summary>Price changed: <c>Job</c>, <c>Account</c>, <c>Price</c> (new).</summary>
    PriceChanged,

    /// <summary>A work request joined the pool: <c>Client</c>, <c>Length</c> (requested), <c>Number</c> (request sequence).</summary>
    RequestPooled,

    /// <summary>A pooled request was withdrawn: <c>Client</c>.</summary>
    RequestWithdrawn,

    /// <summary>A speed test was leased: <c>Lease</c>, <c>Client</c>, <c>Length</c>, <c>Deadline</c>, <c>Speed</c> (test work units).</summary>
    TestIssued,

    /// <summary>A speed test came back in time: <c>Lease</c>, <c>Client</c>, <c>Length</c> (elapsed), <c>Speed</c> (work units per second).</summary>
    SpeedMeasured,

    /// <summary>A job lease was granted: <c>Lease</c>, <c>Job</c>, <c>Client</c>, <c>Account</c> (job owner),
    /// <c>Price</c> (price paid), <c>Length</c> (granted), <c>Deadline</c>, <c>Amount</c> (reserved),
    /// <c>Number</c> (committed version leased out), <c>Speed</c> (client speed).</summary>
    LeaseGranted,

    /// <summary>A job lease was checked in in time: <c>Lease</c>, <c>Job</c>, <c>Client</c>, <c>Account</c> (job owner),
    /// <c>State</c> and <c>Number</c> (the new committed version), <c>Length</c> (time held), <c>Amount</c> (charge),
    /// <c>Work</c> (work done), <c>Detail</c> (<see cref="CheckInKind"/>).</summary>
    CheckedIn,

    /// <summary>A command was refused and changed nothing: <c>Detail</c> (<see cref="RejectionCode"/>),
    /// <c>Text</c> (reason), and the ids it named.</summary>
    Rejected,

    /// <summary>A lease's deadline passed: <c>Lease</c>, <c>Client</c>, <c>Job</c> (none for a test),
    /// <c>Number</c> (the version the job rolled back to).</summary>
    LeaseExpired,

    /// <summary>A job finished: <c>Job</c>, <c>Account</c>, <c>Number</c> (final version).</summary>
    JobCompleted,

    /// <summary>A job ended with an error: <c>Job</c>, <c>Account</c>, <c>Number</c> (final version).</summary>
    JobFailed,

    /// <summary>A job was taken out of the ready-list because its owner cannot pay: <c>Job</c>, <c>Account</c>.</summary>
    JobPaused,

    /// <summary>A paused job became affordable and is ready again: <c>Job</c>, <c>Account</c>.</summary>
    JobResumed,

    /// <summary>Money moved: <c>Account</c> (debited), <c>Counterparty</c> (credited), <c>Amount</c>,
    /// <c>Detail</c> (<see cref="PaymentKind"/>), <c>Lease</c> (for lease payments), <c>Job</c>, <c>Client</c>.</summary>
    Paid,

    /// <summary>A pooling window was matched: <c>Detail</c> (requests in the pool), <c>Number</c> (leases granted),
    /// <c>Work</c> (the random generator's state afterwards).</summary>
    WindowClosed,
}
