#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine: installs what the tests need, builds,
# tests, and ends with one plain line "N passed, N failed, N skipped" counted from the results.
# Usage: ./test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Engine]
set -uo pipefail
cd "$(dirname "$0")"

log() { printf '[test.sh] %s\n' "$*" >&2; }

apt_install() {
    # Installs Debian packages that are missing; apt-get update runs once, only if needed.
    local missing=()
    for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
}

# xmllint (libxml2-utils) is the independent validator of the report schema (Market.Reports).
command -v xmllint >/dev/null 2>&1 || apt_install libxml2-utils || log "could not install libxml2-utils: the xmllint tests will skip"

# Skia draws the simulator's plots without any text when no font resolves, and says nothing:
# fontconfig finds the fonts, fonts-dejavu-core is the family the plots use (Market.Sim/Plots).
apt_install fontconfig fonts-dejavu-core || log "could not install fontconfig fonts-dejavu-core: the plot font tests will fail"

# python3 is the oracle of the job-language differential tests (Market.Jobs).
if ! command -v python3 >/dev/null 2>&1; then
    apt_install python3 || log "could not install python3: the CPython differential tests will skip"
fi

# PostgreSQL's server programs: the live dispatcher's suite runs again on a throwaway cluster
# that the tests start themselves (initdb + pg_ctl on a free loopback port; Market.Live.Tests).
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt_install postgresql || log "could not install postgresql: the PostgreSQL tests will skip"
fi

# Debian's Chromium drives the web interface's end-to-end tests (Playwright with ExecutablePath).
[ -x /usr/bin/chromium ] || apt_install chromium || log "could not install chromium: the browser tests will skip"

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

log "building"
if ! dotnet build Market.sln -c Release -nologo -v quiet > "$results/build.log" 2>&1; then
    grep -E "error" "$results/build.log" | sort -u | head -40
    echo "build failed"
    echo "0 passed, 1 failed"
    exit 1
fi

log "testing"
dotnet test Market.sln -c Release --no-build -nologo \
    --logger "trx" --results-directory "$results" "$@"
status=$?

# Count from the results, not from the console: the Counters element of every .trx file.
count() {
    local total=0 n
    for f in "$results"/*.trx; do
        [ -f "$f" ] || continue
        for attr in "$@"; do
            n=$(grep -o "<Counters [^>]*" "$f" | grep -o " $attr=\"[0-9]*\"" | grep -o "[0-9]*" || true)
            total=$((total + ${n:-0}))
        done
    done
    echo "$total"
}
passed=$(count passed)
failed=$(count failed error timeout aborted)
# A skipped xUnit test is written as a result with outcome NotExecuted, but the Counters element
# does not count it: skipped = total - executed.
skipped=$(( $(count total) - $(count executed) ))
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
# Name the failed tests (the console output above has their messages).
for f in "$results"/*.trx; do
    [ -f "$f" ] || continue
    grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*' "$f" | grep -o 'testName="[^"]*"' | sed 's/^testName=/failed: /' || true
done
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
