using System;
using System.Runtime.CompilerServices;

namespace Market.Engine.Internal;

/// <summary>A pooled request in the speed order: faster first, then earlier request (smaller
/// sequence), the order <see cref="SpeedOrder"/> sorts a pool into.</summary>
/// <param name="Key">The speed's bits inverted (positive doubles order like their bits): smaller is faster.</param>
/// <param name="Sequence">The request's sequence number.</param>
/// <param name="Client">The requesting client.</param>
internal readonly record struct SpeedKey(ulong Key, long Sequence, int Client) : ISortKey<SpeedKey>
{
    public static SpeedKey Of(in PoolEntry entry) => new(KeyOf(entry.Speed), entry.Sequence, entry.Client.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong KeyOf(double speed) => ~(ulong)BitConverter.DoubleToInt64Bits(speed);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Before(in SpeedKey a, in SpeedKey b) => a.Key < b.Key || (a.Key == b.Key && a.Sequence < b.Sequence);
}
