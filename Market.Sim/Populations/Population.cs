namespace Market.Sim.Populations;

/// <summary>The machines and jobs a run meets, fixed before it starts: what <c>population</c> writes
/// and <c>run --population</c> replays, so policies can be compared on exactly the same market.</summary>
/// <param name="Clients">Every machine: owner, speed and the periods it is available.</param>
/// <param name="Jobs">Every job, in submission order: when it arrives, its owner, work (null: drawn
/// from the scenario's work distribution with the run's seed) and price.</param>
public sealed record Population(IReadOnlyList<PopulationClient> Clients, IReadOnlyList<PopulationJob> Jobs);

/// <summary>A machine of a population.</summary>
/// <param name="Owner">Its owner's index (0-based) among the client owners.</param>
/// <param name="Speed">Its true speed, work units per second.</param>
/// <param name="Periods">When it is available: [up, down) in ticks from the start, ascending and
/// disjoint; <c>long.MaxValue</c> as the end means to the end of the run.</param>
public sealed record PopulationClient(int Owner, double Speed, IReadOnlyList<(long Up, long Down)> Periods);

/// <summary>A job of a population.</summary>
/// <param name="Arrival">Ticks from the start.</param>
/// <param name="Owner">Its owner's index (0-based) among the job owners.</param>
/// <param name="Work">Work units, or null to draw them per run.</param>
/// <param name="Price">Credits per compute-hour.</param>
public sealed record PopulationJob(long Arrival, int Owner, double? Work, decimal Price);
