using System;

namespace Market.Engine;

/// <summary>A seeded SplitMix64 generator whose whole state is one number, so it is held in
/// engine state, snapshotted and replayed. The same seed gives the same sequence everywhere.</summary>
public struct DeterministicRandom
{
    /// <summary>Starts from a seed.</summary>
    public DeterministicRandom(ulong seed) => State = seed;

    /// <summary>The generator's whole state.</summary>
    public ulong State { get; private set; }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            State += 0x9E3779B97F4A7C15UL;
            ulong z = State;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>), without modulo bias.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The bound is zero.</exception>
    public UInt128 NextBelow(UInt128 bound)
    {
        if (bound == UInt128.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(bound), "The bound must be positive.");
        }

        // Rejection sampling on the smallest power-of-two range that covers the bound.
        int bits = 128 - (int)UInt128.LeadingZeroCount(bound - 1);
        UInt128 mask = bits == 128 ? UInt128.MaxValue : (UInt128.One << bits) - 1;
        while (true)
        {
            UInt128 candidate = new UInt128(NextUInt64(), NextUInt64()) & mask;
            if (candidate < bound)
            {
                return candidate;
            }
        }
    }

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));
}
