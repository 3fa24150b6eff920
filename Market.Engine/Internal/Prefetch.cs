using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Market.Engine.Internal;

/// <summary>Asks the processor to bring a record's cache lines in, without waiting for them: a hint
/// that changes nothing. Unlike reading a field, which holds up the processor when the line is not
/// in cache (the JIT even reads one for the null check of a field's address), a prefetch is never
/// waited for. Only the address is used, never read through, so a record the garbage collector
/// moves in between costs a wasted hint, nothing more. A no-op without SSE (not x86). Market.Sim
/// compiles this file in as well, for its own records (an internal type of each assembly).</summary>
internal static class Prefetch
{
    /// <summary>The cache line holding the start of <paramref name="at"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Line<T>(ref T at)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref at));
        }
    }

    /// <summary>Every line of a record of up to 192 bytes (one of 64 bytes, say, lies on two
    /// unless aligned): its first and last bytes, and those 64 and 128 bytes in if it is longer.
    /// The size is a constant to the JIT, so the tests fold away.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Record<T>(ref T at)
    {
        if (Sse.IsSupported)
        {
            ref byte start = ref Unsafe.As<T, byte>(ref at);
            Sse.Prefetch0(Unsafe.AsPointer(ref start));
            if (Unsafe.SizeOf<T>() > 128)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref start, 128)));
            }

            if (Unsafe.SizeOf<T>() > 64)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref start, 64)));
            }

            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref start, Unsafe.SizeOf<T>() - 1)));
        }
    }
}
