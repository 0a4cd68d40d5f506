#!/usr/bin/env bash
# The README's first command on a fresh machine, checked end to end through HTTP with the packaged application:
# the first start loads the demo dataset, a restart does not load it again, and a record created through the API
# survives the restart.
#   usage: first-start.sh path/to/quarkus-run.jar
set -euo pipefail
jar=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
port=${SMOKE_PORT:-18080}
base="http://127.0.0.1:$port/api/v1"
token="first-start-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

start() {
  (cd "$work" && REGISTRY_ADMIN_TOKEN="$token" exec java -Dquarkus.http.port="$port" -jar "$jar" >>"$work/app.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "the application did not become ready; its log:" >&2
  cat "$work/app.log" >&2
  exit 1
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }
total() { curl -sf "$base/$1?limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/'; }
fail() { echo "first start: $*" >&2; exit 1; }

start
[ -d "$work/data" ] || fail "no ./data directory was created in the working directory"
persons=$(total persons); cases=$(total cases); charges=$(total charges)
[ "$persons" -gt 0 ] && [ "$cases" -gt 0 ] && [ "$charges" -gt 0 ] || fail "the demo dataset was not loaded ($persons persons)"
curl -sf "$base/persons/6d825169-8e14-5201-a0bf-e4835d79d023" | grep -q '"fullName":"Kairat Klyshev"' || fail "demo person missing"
curl -sfG "$base/search" --data-urlencode "q=Клышев" | grep -q '"id":"6d825169-8e14-5201-a0bf-e4835d79d023"' \
  || fail "searching Клышев does not find Kairat Klyshev"
curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d '{"fullName":"x"}' "$base/persons" | grep -q 401 \
  || fail "an anonymous write was not refused"
created=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{"fullName":"Invented Smoke Person"}' "$base/persons" \
  | sed -E 's/.*"id":"([0-9a-f-]{36})".*/\1/')
stop

start
[ "$(total persons)" -eq $((persons + 1)) ] || fail "after a restart: $(total persons) persons, expected $((persons + 1))"
[ "$(total cases)" -eq "$cases" ] && [ "$(total charges)" -eq "$charges" ] || fail "the demo dataset was loaded twice"
curl -sf "$base/persons/$created" | grep -q '"fullName":"Invented Smoke Person"' || fail "a record created through the API was lost"
stop
# a first admin's secret that is too short stops the start with a message that names the variable, not the secret
short="short-$$"
set +e
(cd "$work" && REGISTRY_ADMIN_TOKEN="$short" exec timeout 60 java -Dquarkus.http.port="$port" -jar "$jar" >"$work/short.log" 2>&1)
status=$?
set -e
[ "$status" -ne 0 ] && [ "$status" -ne 124 ] || fail "a start with an admin token of ${#short} characters did not stop (exit status $status)"
grep -q 'REGISTRY_ADMIN_TOKEN must be at least 20 characters long' "$work/short.log" || fail "no message about the short admin token"
if grep -q "$short" "$work/short.log"; then fail "the log holds the admin token"; fi
echo "first start: demo dataset loaded once ($persons persons, $cases cases, $charges charges); API writes survive a restart; a too short admin token stops the start"
