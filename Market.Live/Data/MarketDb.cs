using System.Text;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Market.Live.Data;

/// <summary>The dispatcher's database: the durable projection of the market's events, the job
/// sources and state bytes, the command log, the secrets (hashed), and the web interface's users
/// (ASP.NET Core Identity's tables). Times are UTC .NET ticks.</summary>
/// <remarks>Migrations are provider-specific, so each provider has its own subclass
/// (<see cref="SqliteMarketDb"/>, <see cref="PostgresMarketDb"/>) with its own migrations folder.</remarks>
public abstract class MarketDb(DbContextOptions options) : IdentityDbContext<WebUser>(options)
{
    public DbSet<AccountRow> Accounts => Set<AccountRow>();
    public DbSet<ApiKeyRow> ApiKeys => Set<ApiKeyRow>();
    public DbSet<ClientRow> Clients => Set<ClientRow>();
    public DbSet<JobRow> Jobs => Set<JobRow>();
    public DbSet<JobStateRow> JobStates => Set<JobStateRow>();
    public DbSet<LeaseRow> Leases => Set<LeaseRow>();
    public DbSet<SpeedMeasurementRow> SpeedMeasurements => Set<SpeedMeasurementRow>();
    public DbSet<LedgerRow> Ledger => Set<LedgerRow>();
    public DbSet<CommandLogRow> CommandLog => Set<CommandLogRow>();
    public DbSet<MetaRow> Meta => Set<MetaRow>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.Entity<WebUser>(e =>
        {
            e.HasIndex(x => x.FeedToken);
            e.HasIndex(x => x.AccountId);
        });
        b.Entity<AccountRow>(e =>
        {
            e.ToTable("accounts");
            e.Property(x => x.Id).ValueGeneratedNever();
        });
        b.Entity<ApiKeyRow>(e =>
        {
            e.ToTable("api_keys");
            e.HasIndex(x => x.KeyHash).IsUnique();
            e.HasIndex(x => x.AccountId);
        });
        b.Entity<ClientRow>(e =>
        {
            e.ToTable("clients");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasIndex(x => x.AccountId);
        });
        b.Entity<JobRow>(e =>
        {
            e.ToTable("jobs");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.AccountId);
        });
        b.Entity<JobStateRow>(e =>
        {
            e.ToTable("job_states");
            e.HasIndex(x => new { x.JobId, x.Version }).IsUnique();
        });
        b.Entity<LeaseRow>(e =>
        {
            e.ToTable("leases");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.JobId);
            e.HasIndex(x => x.ClientId);
        });
        b.Entity<SpeedMeasurementRow>(e =>
        {
            e.ToTable("speed_measurements");
            e.HasIndex(x => x.ClientId);
        });
        b.Entity<LedgerRow>(e =>
        {
            e.ToTable("ledger");
            e.HasIndex(x => x.DebitAccount);
            e.HasIndex(x => x.CreditAccount);
        });
        b.Entity<CommandLogRow>(e =>
        {
            e.ToTable("command_log");
            e.HasKey(x => x.Seq);
            e.Property(x => x.Seq).ValueGeneratedNever();
        });
        b.Entity<MetaRow>(e =>
        {
            e.ToTable("meta");
            e.HasKey(x => x.Key);
        });

        // snake_case columns, so hand-written SQL (the writer's hot path) and people read the same names.
        foreach (var entity in b.Model.GetEntityTypes())
        {
            foreach (var p in entity.GetProperties())
            {
                p.SetColumnName(SnakeCase(p.Name));
            }
        }
    }

    /// <summary>"LastCheckpointAt" → "last_checkpoint_at".</summary>
    public static string SnakeCase(string name)
    {
        var s = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                s.Append('_');
            }
            s.Append(char.ToLowerInvariant(c));
        }
        return s.ToString();
    }
}
