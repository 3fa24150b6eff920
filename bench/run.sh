#!/usr/bin/env bash
# Runs the BenchmarkDotNet suites (not part of ./test.sh: they take minutes and want a quiet machine).
# Usage: bench/run.sh [BenchmarkDotNet arguments]   (default: every benchmark, short job)
set -euo pipefail
cd "$(dirname "$0")/.."
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--filter '*' --job short --iterationCount 7 --warmupCount 2)
dotnet run -c Release --project bench/Market.Engine.Benchmarks -- "${args[@]}"
