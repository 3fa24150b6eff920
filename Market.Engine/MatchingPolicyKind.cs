namespace Market.Engine;

/// <summary>The matching policies that ship with the engine (see README for what each promises).</summary>
public enum MatchingPolicyKind
{
    /// <summary>The paper's rank matching: highest price to the fastest client.</summary>
    Rank,

    /// <summary>Price-blind first come, first served: the longest-ready job to the earliest request.</summary>
    Fcfs,

    /// <summary>Spawn-style sealed-bid second-price auction of each client slot.</summary>
    Vickrey,

    /// <summary>Proportional-share lottery: a job's chance is proportional to its price.</summary>
    Lottery,
}
