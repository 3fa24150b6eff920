using System.Globalization;
using Market.Sim.Running;

namespace Market.Sim.Tests.Validity;

/// <summary>The simulator against queueing theory: with FCFS, Poisson arrivals, exponential work,
/// identical always-on clients, no window and no speed tests after the first, the market is an
/// M/M/c queue, and the mean wait must match Erlang C within the 95% confidence interval over seeds.</summary>
public sealed class ErlangCTests
{
    private const int Servers = 5;
    private const double ServiceSeconds = 600; // mean work / speed
    private const int Seeds = 20;

    [Theory]
    [InlineData(0.5, 400)]
    [InlineData(0.8, 1000)]
    [InlineData(0.95, 1500)]
    public void MeanWait_FcfsMmc_MatchesErlangC(double rho, double hours)
    {
        double lambdaPerHour = rho * Servers * 3600 / ServiceSeconds;
        double expected = ErlangCWaitSeconds(Servers, lambdaPerHour / 3600, 1 / ServiceSeconds);
        var means = new double[Seeds];
        for (int seed = 0; seed < Seeds; seed++)
        {
            means[seed] = MeanWait(lambdaPerHour, hours, (ulong)(seed + 1));
        }

        double mean = means.Average();
        double sd = Math.Sqrt(means.Sum(m => (m - mean) * (m - mean)) / (Seeds - 1));
        double half = 2.093 * sd / Math.Sqrt(Seeds); // t(0.975, 19)
        Assert.True(Math.Abs(mean - expected) <= half, string.Create(CultureInfo.InvariantCulture, $"rho {rho}: Erlang C {expected:F1} s, simulated {mean:F1} ± {half:F1} s"));
    }

    [Fact]
    public void ErlangC_KnownValue()
    {
        // c = 2, a = 1 (rho 0.5): C = 1/3; Wq = C / (c*mu - lambda) = (1/3) / (2 - 1) with mu = 1.
        Assert.Equal(1.0 / 3, ErlangCWaitSeconds(2, 1, 1), 9);
    }

    private static double MeanWait(double lambdaPerHour, double hours, ulong seed)
    {
        string scenario = string.Create(CultureInfo.InvariantCulture, $$"""
            {
              "durationHours": {{hours}},
              "market": { "policy": "fcfs", "windowSeconds": 0, "testWork": 0.001, "testIntervalMinutes": 10000000,
                          "maxLeaseMinutes": 100000, "minLeaseMinutes": 1 },
              "clients": { "count": {{Servers}}, "speed": { "constant": 1000 }, "leaseMinutes": 100000, "bandwidthMBps": 1 },
              "jobs": { "arrivalsPerHour": {{lambdaPerHour}}, "work": { "exponential": { "mean": {{ServiceSeconds * 1000}} } },
                        "price": { "constant": 1 }, "stateSizeMB": 0, "owners": 1, "budget": 1000000000 }
            }
            """);
        var sim = new Simulation(ScenarioLoader.Parse(scenario).Scenario!, seed);
        sim.Run();
        Instant warm = Instant.Epoch2000.Plus(TimeSpan.FromHours(hours * 0.05));
        Instant late = Instant.Epoch2000.Plus(TimeSpan.FromHours(hours * 0.9));
        var waits = sim.Jobs.Where(j => j.Submitted >= warm && j.Submitted < late)
            .Select(j => (j.FirstLease!.Value.Ticks - j.Submitted.Ticks) / (double)TimeSpan.TicksPerSecond)
            .ToList();
        return waits.Average();
    }

    /// <summary>Mean wait in queue of M/M/c: C(c, a) / (c mu - lambda), a = lambda / mu.</summary>
    private static double ErlangCWaitSeconds(int c, double lambda, double mu)
    {
        double a = lambda / mu;
        double rho = a / c;
        double sum = 0;
        double term = 1;
        for (int k = 0; k < c; k++)
        {
            sum += term;
            term *= a / (k + 1);
        }

        double last = term / (1 - rho); // a^c / c! / (1 - rho)
        double probabilityOfWaiting = last / (sum + last);
        return probabilityOfWaiting / ((c * mu) - lambda);
    }
}
