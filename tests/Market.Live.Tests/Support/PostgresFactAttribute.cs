namespace Market.Live.Tests;

/// <summary>A fact skipped, with the reason, where PostgreSQL is not installed.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresCluster.Available)
        {
            Skip = PostgresCluster.MissingReason;
        }
    }
}
