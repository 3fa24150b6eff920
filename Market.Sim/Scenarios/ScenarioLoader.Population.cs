namespace Market.Sim.Scenarios;

/// <content>The clients and jobs sections.</content>
public sealed partial class ScenarioLoader
{
    private ClientModel? ReadClients(Node n)
    {
        if (n.Missing)
        {
            Error("clients", "is required");
            return null;
        }

        Known(n.Element, n.Path, "count", "owners", "speed", "availability", "meanUpHours", "meanDownHours", "vanishPerHour", "bandwidthMBps", "leaseMinutes");
        string availability = String(n, "availability") ?? "always";
        AvailabilityKind kind = availability switch
        {
            "always" => AvailabilityKind.Always,
            "onoff" => AvailabilityKind.OnOff,
            "diurnal" => AvailabilityKind.Diurnal,
            _ => Bad<AvailabilityKind>(n.Path + ".availability", $"'{availability}' is not one of always, onoff, diurnal"),
        };
        Distribution? speed = ReadDistribution(Child(n, "speed"), required: true);
        return new ClientModel
        {
            Count = (int)Number(n, "count", 100, 1, 10_000_000, integer: true),
            Owners = (int)Number(n, "owners", 1, 1, 10_000_000, integer: true),
            Speed = speed ?? new ConstantDistribution(1),
            Availability = kind,
            MeanUp = TimeSpan.FromHours(Number(n, "meanUpHours", 8, 1e-3, 1e5)),
            MeanDown = TimeSpan.FromHours(Number(n, "meanDownHours", 2, 1e-3, 1e5)),
            VanishPerHour = Number(n, "vanishPerHour", 0, 0, 1000),
            BandwidthMBps = Number(n, "bandwidthMBps", 10, 1e-6, 1e6),
            LeaseLength = TimeSpan.FromMinutes(Number(n, "leaseMinutes", 10, 1e-3, 1e6)),
        };
    }

    private JobModel? ReadJobs(Node n)
    {
        if (n.Missing)
        {
            Error("jobs", "is required");
            return null;
        }

        Known(n.Element, n.Path, "initial", "arrivalsPerHour", "burstSize", "work", "price", "owners", "budget", "stateSizeMB", "repricing", "repricingMinutes", "randomWalkStep", "targetSpeed");
        string repricing = String(n, "repricing") ?? "fixed";
        RepricingKind kind = repricing switch
        {
            "fixed" => RepricingKind.Fixed,
            "randomWalk" => RepricingKind.RandomWalk,
            "targetSpeed" => RepricingKind.TargetSpeed,
            _ => Bad<RepricingKind>(n.Path + ".repricing", $"'{repricing}' is not one of fixed, randomWalk, targetSpeed"),
        };
        var model = new JobModel
        {
            Initial = (int)Number(n, "initial", 0, 0, 100_000_000, integer: true),
            ArrivalsPerHour = Number(n, "arrivalsPerHour", 0, 0, 1e9),
            BurstSize = (int)Number(n, "burstSize", 1, 1, 1_000_000, integer: true),
            Work = ReadDistribution(Child(n, "work"), required: true) ?? new ConstantDistribution(1),
            Price = ReadDistribution(Child(n, "price"), required: true) ?? new ConstantDistribution(1),
            Owners = (int)Number(n, "owners", 10, 1, 10_000_000, integer: true),
            Budget = (decimal)Number(n, "budget", 1_000_000, 0, 1e12),
            StateSizeMB = Number(n, "stateSizeMB", 1, 0, 1e6),
            Repricing = kind,
            RepricingInterval = TimeSpan.FromMinutes(Number(n, "repricingMinutes", 60, 1e-3, 1e7)),
            RandomWalkStep = Number(n, "randomWalkStep", 0.1, 0, 10),
            TargetSpeed = Number(n, "targetSpeed", 0, 0, 1e18),
        };
        if (model.Initial == 0 && model.ArrivalsPerHour == 0)
        {
            Error(n.Path, "has no jobs: set initial or arrivalsPerHour");
        }

        if (kind == RepricingKind.TargetSpeed && model.TargetSpeed <= 0)
        {
            Error(n.Path + ".targetSpeed", "must be positive when repricing is targetSpeed");
        }

        return model;
    }
}
