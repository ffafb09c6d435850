#!/usr/bin/env bash
# Load figures of the cockpit and indicator pages against a running demo (BENCHMARKS.md, issue 7).
#   java -jar target/planwatch.jar demo --demo-password demo123 &
#   bench/cockpit-load.sh [BASE_URL] [SECONDS] [CONNECTIONS...]
# Signs in as the county office (donglin-office) and the city office (office), warms each page up
# (PLANWATCH_WARMUP seconds, default 20), then runs wrk per page and per number of connections (2 threads, 1 for one connection) and prints one line each.
set -euo pipefail
base=${1:-http://localhost:8080}
seconds=${2:-30}
shift $(( $# >= 2 ? 2 : $# ))
connections=("${@:-1 4 16}")
[ ${#connections[@]} -eq 1 ] && read -r -a connections <<< "${connections[0]}"
here=$(dirname "$0")
county=$("$here/login.sh" "$base" donglin-office "${PLANWATCH_PASSWORD:-demo123}")
city=$("$here/login.sh" "$base" office "${PLANWATCH_PASSWORD:-demo123}")
# the infant mortality target of 东林县's children's plan: where /regions/990121/indicators/C-1-02 leads
target=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Cookie: $county" "$base/regions/990121/indicators/C-1-02")
target=${target#"$base"}
pages=(
  "county cockpit|$county|/regions/990121/cockpit"
  "city cockpit|$city|/regions/990100/cockpit"
  "indicator page|$county|$target"
  "indicator breakdown (htmx)|$county|$target?breakdown=SEX:FEMALE|HX-Request: true"
)
printf '%-28s %5s %9s %9s %9s %9s  %s\n' page conns 'req/s' p50 p90 p99 errors
for page in "${pages[@]}"; do
  IFS='|' read -r name cookie path extra <<< "$page"
  headers=(-H "Cookie: $cookie")
  [ -n "${extra:-}" ] && headers+=(-H "$extra")
  # warm-up: the JIT compiles the rendering path within the first thousand requests or so
  wrk -t2 -c4 -d"${PLANWATCH_WARMUP:-20}s" "${headers[@]}" "$base$path" > /dev/null
  for c in "${connections[@]}"; do
    out=$(wrk -t"$(( c < 2 ? c : 2 ))" -c"$c" -d"${seconds}s" --latency "${headers[@]}" "$base$path")
    rps=$(awk '/Requests\/sec/ { print $2 }' <<< "$out")
    p50=$(awk '$1 == "50%" { print $2 }' <<< "$out")
    p90=$(awk '$1 == "90%" { print $2 }' <<< "$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<< "$out")
    errors=$(awk '/Non-2xx|Socket errors/ { e = e $0 "; " } END { print (e == "" ? "0" : e) }' <<< "$out")
    printf '%-28s %5s %9s %9s %9s %9s  %s\n' "$name" "$c" "$rps" "$p50" "$p90" "$p99" "$errors"
  done
done
