using Market.Engine;

namespace Market.Live.Server;

/// <summary>An open lease, as a check-in is validated against it (outside the writer).</summary>
internal sealed record LiveLease(long Id, int Client, int? Job, long BaseInstructions, Instant Granted, Instant Deadline);
