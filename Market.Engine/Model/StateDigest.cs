using System;
using System.Buffers.Binary;
using System.Globalization;

namespace Market.Engine;

/// <summary>The SHA-256 digest of a job state's bytes, held as four big-endian 64-bit words.</summary>
/// <remarks>The engine never looks inside a job state; it only records which version was committed.</remarks>
public readonly record struct StateDigest(ulong A, ulong B, ulong C, ulong D)
{
    /// <summary>The all-zero digest, used where no bytes exist (simulation).</summary>
    public static readonly StateDigest None = default;

    /// <summary>Reads a 32-byte digest.</summary>
    /// <exception cref="ArgumentException">Not 32 bytes.</exception>
    public static StateDigest FromBytes(ReadOnlySpan<byte> sha256)
    {
        Guard.Require(sha256.Length == 32, nameof(sha256), "A state digest is 32 bytes (SHA-256).");
        return new StateDigest(
            BinaryPrimitives.ReadUInt64BigEndian(sha256),
            BinaryPrimitives.ReadUInt64BigEndian(sha256[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(sha256[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(sha256[24..]));
    }

    /// <summary>Writes the 32 digest bytes.</summary>
    public void WriteTo(Span<byte> destination)
    {
        Guard.Require(destination.Length >= 32, nameof(destination), "A state digest needs 32 bytes.");
        BinaryPrimitives.WriteUInt64BigEndian(destination, A);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], B);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], C);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], D);
    }

    /// <summary>Lower-case hex.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{A:x16}{B:x16}{C:x16}{D:x16}");
}
