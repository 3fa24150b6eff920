namespace Market.Engine;

/// <summary>Identifies an account. Ids are handed out by the engine in order of opening.</summary>
/// <remarks>
/// Two accounts exist in every market: <see cref="External"/>, the world outside the market that
/// deposits come from and withdrawals go to (the only balance allowed to be negative), and
/// <see cref="Platform"/>, which receives the commission. Accounts people open start at 2.
/// </remarks>
/// <param name="Value">The account number.</param>
public readonly record struct AccountId(int Value)
{
    /// <summary>The outside world: the counter-entry of deposits and withdrawals.</summary>
    public static readonly AccountId External = new(0);

    /// <summary>The market operator: receives the commission.</summary>
    public static readonly AccountId Platform = new(1);

    /// <summary>True for the two accounts every market has.</summary>
    public bool IsSystem => Value is 0 or 1;

    /// <inheritdoc/>
    public override string ToString() => "A" + Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
