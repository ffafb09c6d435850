#!/usr/bin/env bash
# Runs wrk against pages of a running PlanWatch and prints one line per page and number of connections
# (BENCHMARKS.md, issue 7). The pages come on standard input, one per line:
#   name|user|path[|extra request header]
# e.g. "county cockpit|donglin-office|/regions/990121/cockpit". Each user signs in once with
# PLANWATCH_PASSWORD (default demo123); a path that redirects (an indicator page leads to its target's
# page) is measured at the page it leads to.
#   bench/page-load.sh BASE_URL [SECONDS] [CONNECTIONS] < pages
# Each page is warmed up first (PLANWATCH_WARMUP seconds, default 20), then wrk runs for SECONDS
# (default 30) per number of connections (default "1 4 16"; 2 threads, 1 for one connection).
set -euo pipefail
base=${1:?base URL, e.g. http://localhost:8080}
seconds=${2:-30}
read -r -a connections <<< "${3:-1 4 16}"
here=$(dirname "$0")
declare -A sessions
printf '%-34s %5s %9s %9s %9s %9s  %s\n' page conns 'req/s' p50 p90 p99 errors
while IFS='|' read -r name user path extra || [ -n "${name:-}" ]; do
  [ -z "$name" ] && continue
  if [ -z "${sessions[$user]:-}" ]; then
    sessions[$user]=$("$here/login.sh" "$base" "$user" "${PLANWATCH_PASSWORD:-demo123}")
  fi
  headers=(-H "Cookie: ${sessions[$user]}")
  [ -n "${extra:-}" ] && headers+=(-H "$extra")
  url=$(curl -s -o /dev/null -L -w '%{url_effective}' "${headers[@]}" "$base$path")
  status=$(curl -s -o /dev/null -w '%{http_code}' "${headers[@]}" "$url")
  if [ "$status" != 200 ] || [[ "$url" == */login* ]]; then
    echo "$name: $base$path answered $status at $url" >&2
    exit 1
  fi
  # warm-up: the JIT compiles the rendering path within the first thousand requests or so
  wrk -t2 -c4 -d"${PLANWATCH_WARMUP:-20}s" "${headers[@]}" "$url" > /dev/null
  for c in "${connections[@]}"; do
    out=$(wrk -t"$(( c < 2 ? c : 2 ))" -c"$c" -d"${seconds}s" --timeout 60s --latency "${headers[@]}" "$url")
    rps=$(awk '/Requests\/sec/ { print $2 }' <<< "$out")
    p50=$(awk '$1 == "50%" { print $2 }' <<< "$out")
    p90=$(awk '$1 == "90%" { print $2 }' <<< "$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<< "$out")
    errors=$(awk '/Non-2xx|Socket errors/ { e = e $0 "; " } END { print (e == "" ? "0" : e) }' <<< "$out")
    printf '%-34s %5s %9s %9s %9s %9s  %s\n' "$name" "$c" "$rps" "$p50" "$p90" "$p99" "$errors"
  done
done
