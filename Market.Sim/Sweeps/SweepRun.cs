using System.Text.Json.Nodes;
using Market.Sim.Scenarios;

namespace Market.Sim.Sweeps;

/// <summary>One run of a sweep: a grid point and a seed. <see cref="Index"/> is its place in the
/// whole sweep (grid points in order, seeds within each), the same in every shard.</summary>
/// <param name="Index">The run's index in the whole sweep.</param>
/// <param name="Point">The grid point's index.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Values">The grid values of this point, in grid order.</param>
/// <param name="Scenario">The scenario with the grid values applied.</param>
public sealed record SweepRun(int Index, int Point, ulong Seed, IReadOnlyList<JsonNode> Values, Scenario Scenario);
