using System.Collections.Generic;

namespace Market.Engine.Internal;

/// <summary>An account's mutable state. Balance minus Reserved is what it can still commit.</summary>
internal struct AccountState
{
    public long Balance;
    public long Reserved;
    public Instant Opened;

    /// <summary>Paused jobs of this account, in id order; null until the first pause.</summary>
    public List<int>? Paused;

    public readonly long Available => Balance - Reserved;
}
