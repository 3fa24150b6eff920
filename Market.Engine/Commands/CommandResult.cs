namespace Market.Engine;

/// <summary>The result of <see cref="MarketEngine.Execute"/>: accepted with the id it created (if
/// any), or the rejection.</summary>
/// <param name="Accepted">Whether it took effect.</param>
/// <param name="Id">The account, client, job or lease number it created, or 0.</param>
/// <param name="Rejection">Why it was refused, when it was.</param>
public readonly record struct CommandResult(bool Accepted, long Id, Rejection? Rejection)
{
    /// <summary>Accepted, creating nothing with an id.</summary>
    public static readonly CommandResult Ok = new(true, 0, null);

    internal static CommandResult From<T>(Outcome<T> outcome, System.Func<T, long> id)
        => outcome.IsAccepted ? new CommandResult(true, id(outcome.Value), null) : new CommandResult(false, 0, outcome.Rejection);
}
