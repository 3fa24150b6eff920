namespace Market.Live.Data;

/// <summary>A speed test that came back in time (table <c>speed_measurements</c>).</summary>
public sealed class SpeedMeasurementRow
{
    public long Id { get; set; }
    public long ClientId { get; set; }
    public long LeaseId { get; set; }
    public long MeasuredAt { get; set; }
    public long ElapsedTicks { get; set; }
    public double Speed { get; set; }
}
