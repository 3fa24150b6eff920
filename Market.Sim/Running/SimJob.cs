using Market.Engine;

namespace Market.Sim.Running;

/// <summary>A simulated job: how much work it has left, and what happened to it.</summary>
internal sealed class SimJob
{
    public required JobId Id { get; init; }

    public required int Owner { get; init; }

    public required double Work { get; init; }

    public double WorkLeft { get; set; }

    public required Instant Submitted { get; init; }

    public double InitialPrice { get; init; }

    /// <summary>The price when the current lease was granted.</summary>
    public double CurrentPrice { get; set; }

    public Instant? FirstLease { get; set; }

    public Instant? Completed { get; set; }

    public long Slices { get; set; }

    public double SpeedSum { get; set; }

    /// <summary>Work done in the current open lease (lost if it expires).</summary>
    public double InFlightWork { get; set; }
}
