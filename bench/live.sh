#!/usr/bin/env bash
# Load benchmark of the live dispatcher (Market.Live): durable lease cycles per second and p50/p99
# latency with 1, 8 and 64 cycles in flight, on SQLite (WAL, synchronous=FULL) and on PostgreSQL
# (a throwaway cluster started here). Each point has the gRPC-only baseline of the same run.
# Usage: bench/live.sh [SECONDS_PER_POINT]   (default 8; about 2 minutes in all)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-8}"
dotnet build -c Release bench/Market.Live.Benchmarks/Market.Live.Benchmarks.csproj -nologo -v quiet >/dev/null
bench="dotnet bench/Market.Live.Benchmarks/bin/Release/net10.0/Market.Live.Benchmarks.dll"

$bench --store sqlite --seconds "$seconds"

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$pgbin" ]; then
    echo "# PostgreSQL is not installed (apt-get install postgresql): its points are skipped"
    exit 0
fi
dir=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
trap 'as_pg "$pgbin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
as_pg "$pgbin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
as_pg "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
as_pg "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U postgres market_bench
$bench --store postgres --pg "Host=127.0.0.1;Port=$port;Username=postgres;Database=market_bench" --seconds "$seconds"
