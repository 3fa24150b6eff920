namespace Market.Reports;

/// <summary>How a dispatch (a job lease) ended. The names are part of the report contract.</summary>
public enum DispatchOutcome
{
    /// <summary>Still open.</summary>
    Open,

    /// <summary>Checked in before its deadline.</summary>
    Accepted,

    /// <summary>A check-in came after the deadline and was refused (the lease also expired).</summary>
    Rejected,

    /// <summary>The deadline passed without a check-in; the job rolled back.</summary>
    Expired,
}
