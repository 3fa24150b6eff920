namespace Market.Engine.Internal;

/// <summary>A request in the pool. A taken or withdrawn request stays as a hole (Client 0) until
/// the window closes and the pool is compacted.</summary>
internal struct PoolSlot
{
    public int Client;
    public long Sequence;
    public long RequestedTicks;
    public Instant Pooled;
}
