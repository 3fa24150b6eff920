namespace Market.Engine;

/// <summary>Why money moved.</summary>
public enum PaymentKind
{
    /// <summary>From <see cref="AccountId.External"/> into an account.</summary>
    Deposit = 1,

    /// <summary>From an account out to <see cref="AccountId.External"/>.</summary>
    Withdrawal,

    /// <summary>From a job's owner to the client's owner for time held.</summary>
    LeaseCharge,

    /// <summary>From a job's owner to <see cref="AccountId.Platform"/>.</summary>
    Commission,
}
