#!/usr/bin/env bash
# Measures the simulator at paper-baseline's shape scaled to 10,000 machines: leases per second of
# the event loop alone (bench/Market.Sim.Benchmarks) and end to end (`run`, start-up and every
# result file included); the live data per machine; the speed-up of a sweep on all cores.
# Usage: bench/sim.sh [HOURS]            (default 24 simulated hours)
#        SIM_LONG=1 bench/sim.sh [HOURS] also 10,000 machines x 30 days, and 1,000,000 machines x
#                                        SIM_MILLION_HOURS (default 2) simulated hours
# The machine is noisy: every figure is the best of ROUNDS runs (default 3) of a process that runs
# the loop REPEAT times (default 2), and end-to-end figures the best of ROUNDS. Compare builds in the
# same session, alternately.
# Calibration: each loop round is followed, in the same process, by a round of the bare lease cycle
# of the same scenario (bench/Market.Sim.Benchmarks/BareLeaseModel.cs: a binary heap of struct
# events, no ledger, events or metrics), so the loop's speed is also given as a multiple of what
# the bare cycle costs on this machine at this time.
# Memory: the live heap at its peak during the loop (a full collection every 100 ms) at 10,000 and
# at 1,000 machines; the difference over the 9,000 more is the marginal memory per machine, its jobs
# and pending events included (the runtime's own and the fixed buffers do not count). The resident
# peak of `run` is printed too (result writing included).
set -euo pipefail
cd "$(dirname "$0")/.."
hours=${1:-24}
rounds=${ROUNDS:-3}
repeat=${REPEAT:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release Market.Sim -v quiet -nologo >/dev/null
dotnet build -c Release bench/Market.Sim.Benchmarks -v quiet -nologo >/dev/null
sim="dotnet Market.Sim/bin/Release/net10.0/Market.Sim.dll"
loop="dotnet bench/Market.Sim.Benchmarks/bin/Release/net10.0/Market.Sim.Benchmarks.dll loop"

# paper-baseline scaled to CLIENTS machines with the same load per machine for HOURS: as many
# initial jobs as machines, half as many arrivals per hour, a client owner per 5 machines and a job
# owner per 4 (paper-baseline: 40 and 50 for 200), so the owners' budgets last as they do there.
scaled() { # CLIENTS HOURS FILE
  sed -e "s/\"count\": 200,/\"count\": $1,/" -e "s/\"durationHours\": 24,/\"durationHours\": $2,/" \
      -e "s/\"initial\": 200,/\"initial\": $1,/" -e "s/\"arrivalsPerHour\": 100,/\"arrivalsPerHour\": $(( $1 / 2 )),/" \
      -e "s/\"owners\": 40,/\"owners\": $(( $1 / 5 > 0 ? $1 / 5 : 1 )),/" -e "s/\"owners\": 50,/\"owners\": $(( $1 / 4 > 0 ? $1 / 4 : 1 )),/" \
      scenarios/paper-baseline.jsonc > "$3"
}

best() { sort -n | head -1; }

loop_figures() { # CLIENTS HOURS LABEL
  scaled "$1" "$2" "$work/s.jsonc"
  local out="$work/loop.txt"; : > "$out"
  for _ in $(seq "$rounds"); do $loop "$work/s.jsonc" --repeat "$repeat" --with-bare >> "$out"; done
  local seconds leases bare ratios
  seconds=$(grep -o '^loop [0-9.]*' "$out" | grep -o '[0-9.]*$' | best)
  leases=$(grep -o '^loop [0-9.]* s, [0-9]* leases,' "$out" | head -1 | grep -o '[0-9]* leases' | grep -o '[0-9]*')
  bare=$(grep '^bare ' "$out" | grep -o '[0-9]* leases/s' | grep -o '[0-9]*' | sort -n | tail -1)
  ratios=$(grep -o '[0-9.]*x the bare' "$out" | grep -o '^[0-9.]*' | sort -n | tr '\n' ' ')
  python3 -c "print(f'$3: {$leases:,} leases; event loop {$seconds:.2f} s = {$leases/$seconds:,.0f} leases/s (best of $(( rounds * repeat ))); the bare lease cycle at best {$bare:,} leases/s; loop time per lease / bare, each pair: $ratios')"
}

end_to_end() { # CLIENTS HOURS LABEL
  scaled "$1" "$2" "$work/s.jsonc"
  local t=() kb=()
  for _ in $(seq "$rounds"); do
    rm -rf "$work/out"
    /usr/bin/time -f "%e %M" -o "$work/time" $sim run "$work/s.jsonc" --out "$work/out" --no-plots --quiet >/dev/null
    read -r s k < "$work/time"; t+=("$s"); kb+=("$k")
  done
  local leases report
  leases=$(grep -o '"leases": [0-9]*' "$work/out/summary.json" | grep -o '[0-9]*$')
  report=$(du -sm "$work/out/report.xml" | cut -f1)
  python3 -c "
t=[float(x) for x in '${t[*]}'.split()]; k=[int(x) for x in '${kb[*]}'.split()]
print(f'$3: end to end {min(t):.1f} s = {$leases/min(t):,.0f} leases/s (best of $rounds; all {t}); resident peak {min(k)/1024:,.0f} MB; report.xml {$report:,} MB')"
}

peak_live() { # CLIENTS HOURS -> MB
  scaled "$1" "$2" "$work/m.jsonc"
  $loop "$work/m.jsonc" --live-heap | grep -o 'peak live [0-9.]*' | grep -o '[0-9.]*$'
}

loop_figures 10000 "$hours" "10,000 machines, $hours simulated hours"
end_to_end 10000 "$hours" "10,000 machines, $hours simulated hours"
big=$(peak_live 10000 "$hours"); small=$(peak_live 1000 "$hours")
python3 -c "print(f'live data at its peak: {$big} MB at 10,000 machines, {$small} MB at 1,000: {($big-$small)*1e6/9000:,.0f} bytes per machine ($hours simulated hours; its jobs and pending events included)')"
if [[ "${SIM_LONG:-0}" == 1 ]]; then
  end_to_end 10000 720 "10,000 machines, 30 simulated days"
  end_to_end 1000000 "${SIM_MILLION_HOURS:-2}" "1,000,000 machines, ${SIM_MILLION_HOURS:-2} simulated hours"
fi

# The shipped sweep (48 runs of 6 simulated hours) and the same at 48 simulated hours.
sed -e 's/"durationHours": \[6\]/"durationHours": [48]/' -e "s#\"scenario\": \"paper-baseline.jsonc\"#\"scenario\": \"$PWD/scenarios/paper-baseline.jsonc\"#" \
    scenarios/window-by-policy.sweep.jsonc > "$work/long.sweep.jsonc"
# Each sweep is timed twice: the whole process, and its runs alone (the sweep's own "in N s",
# without start-up, the CSV files and the plot, which do not run in parallel); best of ROUNDS.
for sweep in scenarios/window-by-policy.sweep.jsonc "$work/long.sweep.jsonc"; do
  for jobs in 1 2; do
    : > "$work/sweep$jobs"; : > "$work/runs$jobs"
    for _ in $(seq "$rounds"); do
      /usr/bin/time -f "%e" -a -o "$work/sweep$jobs" $sim sweep "$sweep" --jobs $jobs --out "$work/s$jobs" --quiet \
        | grep -o 'threads in [0-9.]* s' | grep -o '[0-9.]*' >> "$work/runs$jobs"
    done
  done
  one=$(best < "$work/sweep1"); two=$(best < "$work/sweep2"); r1=$(best < "$work/runs1"); r2=$(best < "$work/runs2")
  echo "sweep $(basename "$sweep") (48 runs, best of $rounds): whole process $one s on 1 thread, $two s on 2 = $(python3 -c "print(round($one/$two, 2))")x; the runs alone $r1 s and $r2 s = $(python3 -c "print(round($r1/$r2, 2))")x"
done
