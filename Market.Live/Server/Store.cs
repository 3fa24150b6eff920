using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
using Market.Live.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Market.Live.Server;

/// <summary>The writer's connection: commits a batch of statements in one transaction (group commit).</summary>
/// <remarks>EF Core owns the schema (migrations) and the readers; the single writer uses plain
/// ADO.NET on one connection, because it writes a few rows per request thousands of times a second.
/// SQLite runs in WAL mode with synchronous=FULL, so a commit is on disk when it returns. PostgreSQL
/// gets each batch in one round trip (a DbBatch).</remarks>
internal sealed partial class Store : IDisposable
{
    private readonly DbConnection connection;
    private readonly bool postgres;
    private readonly Dictionary<string, DbCommand> prepared = new();

    private Store(DbConnection connection, bool postgres)
    {
        this.connection = connection;
        this.postgres = postgres;
    }

    /// <summary>Creates the database if needed, applies the migrations and opens the writer's connection.</summary>
    public static Store Open(DatabaseOptions options)
    {
        using (var db = CreateContext(options))
        {
            db.Database.Migrate();
        }
        DbConnection c = options.IsPostgres
            ? new NpgsqlConnection(WriterConnectionString(options.ConnectionString!))
            : new SqliteConnection(SqliteConnectionString(options));
        c.Open();
        if (!options.IsPostgres)
        {
            Exec(c, "PRAGMA journal_mode=WAL;");
            Exec(c, "PRAGMA synchronous=FULL;");
        }
        return new Store(c, options.IsPostgres);
    }

    /// <summary>The writer runs the same dozen statements thousands of times a second: PostgreSQL
    /// parses and plans each one every time unless it is prepared, so let Npgsql prepare them.</summary>
    private static string WriterConnectionString(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        if (b.MaxAutoPrepare == 0)
        {
            b.MaxAutoPrepare = 64;
            b.AutoPrepareMinUsages = 2;
        }
        return b.ConnectionString;
    }

    /// <summary>A context for reads (and migrations) on the configured provider.</summary>
    public static MarketDb CreateContext(DatabaseOptions options)
    {
        if (options.IsPostgres)
        {
            return new PostgresMarketDb(new DbContextOptionsBuilder<PostgresMarketDb>().UseNpgsql(options.ConnectionString).Options);
        }
        return new SqliteMarketDb(new DbContextOptionsBuilder<SqliteMarketDb>().UseSqlite(SqliteConnectionString(options)).Options);
    }

    /// <summary>The SQLite connection string; creates the file's folder.</summary>
    public static string SqliteConnectionString(DatabaseOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }
        string full = System.IO.Path.GetFullPath(options.Path);
        string? dir = System.IO.Path.GetDirectoryName(full);
        if (dir != null)
        {
            Directory.CreateDirectory(dir);
        }
        return new SqliteConnectionStringBuilder { DataSource = full, Pooling = false, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>Runs every statement in one transaction and commits it; throws if anything fails
    /// (then nothing of the batch is stored).</summary>
    public void Commit(IReadOnlyList<SqlOp> ops)
    {
        if (ops.Count == 0)
        {
            return;
        }
        using var tx = connection.BeginTransaction(IsolationLevel.ReadCommitted);
        if (postgres)
        {
            CommitBatch(ops, tx);
        }
        else
        {
            foreach (var op in ops)
            {
                var cmd = Prepared(op.Sql, op.Args.Length);
                cmd.Transaction = tx;
                for (int i = 0; i < op.Args.Length; i++)
                {
                    cmd.Parameters[i].Value = op.Args[i] ?? DBNull.Value;
                }
                cmd.ExecuteNonQuery();
            }
        }
        tx.Commit();
    }

    private void CommitBatch(IReadOnlyList<SqlOp> ops, DbTransaction tx)
    {
        const int MaxPerBatch = 500;
        for (int start = 0; start < ops.Count; start += MaxPerBatch)
        {
            using var batch = connection.CreateBatch();
            batch.Transaction = tx;
            for (int k = start; k < Math.Min(ops.Count, start + MaxPerBatch); k++)
            {
                var op = ops[k];
                var bc = batch.CreateBatchCommand();
                bc.CommandText = Positional(op.Sql);
                foreach (object? a in op.Args)
                {
                    bc.Parameters.Add(new NpgsqlParameter { Value = a ?? DBNull.Value });
                }
                batch.BatchCommands.Add(bc);
            }
            batch.ExecuteNonQuery();
        }
    }

    private DbCommand Prepared(string sql, int parameters)
    {
        if (!prepared.TryGetValue(sql, out var cmd))
        {
            cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            for (int i = 0; i < parameters; i++)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = "@p" + i;
                cmd.Parameters.Add(p);
            }
            prepared[sql] = cmd;
        }
        return cmd;
    }

    private static readonly Dictionary<string, string> PositionalCache = new();

    /// <summary>"@p0" → "$1": Npgsql's native, fastest parameter form.</summary>
    private static string Positional(string sql)
    {
        lock (PositionalCache)
        {
            if (!PositionalCache.TryGetValue(sql, out var p))
            {
                p = ParameterName().Replace(sql, m => "$" + (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1));
                PositionalCache[sql] = p;
            }
            return p;
        }
    }

    [GeneratedRegex(@"@p(\d+)")]
    private static partial Regex ParameterName();

    private static void Exec(DbConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var c in prepared.Values)
        {
            c.Dispose();
        }
        connection.Dispose();
    }
}
