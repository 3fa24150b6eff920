using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Market.Live.Data;

/// <summary>The store on SQLite (the default: one file beside the data, WAL, synchronous=FULL).</summary>
public sealed class SqliteMarketDb(DbContextOptions<SqliteMarketDb> options) : MarketDb(options)
{
}

/// <summary>For <c>dotnet ef migrations add X --context SqliteMarketDb</c>.</summary>
public sealed class SqliteMarketDbFactory : IDesignTimeDbContextFactory<SqliteMarketDb>
{
    public SqliteMarketDb CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<SqliteMarketDb>().UseSqlite("Data Source=design.db").Options);
}
