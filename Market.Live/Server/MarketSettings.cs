using Market.Engine;

namespace Market.Live.Server;

/// <summary>The configurable market rules (section <c>Market</c>); unset ones keep the live defaults.</summary>
internal sealed class MarketSettings
{
    public TimeSpan? Window { get; set; }
    public int? PoolThreshold { get; set; }
    public TimeSpan? MinLease { get; set; }
    public TimeSpan? MaxLease { get; set; }
    public TimeSpan? TestInterval { get; set; }
    public TimeSpan? TestLease { get; set; }
    public int? CommissionPpm { get; set; }
    public MatchingPolicyKind? Policy { get; set; }
    public ulong? Seed { get; set; }

    public MarketOptions Apply(MarketOptions o) => o with
    {
        Window = Window ?? o.Window,
        PoolThreshold = PoolThreshold ?? o.PoolThreshold,
        MinLease = MinLease ?? o.MinLease,
        MaxLease = MaxLease ?? o.MaxLease,
        TestInterval = TestInterval ?? o.TestInterval,
        TestLease = TestLease ?? o.TestLease,
        CommissionPpm = CommissionPpm ?? o.CommissionPpm,
        Policy = Policy ?? o.Policy,
        Seed = Seed ?? o.Seed,
    };
}
