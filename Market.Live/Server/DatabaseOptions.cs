namespace Market.Live.Server;

/// <summary>Where the dispatcher keeps its facts (configuration section <c>Database</c>).</summary>
public sealed class DatabaseOptions
{
    /// <summary><c>sqlite</c> (default, embedded) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The SQLite file (created with its folder if missing).</summary>
    public string Path { get; set; } = "market-data/market.db";

    /// <summary>A full connection string; for PostgreSQL it is required, for SQLite it overrides <see cref="Path"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>True for PostgreSQL.</summary>
    public bool IsPostgres => string.Equals(Provider, "postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "postgresql", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every problem with these options.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!IsPostgres && !string.Equals(Provider, "sqlite", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"Database:Provider must be 'sqlite' or 'postgres', not '{Provider}'.");
        }
        if (IsPostgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            problems.Add("Database:ConnectionString is required with Database:Provider=postgres.");
        }
        if (!IsPostgres && string.IsNullOrWhiteSpace(ConnectionString) && string.IsNullOrWhiteSpace(Path))
        {
            problems.Add("Database:Path must name the SQLite file.");
        }
        return problems;
    }
}
