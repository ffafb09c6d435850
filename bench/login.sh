#!/usr/bin/env bash
# Signs in to a running PlanWatch with curl and prints the session cookie ("JSESSIONID=…"),
# for load tools that take a header. Usage: bench/login.sh BASE_URL USER PASSWORD
set -euo pipefail
base=${1:?base URL, e.g. http://localhost:8080}
user=${2:?user}
password=${3:?password}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
token=$(curl -fsS -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$token" "$base/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
# a failed sign-in leaves the anonymous session, which the start page redirects to the login form
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$session" "$base/")
if [ "$status" != 200 ]; then
  echo "sign-in as $user failed (start page answered $status)" >&2
  exit 1
fi
echo "JSESSIONID=$session"
