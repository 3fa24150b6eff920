using System.Text.Json.Nodes;

namespace Market.Sim.Sweeps;

/// <summary>A sweep: a grid over scenario parameters × seeds.</summary>
/// <param name="Name">The sweep's name (results go to results/sweep-NAME by default).</param>
/// <param name="ScenarioPath">The base scenario file.</param>
/// <param name="Seeds">The seeds each grid point runs with.</param>
/// <param name="Grid">Parameter paths (e.g. <c>market.windowSeconds</c>) and their values, in file order.</param>
/// <param name="Metric">The summary metric to plot.</param>
/// <param name="X">The grid parameter on the plot's x axis.</param>
/// <param name="Series">The grid parameter that makes one line per value, if any.</param>
public sealed record SweepSpec(
    string Name,
    string ScenarioPath,
    IReadOnlyList<ulong> Seeds,
    IReadOnlyList<(string Path, IReadOnlyList<JsonNode> Values)> Grid,
    string Metric,
    string? X,
    string? Series);
