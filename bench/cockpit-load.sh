#!/usr/bin/env bash
# Load figures of the cockpit and indicator pages against a running demo (BENCHMARKS.md, issue 7).
#   java -jar target/planwatch.jar demo --demo-password demo123 &
#   bench/cockpit-load.sh [BASE_URL] [SECONDS] [CONNECTIONS]
# As the county office (donglin-office) and the city office (office); see bench/page-load.sh.
set -euo pipefail
here=$(dirname "$0")
"$here/page-load.sh" "${1:-http://localhost:8080}" "${2:-30}" "${3:-1 4 16}" <<'PAGES'
county cockpit|donglin-office|/regions/990121/cockpit
city cockpit|office|/regions/990100/cockpit
indicator page|donglin-office|/regions/990121/indicators/C-1-02
indicator breakdown (htmx)|donglin-office|/regions/990121/indicators/C-1-02?breakdown=SEX:FEMALE|HX-Request: true
PAGES
