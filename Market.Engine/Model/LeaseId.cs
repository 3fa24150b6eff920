namespace Market.Engine;

/// <summary>Identifies a lease (a job lease or a speed-test lease). Handed out from 1, never reused.</summary>
/// <param name="Value">The lease number.</param>
public readonly record struct LeaseId(long Value)
{
    /// <inheritdoc/>
    public override string ToString() => "L" + Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
