using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Market.Engine;

/// <summary>Price-blind first come, first served: the job that has waited longest in the ready-list
/// goes to the earliest request. Each winner pays its own price.</summary>
/// <remarks>
/// Promises: no job starves while clients keep requesting (the ready-list is a queue, and a job
/// that comes back from a lease goes to its end); price buys nothing. The baseline that shows what
/// prices change.
/// </remarks>
public sealed class FcfsPolicy : IMatchingPolicy
{
    /// <inheritdoc/>
    public string Name => "fcfs";

    /// <inheritdoc/>
    // Runs once per window but loops over the whole pool: compile it fully optimised at once
    // rather than through tiering and on-stack replacement.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Match(MatchingInput input, ref DeterministicRandom random, List<Assignment> assignments)
    {
        int pairs = System.Math.Min(input.Pool.Length, input.Jobs.Count);
        int i = 0;
        foreach (ReadyJob job in input.Jobs.ByArrival())
        {
            if (i == pairs)
            {
                break;
            }

            assignments.Add(new Assignment(i, job.Job, job.Price));
            i++;
        }
    }
}
