namespace Market.Engine;

/// <summary>Identifies a job. Handed out by the engine from 1 in order of submission,
/// so a smaller id means an earlier submission (the rank policy's tie-break).</summary>
/// <param name="Value">The job number.</param>
public readonly record struct JobId(int Value)
{
    /// <inheritdoc/>
    public override string ToString() => "J" + Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
