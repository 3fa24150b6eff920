using Market.Engine;

namespace Market.Sim.Scenarios;

/// <summary>A distribution of positive numbers a scenario draws from, with the seeded generator.</summary>
public abstract record Distribution
{
    /// <summary>One draw.</summary>
    public abstract double Sample(ref DeterministicRandom rng);

    /// <summary>The mean, where it exists (for validation and docs).</summary>
    public abstract double Mean { get; }

    /// <summary>A standard normal draw (Box-Muller on the seeded generator).</summary>
    protected static double Normal(ref DeterministicRandom rng)
    {
        double u1 = 1.0 - rng.NextDouble();
        double u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}

/// <summary>Always the same value.</summary>
public sealed record ConstantDistribution(double Value) : Distribution
{
    /// <inheritdoc/>
    public override double Sample(ref DeterministicRandom rng) => Value;

    /// <inheritdoc/>
    public override double Mean => Value;
}

/// <summary>Log-normal with the given median and shape (sigma of the log).</summary>
public sealed record LogNormalDistribution(double Median, double Sigma) : Distribution
{
    /// <inheritdoc/>
    public override double Sample(ref DeterministicRandom rng) => Median * Math.Exp(Sigma * Normal(ref rng));

    /// <inheritdoc/>
    public override double Mean => Median * Math.Exp(Sigma * Sigma / 2);
}

/// <summary>Pareto with the given minimum (scale) and tail index alpha.</summary>
public sealed record ParetoDistribution(double Minimum, double Alpha) : Distribution
{
    /// <inheritdoc/>
    public override double Sample(ref DeterministicRandom rng) => Minimum / Math.Pow(1.0 - rng.NextDouble(), 1.0 / Alpha);

    /// <inheritdoc/>
    public override double Mean => Alpha > 1 ? Alpha * Minimum / (Alpha - 1) : double.PositiveInfinity;
}

/// <summary>Uniform on [Min, Max].</summary>
public sealed record UniformDistribution(double Min, double Max) : Distribution
{
    /// <inheritdoc/>
    public override double Sample(ref DeterministicRandom rng) => Min + ((Max - Min) * rng.NextDouble());

    /// <inheritdoc/>
    public override double Mean => (Min + Max) / 2;
}

/// <summary>Exponential with the given mean.</summary>
public sealed record ExponentialDistribution(double MeanValue) : Distribution
{
    /// <inheritdoc/>
    public override double Sample(ref DeterministicRandom rng) => -MeanValue * Math.Log(1.0 - rng.NextDouble());

    /// <inheritdoc/>
    public override double Mean => MeanValue;
}

/// <summary>Draws uniformly from a list of values (e.g. measured speeds from a CSV).</summary>
public sealed record EmpiricalDistribution(IReadOnlyList<double> Values) : Distribution
{
    /// <inheritdoc/>
    public override double Sample(ref DeterministicRandom rng) => Values[(int)(rng.NextUInt64() % (ulong)Values.Count)];

    /// <inheritdoc/>
    public override double Mean => Values.Average();
}
