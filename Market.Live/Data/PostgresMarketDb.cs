using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Market.Live.Data;

/// <summary>The store on PostgreSQL (<c>--Database:Provider=postgres</c>).</summary>
public sealed class PostgresMarketDb(DbContextOptions<PostgresMarketDb> options) : MarketDb(options)
{
}

/// <summary>For <c>dotnet ef migrations add X --context PostgresMarketDb</c> (needs no server).</summary>
public sealed class PostgresMarketDbFactory : IDesignTimeDbContextFactory<PostgresMarketDb>
{
    public PostgresMarketDb CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<PostgresMarketDb>().UseNpgsql("Host=localhost;Database=market").Options);
}
