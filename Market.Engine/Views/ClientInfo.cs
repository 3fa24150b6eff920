using System.Collections.Generic;

namespace Market.Engine;

/// <summary>A client, as seen from outside.</summary>
/// <param name="Id">The client.</param>
/// <param name="Owner">The account it earns for.</param>
/// <param name="Registered">When it was registered.</param>
/// <param name="Speed">Its speed from the last test, if any (work units per second).</param>
/// <param name="LastTest">When the last test came back, if any.</param>
/// <param name="Measurements">The most recent measurements, oldest first.</param>
/// <param name="OpenLease">Its open lease, if any.</param>
/// <param name="Pooled">Whether it waits in the pool.</param>
/// <param name="LeasesCompleted">Job leases it checked in.</param>
/// <param name="Earned">Credits paid to its owner for its leases.</param>
public sealed record ClientInfo(ClientId Id, AccountId Owner, Instant Registered, double? Speed, Instant? LastTest, IReadOnlyList<SpeedMeasurement> Measurements, LeaseId? OpenLease, bool Pooled, long LeasesCompleted, Credits Earned);
