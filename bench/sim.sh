#!/usr/bin/env bash
# Measures the simulator: leases per second and memory at 10,000 clients (paper-baseline shape),
# and the speed-up of a sweep on all cores over one core. Prints the figures the README quotes.
# Usage: bench/sim.sh [HOURS]            (default 24 simulated hours)
#        SIM_LONG=1 bench/sim.sh [HOURS] also 10,000 clients x 30 days and 1,000,000 clients x
#                                        SIM_MILLION_HOURS (default 2) simulated hours
# "simulated" is the event loop alone; "end to end" includes start-up and writing every result
# file (report.xml holds every dispatch: about 245 bytes each). Memory is the peak resident set;
# the marginal memory per client is the difference between 10,000 and 1,000 clients (same shape
# and hours) over the 9,000 more, so that the runtime's own 50-60 MB do not count.
set -euo pipefail
cd "$(dirname "$0")/.."
hours=${1:-24}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release Market.Sim -v quiet -nologo >/dev/null
sim="dotnet Market.Sim/bin/Release/net10.0/Market.Sim.dll"

# paper-baseline scaled to CLIENTS machines with the same load per machine, for HOURS.
scaled() { # CLIENTS HOURS FILE
  local owners=$(( $1 / 5 > 0 ? $1 / 5 : 1 )) arrivals=$(( $1 / 2 ))
  sed -e "s/\"count\": 200,/\"count\": $1,/" -e "s/\"durationHours\": 24,/\"durationHours\": $2,/" \
      -e "s/\"initial\": 200,/\"initial\": $1,/" -e "s/\"arrivalsPerHour\": 100,/\"arrivalsPerHour\": $arrivals,/" \
      -e "s/\"owners\": 40,/\"owners\": $owners,/" scenarios/paper-baseline.jsonc > "$3"
}

peak_kb=0
measure() { # CLIENTS HOURS [LABEL]: runs; prints a line when labelled; sets peak_kb
  scaled "$1" "$2" "$work/s.jsonc"
  rm -rf "$work/out"
  /usr/bin/time -f "%e %M" -o "$work/time" $sim run "$work/s.jsonc" --out "$work/out" --no-plots 2>"$work/err" >/dev/null
  local seconds kb leases simulated report
  read -r seconds kb < "$work/time"
  peak_kb=$kb
  [[ -z "${3:-}" ]] && return 0
  leases=$(grep -o '"leases": [0-9]*' "$work/out/summary.json" | grep -o '[0-9]*$')
  simulated=$(grep -o 'simulated in [0-9.]*' "$work/err" | grep -o '[0-9.]*$')
  report=$(du -sm "$work/out/report.xml" | cut -f1)
  python3 -c "
label, clients, leases, seconds, simulated, kb, report = '$3', $1, $leases, $seconds, $simulated, $kb, $report
print(f'{label}: {leases:,} leases; end to end {seconds:.1f} s = {leases/seconds:,.0f} leases/s; '
      f'simulated in {simulated:.1f} s = {leases/simulated:,.0f} leases/s; peak memory {kb/1024:,.0f} MB = '
      f'{kb*1024/clients:,.0f} bytes per client; report.xml {report:,} MB')"
}

measure 10000 "$hours" "10,000 clients, $hours simulated hours"
big_kb=$peak_kb
measure 1000 "$hours"
echo "marginal memory: $(( (big_kb - peak_kb) * 1024 / 9000 )) bytes per client ($hours simulated hours; its jobs and pending events included)"
if [[ "${SIM_LONG:-0}" == 1 ]]; then
  measure 10000 720 "10,000 clients, 30 simulated days"
  measure 1000000 "${SIM_MILLION_HOURS:-2}" "1,000,000 clients, ${SIM_MILLION_HOURS:-2} simulated hours"
fi

# The shipped sweep (48 runs of 6 simulated hours) and the same at 48 simulated hours.
sed -e 's/"durationHours": \[6\]/"durationHours": [48]/' -e "s#\"scenario\": \"paper-baseline.jsonc\"#\"scenario\": \"$PWD/scenarios/paper-baseline.jsonc\"#" \
    scenarios/window-by-policy.sweep.jsonc > "$work/long.sweep.jsonc"
for sweep in scenarios/window-by-policy.sweep.jsonc "$work/long.sweep.jsonc"; do
  for jobs in 1 2; do
    /usr/bin/time -f "%e" -o "$work/sweep$jobs" $sim sweep "$sweep" --jobs $jobs --out "$work/s$jobs" --quiet >/dev/null
  done
  one=$(cat "$work/sweep1"); two=$(cat "$work/sweep2")
  echo "sweep $(basename "$sweep") (48 runs): $one s on 1 thread, $two s on 2 threads = $(python3 -c "print(round($one/$two, 2))")x"
done
