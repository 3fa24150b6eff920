#!/usr/bin/env bash
# Measures the simulator: leases per second and memory at 10,000 clients (paper-baseline shape),
# and the speed-up of a sweep on all cores over one core. Prints the figures the README quotes.
# Usage: bench/sim.sh [HOURS]   (default 24 simulated hours)
set -euo pipefail
cd "$(dirname "$0")/.."
hours=${1:-24}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release Market.Sim -v quiet -nologo >/dev/null
sim="dotnet Market.Sim/bin/Release/net10.0/Market.Sim.dll"

# paper-baseline scaled to 10,000 machines with the same load per machine.
sed -e 's/"count": 200,/"count": 10000,/' -e "s/\"durationHours\": 24,/\"durationHours\": $hours,/" \
    -e 's/"initial": 200,/"initial": 10000,/' -e 's/"arrivalsPerHour": 100,/"arrivalsPerHour": 5000,/' \
    -e 's/"owners": 40,/"owners": 2000,/' scenarios/paper-baseline.jsonc > "$work/big.jsonc"
/usr/bin/time -f "%e %M" -o "$work/time" $sim run "$work/big.jsonc" --out "$work/big" --quiet --no-plots >/dev/null
read -r seconds kb < "$work/time"
leases=$(grep -o '"leases": [0-9]*' "$work/big/summary.json" | grep -o '[0-9]*$')
echo "10,000 clients, $hours simulated hours: $leases leases in $seconds s (including writing results) = $(python3 -c "print(round($leases/$seconds))") leases/s; peak memory $((kb / 1024)) MB = $(python3 -c "print(round($kb*1024/10000))") bytes per client"

for jobs in 1 2; do
  /usr/bin/time -f "%e" -o "$work/sweep$jobs" $sim sweep scenarios/window-by-policy.sweep.jsonc --jobs $jobs --out "$work/s$jobs" --quiet >/dev/null
done
one=$(cat "$work/sweep1"); two=$(cat "$work/sweep2")
echo "sweep window-by-policy (48 runs): $one s on 1 thread, $two s on 2 threads = $(python3 -c "print(round($one/$two, 2))")x"
