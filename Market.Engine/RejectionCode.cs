namespace Market.Engine;

/// <summary>The kinds of refusal the engine returns (never throws) for business outcomes.</summary>
public enum RejectionCode
{
    /// <summary>No such account.</summary>
    UnknownAccount = 1,

    /// <summary>No such client.</summary>
    UnknownClient,

    /// <summary>No such job.</summary>
    UnknownJob,

    /// <summary>No such lease, or it is already closed.</summary>
    UnknownLease,

    /// <summary>The lease's deadline has passed.</summary>
    LateCheckIn,

    /// <summary>The caller does not own what it tries to change.</summary>
    NotOwner,

    /// <summary>The job name is empty or too long.</summary>
    InvalidName,

    /// <summary>The price is negative, too precise or too large.</summary>
    InvalidPrice,

    /// <summary>The amount is not positive, too precise or too large.</summary>
    InvalidAmount,

    /// <summary>The account's available balance is too small.</summary>
    InsufficientFunds,

    /// <summary>The client already holds a lease.</summary>
    ClientBusy,

    /// <summary>The client already waits in the pool.</summary>
    AlreadyPooled,

    /// <summary>The client does not wait in the pool.</summary>
    NotPooled,

    /// <summary>The lease is of the other kind (job vs speed test).</summary>
    WrongLeaseKind,

    /// <summary>The state version or work figure is invalid.</summary>
    InvalidState,

    /// <summary>The measured elapsed time is invalid.</summary>
    InvalidElapsed,

    /// <summary>The job has ended (completed or failed).</summary>
    JobEnded,

    /// <summary>The operation does not apply to a system account.</summary>
    SystemAccount,

    /// <summary>The requested lease length is not positive.</summary>
    InvalidLength,
}
