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
    private int[] fastest = [];

    public string Name => inner.Name;

    public double Regret { get; private set; }

    public double Best { get; private set; }

    public double GainOverNoWindow { get; private set; }

    public long Windows { get; private set; }

    /// <summary>Puts the <paramref name="top"/> highest speeds of the pool into speeds[0..top), fastest
    /// first: read from the engine's speed order of the pool when it gives one.</summary>
    private void FastestFirst(MatchingInput input, int top)
    {
        if (speeds.Length < top)
        {
            speeds = new double[Math.Max(top, speeds.Length * 2)];
            fastest = new int[speeds.Length];
        }

        if (input.TryFastestFirst(fastest.AsSpan(0, top)))
        {
            for (int i = 0; i < top; i++)
            {
                speeds[i] = input.Pool[fastest[i]].Speed;
            }

            return;
        }

        Fastest(input.Pool, speeds.AsSpan(0, top));
    }

    /// <summary>Fills <paramref name="into"/> with the highest speeds of <paramref name="pool"/>, fastest
    /// first: the same values as the front of the pool's speeds sorted in descending order. A window
    /// grants far fewer leases than it pools, so this keeps a min-heap of the best rather than
    /// sorting the whole pool.</summary>
    internal static void Fastest(ReadOnlySpan<PoolEntry> pool, Span<double> into)
    {
        int top = into.Length;
        if (top > pool.Length)
        {
            throw new ArgumentException("More speeds asked for than the pool holds.", nameof(into));
        }

        if (top == 0)
        {
            return;
        }

        // From the newest request back: rank leaves the slowest machines waiting at the front of the
        // pool, so the fast ones are mostly near its end, and starting there few later ones displace them.
        Span<double> heap = into;
        int n = pool.Length;
        for (int i = 0; i < top; i++)
        {
            heap[i] = pool[n - 1 - i].Speed;
        }

        for (int i = (top / 2) - 1; i >= 0; i--)
        {
            SiftDown(heap, i, heap[i]);
        }

        for (int i = n - 1 - top; i >= 0; i--)
        {
            double s = pool[i].Speed;
            if (s > heap[0])
            {
                SiftDown(heap, 0, s);
            }
        }

        heap.Sort();
        heap.Reverse();
    }

    /// <summary>Places <paramref name="value"/> at <paramref name="hole"/> of a binary min-heap and sifts it down.</summary>
    private static void SiftDown(Span<double> heap, int hole, double value)
    {
        int n = heap.Length;
        while (true)
        {
            int child = (2 * hole) + 1;
            if (child >= n)
            {
                break;
            }

            if (child + 1 < n && heap[child + 1] < heap[child])
            {
                child++;
            }

            if (heap[child] >= value)
            {
                break;
            }

            heap[hole] = heap[child];
            hole = child;
        }

        heap[hole] = value;
    }

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
        int top = Math.Min(k, n);
        FastestFirst(input, top);
        double best = 0;
        double noWindow = 0;
        int j = 0;
        foreach (ReadyJob job in input.Jobs.ByPrice())
        {
            if (j == k)
            {
                break;
            }

            best += job.Price.MicroPerHour * speeds[j];
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
