using System;

namespace Market.Engine;

/// <summary>A pooled work request, as a matching policy sees it.</summary>
/// <param name="Client">The requesting client.</param>
/// <param name="Speed">Its current speed (work units per second).</param>
/// <param name="Sequence">Its place in arrival order (earlier requests have smaller numbers).</param>
/// <param name="RequestedLength">The lease length it asked for.</param>
public readonly record struct PoolEntry(ClientId Client, double Speed, long Sequence, TimeSpan RequestedLength);
