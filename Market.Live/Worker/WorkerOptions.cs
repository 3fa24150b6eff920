namespace Market.Live.Worker;

/// <summary>How a worker sells its machine's time.</summary>
internal sealed record WorkerOptions
{
    public required string Server { get; init; }

    public required string Token { get; init; }

    /// <summary>The lease length the worker commits to.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Time kept back from a lease to serialize and send the state; by default a tenth of the lease, at least 200 ms.</summary>
    public TimeSpan? Margin { get; init; }

    /// <summary>The share of one core to use, 1 to 100.</summary>
    public double CpuPercent { get; init; } = 100;

    /// <summary>Work only while the machine's one-minute load average is below <see cref="IdleLoad"/>.</summary>
    public bool IdleOnly { get; init; }

    public double IdleLoad { get; init; } = 0.5;

    /// <summary>The longest wait between attempts while the dispatcher is unreachable.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Stop after this many leases (0: run until stopped). For tests and demos.</summary>
    public int MaxLeases { get; init; }

    public TimeSpan MarginFor(TimeSpan granted)
        => Margin ?? TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(200).Ticks, granted.Ticks / 10));
}
