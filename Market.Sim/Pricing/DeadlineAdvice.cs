namespace Market.Sim.Pricing;

/// <summary>The deadline optimizer's answer.</summary>
/// <param name="Possible">Whether some price reaches the confidence.</param>
/// <param name="Price">The least such price (or the highest tried, when not possible).</param>
/// <param name="Chance">The simulated chance of finishing by the deadline at that price.</param>
/// <param name="Low">The chance's 95% interval, low end (Wilson).</param>
/// <param name="High">The chance's 95% interval, high end.</param>
/// <param name="Seeds">Simulations per price tried.</param>
public sealed record DeadlineAdvice(bool Possible, decimal Price, double Chance, double Low, double High, int Seeds);
