using Market.Engine;
using Market.Sim.Scenarios;

namespace Market.Sim.Populations;

/// <summary>Draws a scenario's population from its own random stream (apart from the market's), so
/// the same scenario and seed give the same machines and jobs whatever the market does.</summary>
public static class PopulationGenerator
{
    public static Population Generate(Scenario scenario, ulong seed)
    {
        (IReadOnlyList<PopulationClient> clients, IEnumerable<PopulationJob> jobs) = Draw(scenario, seed);
        return new Population(clients, jobs.ToList());
    }

    /// <summary>The same population as <see cref="Generate"/>: the machines at once, the jobs one by one
    /// in submission order as they are enumerated (a long run meets millions; none need be held).</summary>
    public static (IReadOnlyList<PopulationClient> Clients, IEnumerable<PopulationJob> Jobs) Draw(Scenario scenario, ulong seed)
    {
        var rng = new DeterministicRandom(unchecked(seed * 0xD1B54A32D192ED03UL) ^ 0x2545F4914F6CDD1DUL);
        long end = scenario.Duration.Ticks;
        ClientModel cm = scenario.Clients;
        var clients = new List<PopulationClient>(cm.Count);
        for (int c = 0; c < cm.Count; c++)
        {
            double speed = Math.Max(1e-9, cm.Speed.Sample(ref rng));
            clients.Add(new PopulationClient(c % cm.Owners, speed, Periods(cm, end, ref rng)));
        }

        return (clients, Jobs(scenario.Jobs, end, rng));
    }

    /// <summary>The jobs, drawn from <paramref name="rng"/> (a copy: the stream goes on from where the machines left it).</summary>
    private static IEnumerable<PopulationJob> Jobs(JobModel jm, long end, DeterministicRandom rng)
    {
        int count = 0;
        for (int j = 0; j < jm.Initial; j++)
        {
            yield return Job(jm, 0, count++, ref rng);
        }

        if (jm.ArrivalsPerHour > 0)
        {
            double meanTicks = jm.BurstSize / jm.ArrivalsPerHour * TimeSpan.TicksPerHour;
            for (long t = Exponential(meanTicks, ref rng); t <= end; t += Exponential(meanTicks, ref rng))
            {
                for (int b = 0; b < jm.BurstSize; b++)
                {
                    yield return Job(jm, t, count++, ref rng);
                }
            }
        }
    }

    /// <summary>Fills in the work left unknown (null) in an explicit population, from the run's seed.</summary>
    public static Population WithWork(Population population, Scenario scenario, ulong seed)
    {
        if (population.Jobs.All(j => j.Work is not null))
        {
            return population;
        }

        var rng = new DeterministicRandom(unchecked(seed * 0xD1B54A32D192ED03UL) ^ 0x9E3779B97F4A7C15UL);
        var jobs = population.Jobs.Select(j => j.Work is null ? j with { Work = Math.Max(1e-9, scenario.Jobs.Work.Sample(ref rng)) } : j).ToList();
        return population with { Jobs = jobs };
    }

    private static PopulationJob Job(JobModel jm, long at, int index, ref DeterministicRandom rng)
    {
        double work = Math.Max(1e-9, jm.Work.Sample(ref rng));
        return new PopulationJob(at, index % jm.Owners, work, ValidPrice(jm.Price.Sample(ref rng)));
    }

    /// <summary>A drawn price made valid for the engine: within [0, Price.Max], six decimal places.</summary>
    public static decimal ValidPrice(double price)
        => Math.Round((decimal)Math.Clamp(double.IsFinite(price) ? price : 0, 0, (double)Price.Max.ToDecimal()), 6);

    private static (long, long)[] Periods(ClientModel cm, long end, ref DeterministicRandom rng)
    {
        long stagger = (long)(rng.NextDouble() * 60 * TimeSpan.TicksPerSecond); // machines do not all call at once
        var periods = new List<(long, long)>();
        switch (cm.Availability)
        {
            case AvailabilityKind.OnOff:
                bool up = rng.NextDouble() < cm.MeanUp / (cm.MeanUp + cm.MeanDown);
                long t = up ? stagger : Exponential(cm.MeanDown.Ticks, ref rng);
                while (t < end)
                {
                    long down = t + Exponential(cm.MeanUp.Ticks, ref rng);
                    periods.Add((t, down));
                    t = down + Exponential(cm.MeanDown.Ticks, ref rng);
                }

                break;
            case AvailabilityKind.Diurnal:
                Instant start = Instant.Epoch2000;
                Instant at = Diurnal.IsWorkingHours(start) ? Diurnal.NextIdleStart(start) : start.Plus(TimeSpan.FromTicks(stagger));
                while (at.Ticks - start.Ticks < end)
                {
                    Instant busy = Diurnal.NextWorkStart(at);
                    periods.Add((at.Ticks - start.Ticks, busy.Ticks - start.Ticks));
                    at = Diurnal.NextIdleStart(busy);
                }

                break;
            default:
                return [(stagger, long.MaxValue)];
        }

        return [.. periods];
    }

    private static long Exponential(double meanTicks, ref DeterministicRandom rng)
        => Math.Max(1, (long)(-meanTicks * Math.Log(1.0 - rng.NextDouble())));
}
