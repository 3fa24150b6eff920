using Market.Engine;

namespace Market.Reports;

/// <summary>A client in a report. <see cref="Owner"/> and <see cref="Earned"/> are set only for the reader's own.</summary>
/// <param name="Id">The client.</param>
/// <param name="Speed">Its current speed (0 if never tested).</param>
/// <param name="Measurements">Its recent speed measurements.</param>
/// <param name="LeasesCompleted">Job leases it checked in.</param>
/// <param name="Owner">Its owner, for the reader's own clients only.</param>
/// <param name="Earned">What it earned, for the reader's own clients only.</param>
public sealed record ReportClient(ClientId Id, double Speed, IReadOnlyList<SpeedMeasurement> Measurements, long LeasesCompleted, AccountId? Owner, Credits? Earned);
