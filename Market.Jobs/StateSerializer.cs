using System;
using System.Security.Cryptography;
using Market.Jobs.Serialization;

namespace Market.Jobs;

/// <summary>
/// Turns job states into canonical, machine-independent bytes and back.
/// </summary>
/// <remarks>
/// Format (version 1, all integers LEB128 varints, little-endian): magic <c>MKJOBST\0</c>, version, module hash,
/// header (status, instructions, limits, output), roots (globals, entry arguments, result, frames), then the heap
/// objects in breadth-first discovery order, each a kind byte and its fields, references by object number.
/// Shared objects are written once, so aliasing and cycles survive. No .NET type names appear anywhere.
/// </remarks>
public static class StateSerializer
{
    /// <summary>Serializes a state. A running state larger than its state-size limit fails the job (and the failed state is returned).</summary>
    public static byte[] Serialize(JobState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        byte[] bytes = new StateWriter().Write(state);
        if (bytes.Length > state.Limits.MaxStateBytes && state.Status == JobStatus.Running)
        {
            string message = $"state size {bytes.Length} bytes exceeds the limit of {state.Limits.MaxStateBytes} bytes";
            state.FailWith(new JobError("LimitExceeded", message, "LimitExceeded: " + message));
            bytes = new StateWriter().Write(state);
        }
        return bytes;
    }

    /// <summary>Lowercase hex SHA-256 of the bytes: the state digest.</summary>
    public static string Digest(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    /// <summary>Deserializes a state of <paramref name="module"/>; corrupt or hostile bytes give an error, never an exception.</summary>
    public static DeserializeResult Deserialize(ReadOnlySpan<byte> bytes, CompiledModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        try
        {
            var reader = new StateReader();
            reader.Parse(bytes);
            return new DeserializeResult(reader.Build(module), null);
        }
        catch (Exception e) when (e is CorruptState or Runtime.PyError or OverflowException or ArgumentException or InvalidCastException or IndexOutOfRangeException or FormatException)
        {
            return new DeserializeResult(null, "invalid job state: " + (e is Runtime.PyError pe ? Runtime.Ops.ExceptionStr(pe.Exc) : e.Message));
        }
    }

    /// <summary>Reads the header and structure of a state without its module (for inspection).</summary>
    public static StateSummary? Inspect(ReadOnlySpan<byte> bytes, out string? error)
    {
        try
        {
            var r = new StateReader();
            r.Parse(bytes);
            error = null;
            return new StateSummary(
                Convert.ToHexString(r.ModuleHash).ToLowerInvariant(),
                r.Status,
                r.Instructions,
                r.EntryName,
                r.Output.Length,
                r.ObjectCount,
                bytes.Length,
                Digest(bytes),
                [.. r.FrameSummaries],
                r.Error?.Traceback);
        }
        catch (Exception e) when (e is CorruptState or OverflowException or ArgumentException)
        {
            error = "invalid job state: " + e.Message;
            return null;
        }
    }
}
