namespace Market.Engine;

/// <summary>One speed test result.</summary>
/// <param name="Time">When the test came back.</param>
/// <param name="Speed">Work units per second.</param>
public readonly record struct SpeedMeasurement(Instant Time, double Speed);
