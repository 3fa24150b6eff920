namespace Market.Live.Server;

/// <summary>A validated state a client checks in, with what the dispatcher read from it.</summary>
internal sealed record CheckedInState(byte[] Bytes, string Digest, long Instructions, string? Result, string? Output, string? Error);
