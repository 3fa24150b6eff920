using Market.Engine;

namespace Market.Sim.Running;

/// <summary>Wraps the market's policy to measure each matching window without changing it:
/// <b>regret</b> = the best possible Σ price × speed for the window (rank's pairing of the fastest
/// requests with the dearest ready jobs) minus what the policy achieved; <b>gain over no window</b> =
/// what it achieved minus matching the same number of requests in arrival order, each taking the
/// dearest job left (what an immediate, unpooled dispatcher would do).</summary>
internal sealed class RegretMeter(IMatchingPolicy inner) : IMatchingPolicy
{
    private double[] speeds = [];

    public string Name => inner.Name;

    public double Regret { get; private set; }

    public double Best { get; private set; }

    public double GainOverNoWindow { get; private set; }

    public long Windows { get; private set; }

    public void Match(MatchingInput input, ref DeterministicRandom random, List<Assignment> assignments)
    {
        inner.Match(input, ref random, assignments);
        int k = assignments.Count;
        if (k == 0)
        {
            return;
        }

        double actual = 0;
        foreach (Assignment a in assignments)
        {
            actual += (double)input.Jobs.PriceOf(a.Job).MicroPerHour * input.Pool[a.PoolIndex].Speed;
        }

        int n = input.Pool.Length;
        if (speeds.Length < n)
        {
            speeds = new double[Math.Max(n, speeds.Length * 2)];
        }

        for (int i = 0; i < n; i++)
        {
            speeds[i] = input.Pool[i].Speed;
        }

        Array.Sort(speeds, 0, n);
        double best = 0;
        double noWindow = 0;
        int j = 0;
        foreach (ReadyJob job in input.Jobs.ByPrice())
        {
            if (j == k)
            {
                break;
            }

            best += job.Price.MicroPerHour * speeds[n - 1 - j];
            noWindow += job.Price.MicroPerHour * input.Pool[j].Speed; // the pool is in arrival order
            j++;
        }

        const double Micro = 1e6;
        Best += best / Micro;
        Regret += Math.Max(0, best - actual) / Micro;
        GainOverNoWindow += (actual - noWindow) / Micro;
        Windows++;
    }
}
