using System;

namespace Market.Engine;

/// <summary>A client asks for work.</summary>
/// <param name="Time">When.</param>
/// <param name="Client">The client.</param>
/// <param name="RequestedLength">The lease length it commits to.</param>
public sealed record RequestWorkCommand(Instant Time, ClientId Client, TimeSpan RequestedLength) : MarketCommand(Time);
