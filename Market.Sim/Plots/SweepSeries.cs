namespace Market.Sim.Plots;

/// <summary>One line of a sweep plot (e.g. one policy): its legend name and its points.</summary>
/// <param name="Name">The legend text.</param>
/// <param name="Points">The points; drawn in order of <see cref="SweepPoint.X"/>.</param>
public sealed record SweepSeries(string Name, IReadOnlyList<SweepPoint> Points);
