using System.Collections.Generic;

namespace Market.Engine;

/// <summary>A matching policy: a pure function from (pool, ready jobs, speeds, random generator) to
/// assignments and the price each winner pays.</summary>
/// <remarks>
/// A policy must be deterministic given its input and generator, may assign each pool entry and
/// each job at most once, and may charge a job at most its own price. The engine checks this and
/// throws <see cref="System.InvalidOperationException"/> for a policy that breaks it. A policy may
/// keep scratch buffers between calls, but no state that changes its decisions.
/// </remarks>
public interface IMatchingPolicy
{
    /// <summary>A short name for reports.</summary>
    string Name { get; }

    /// <summary>Decides one matching step, appending to <paramref name="assignments"/> (which is empty on entry).</summary>
    void Match(MatchingInput input, ref DeterministicRandom random, List<Assignment> assignments);
}
