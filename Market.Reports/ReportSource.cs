namespace Market.Reports;

/// <summary>Where a report's market runs.</summary>
public enum ReportSource
{
    /// <summary>The live dispatcher.</summary>
    Live,

    /// <summary>A simulation.</summary>
    Simulation,
}
