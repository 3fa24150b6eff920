using System.Runtime.CompilerServices;

namespace Market.Engine.Internal;

/// <summary>A ready job in the price order (<see cref="ReadyJobs.ByPrice"/>): higher price first,
/// then smaller id (earlier submission).</summary>
internal readonly record struct PriceKey(long Price, int Job) : ISortKey<PriceKey>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Before(in PriceKey a, in PriceKey b) => a.Price > b.Price || (a.Price == b.Price && a.Job < b.Job);
}
