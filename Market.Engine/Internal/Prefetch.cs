using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Market.Engine.Internal;

/// <summary>A hint to the processor to start loading a record that a loop will touch soon. It
/// changes no value and no result (a stale or moved address is harmless), so the engine stays
/// deterministic; it lets the misses of a matching step overlap instead of queueing.</summary>
internal static class Prefetch
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Line<T>(ref T item)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref item));
        }
    }
}
