namespace Market.Engine.Internal;

/// <summary>A request in the pool. A taken or withdrawn request stays as a hole (Client 0) until
/// the window closes and the pool is compacted.</summary>
/// <remarks>A slot is live exactly while its client's <see cref="ClientState.PoolSlot"/> points
/// back at it; marking holes in the slot lets a matching step read the pool without touching the
/// clients' records.</remarks>
internal struct PoolSlot
{
    public int Client;

    /// <summary>The client's speed when it was pooled; it cannot change while pooled (a speed is
    /// measured only by a test lease, and a pooled client holds none).</summary>
    public double Speed;
    public long Sequence;
    public long RequestedTicks;
    public Instant Pooled;
}
