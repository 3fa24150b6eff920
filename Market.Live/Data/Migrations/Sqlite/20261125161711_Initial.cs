using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Market.Live.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    account_id = table.Column<long>(type: "INTEGER", nullable: false),
                    key_hash = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    revoked = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "clients",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false),
                    account_id = table.Column<long>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", nullable: false),
                    registered_at = table.Column<long>(type: "INTEGER", nullable: false),
                    speed = table.Column<double>(type: "REAL", nullable: true),
                    last_test_at = table.Column<long>(type: "INTEGER", nullable: true),
                    revoked = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clients", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "command_log",
                columns: table => new
                {
                    seq = table.Column<long>(type: "INTEGER", nullable: false),
                    time = table.Column<long>(type: "INTEGER", nullable: false),
                    command = table.Column<string>(type: "TEXT", nullable: false),
                    events = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_command_log", x => x.seq);
                });

            migrationBuilder.CreateTable(
                name: "job_states",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    job_id = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    state = table.Column<byte[]>(type: "BLOB", nullable: false),
                    digest = table.Column<string>(type: "TEXT", nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    client_id = table.Column<long>(type: "INTEGER", nullable: true),
                    lease_id = table.Column<long>(type: "INTEGER", nullable: true),
                    checked_out = table.Column<long>(type: "INTEGER", nullable: true),
                    checked_in = table.Column<long>(type: "INTEGER", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_states", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "jobs",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false),
                    account_id = table.Column<long>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", nullable: false),
                    entry = table.Column<string>(type: "TEXT", nullable: false),
                    args_json = table.Column<string>(type: "TEXT", nullable: false),
                    module_hash = table.Column<string>(type: "TEXT", nullable: false),
                    price_micro = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    instructions = table.Column<long>(type: "INTEGER", nullable: false),
                    slices = table.Column<long>(type: "INTEGER", nullable: false),
                    rollbacks = table.Column<long>(type: "INTEGER", nullable: false),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_checkpoint_at = table.Column<long>(type: "INTEGER", nullable: true),
                    charged_micro = table.Column<long>(type: "INTEGER", nullable: false),
                    result = table.Column<string>(type: "TEXT", nullable: true),
                    output = table.Column<string>(type: "TEXT", nullable: true),
                    error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "leases",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    job_id = table.Column<long>(type: "INTEGER", nullable: true),
                    client_id = table.Column<long>(type: "INTEGER", nullable: false),
                    granted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    deadline = table.Column<long>(type: "INTEGER", nullable: false),
                    base_version = table.Column<long>(type: "INTEGER", nullable: false),
                    price_micro = table.Column<long>(type: "INTEGER", nullable: false),
                    checked_in_at = table.Column<long>(type: "INTEGER", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", nullable: false),
                    work = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_leases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ledger",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    time = table.Column<long>(type: "INTEGER", nullable: false),
                    debit_account = table.Column<long>(type: "INTEGER", nullable: false),
                    credit_account = table.Column<long>(type: "INTEGER", nullable: false),
                    amount_micro = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    lease_id = table.Column<long>(type: "INTEGER", nullable: true),
                    job_id = table.Column<long>(type: "INTEGER", nullable: true),
                    client_id = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meta",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meta", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "speed_measurements",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    client_id = table.Column<long>(type: "INTEGER", nullable: false),
                    lease_id = table.Column<long>(type: "INTEGER", nullable: false),
                    measured_at = table.Column<long>(type: "INTEGER", nullable: false),
                    elapsed_ticks = table.Column<long>(type: "INTEGER", nullable: false),
                    speed = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_speed_measurements", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_api_keys_account_id",
                table: "api_keys",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "IX_api_keys_key_hash",
                table: "api_keys",
                column: "key_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_clients_account_id",
                table: "clients",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "IX_clients_token_hash",
                table: "clients",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_job_states_job_id_version",
                table: "job_states",
                columns: new[] { "job_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_jobs_account_id",
                table: "jobs",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "IX_leases_client_id",
                table: "leases",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "IX_leases_job_id",
                table: "leases",
                column: "job_id");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_credit_account",
                table: "ledger",
                column: "credit_account");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_debit_account",
                table: "ledger",
                column: "debit_account");

            migrationBuilder.CreateIndex(
                name: "IX_speed_measurements_client_id",
                table: "speed_measurements",
                column: "client_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts");

            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "clients");

            migrationBuilder.DropTable(
                name: "command_log");

            migrationBuilder.DropTable(
                name: "job_states");

            migrationBuilder.DropTable(
                name: "jobs");

            migrationBuilder.DropTable(
                name: "leases");

            migrationBuilder.DropTable(
                name: "ledger");

            migrationBuilder.DropTable(
                name: "meta");

            migrationBuilder.DropTable(
                name: "speed_measurements");
        }
    }
}
