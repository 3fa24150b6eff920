namespace Market.Sim.Sweeps;

/// <summary>One finished run: its place in the sweep, its grid values (as written in the CSV) and its summary.</summary>
/// <param name="Index">The run's index in the whole sweep.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Values">Grid values as text, in grid order.</param>
/// <param name="Metrics">Summary metrics, in the summary's order.</param>
public sealed record SweepResult(int Index, ulong Seed, IReadOnlyList<string> Values, IReadOnlyList<(string Name, double Value)> Metrics);
