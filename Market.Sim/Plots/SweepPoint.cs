namespace Market.Sim.Plots;

/// <summary>One point of a sweep: the mean over seeds at <paramref name="X"/> and its 95% confidence interval.</summary>
/// <param name="X">The swept parameter's value.</param>
/// <param name="Mean">The mean of the measured metric.</param>
/// <param name="CiLow">Lower end of the 95% confidence interval.</param>
/// <param name="CiHigh">Upper end of the 95% confidence interval.</param>
public readonly record struct SweepPoint(double X, double Mean, double CiLow, double CiHigh);
