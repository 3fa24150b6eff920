using Market.Engine;

namespace Market.Sim.Scenarios;

/// <summary>A whole scenario: the market's rules and the population that meets them.</summary>
public sealed record Scenario
{
    public required string Name { get; init; }

    public required TimeSpan Duration { get; init; }

    public ulong Seed { get; init; } = 1;

    public required MarketOptions Market { get; init; }

    public required ClientModel Clients { get; init; }

    public required JobModel Jobs { get; init; }

    /// <summary>When set, exactly this population (machines, their availability, jobs) instead of
    /// one drawn from the models above: replayed from CSV, or loaded from a report.</summary>
    public Populations.Population? Population { get; init; }
}

/// <summary>How clients are available.</summary>
public enum AvailabilityKind
{
    /// <summary>Always on.</summary>
    Always,

    /// <summary>On and off with exponential up and down times.</summary>
    OnOff,

    /// <summary>Desktops: idle (available) at night and at weekends, busy in working hours.</summary>
    Diurnal,
}

/// <summary>The machines.</summary>
public sealed record ClientModel
{
    public required int Count { get; init; }

    /// <summary>Accounts the clients' earnings go to (clients are spread over them).</summary>
    public int Owners { get; init; } = 1;

    /// <summary>Work units per second.</summary>
    public required Distribution Speed { get; init; }

    public AvailabilityKind Availability { get; init; } = AvailabilityKind.Always;

    public TimeSpan MeanUp { get; init; } = TimeSpan.FromHours(8);

    public TimeSpan MeanDown { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Chance per hour of leased time that a client vanishes mid-lease (its lease expires).</summary>
    public double VanishPerHour { get; init; }

    /// <summary>Megabytes per second for sending a job state back.</summary>
    public double BandwidthMBps { get; init; } = 10;

    /// <summary>The lease length clients ask for.</summary>
    public TimeSpan LeaseLength { get; init; } = TimeSpan.FromMinutes(10);
}

/// <summary>How owners reprice their jobs.</summary>
public enum RepricingKind
{
    /// <summary>Never.</summary>
    Fixed,

    /// <summary>A random walk: every interval the price moves by a random fraction.</summary>
    RandomWalk,

    /// <summary>Every interval the owner asks the optimizer what price buys its target speed.</summary>
    TargetSpeed,
}

/// <summary>The jobs and their owners.</summary>
public sealed record JobModel
{
    /// <summary>Jobs present at the start.</summary>
    public int Initial { get; init; }

    /// <summary>Mean arrivals per hour after the start (Poisson), 0 for none.</summary>
    public double ArrivalsPerHour { get; init; }

    /// <summary>When set, arrivals come in bursts of this many jobs at once (the rate counts jobs).</summary>
    public int BurstSize { get; init; } = 1;

    /// <summary>Work units per job.</summary>
    public required Distribution Work { get; init; }

    /// <summary>Credits per compute-hour.</summary>
    public required Distribution Price { get; init; }

    public int Owners { get; init; } = 10;

    /// <summary>Credits each job owner starts with.</summary>
    public decimal Budget { get; init; } = 1_000_000m;

    /// <summary>Megabytes of job state sent back at each check-in.</summary>
    public double StateSizeMB { get; init; } = 1;

    public RepricingKind Repricing { get; init; } = RepricingKind.Fixed;

    public TimeSpan RepricingInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Random walk: the largest fractional move per interval.</summary>
    public double RandomWalkStep { get; init; } = 0.1;

    /// <summary>Target speed: the speed (work units per second) owners want.</summary>
    public double TargetSpeed { get; init; }
}
