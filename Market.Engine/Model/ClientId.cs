namespace Market.Engine;

/// <summary>Identifies a client (a machine selling its time). Handed out by the engine from 1.</summary>
/// <param name="Value">The client number.</param>
public readonly record struct ClientId(int Value)
{
    /// <inheritdoc/>
    public override string ToString() => "C" + Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
