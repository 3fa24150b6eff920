using System;

namespace Market.Engine;

/// <summary>A client reports its speed test.</summary>
/// <param name="Time">When.</param>
/// <param name="Client">The client.</param>
/// <param name="Lease">The test lease.</param>
/// <param name="Elapsed">How long the test took.</param>
public sealed record ReportSpeedTestCommand(Instant Time, ClientId Client, LeaseId Lease, TimeSpan Elapsed) : MarketCommand(Time);
