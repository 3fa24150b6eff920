namespace Market.Engine;

/// <summary>The price optimizer's answer.</summary>
/// <param name="Possible">False when no client is fast enough.</param>
/// <param name="Price">The least price that gets a fast enough client (meaningful when possible).</param>
/// <param name="PaperPrice">The paper's number, the n-th highest competing price itself (null when
/// there are fewer competitors than fast clients).</param>
/// <param name="FastClients">n: clients at least as fast as wanted.</param>
/// <param name="CompetingJobs">Jobs competed with.</param>
public readonly record struct PriceAdvice(bool Possible, Price Price, Price? PaperPrice, int FastClients, int CompetingJobs)
{
    /// <summary>No client is fast enough.</summary>
    public static PriceAdvice NotPossible(int competing) => new(false, Price.Zero, null, 0, competing);
}
