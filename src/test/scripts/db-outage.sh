#!/usr/bin/env bash
# Database outage: under a write load, the private PostgreSQL cluster is stopped. Every request must then be answered
# within a bounded time with 503 problem+json (type /problems/service-unavailable, Retry-After), and /q/health/ready
# must report DOWN. The cluster is started again: the application must recover by itself, without a restart, and no
# acknowledged write may be lost.
#   usage: db-outage.sh path/to/quarkus-run.jar     (built with -Dquarkus.profile=pg)
#   env:   OUTAGE_SECONDS (default 15), MAX_ANSWER_SECONDS (default 8), PG_PRIVATE_PORT (default 25434)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib/common.sh"

jar=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
port=${OUTAGE_PORT:-18283}
outage=${OUTAGE_SECONDS:-15}
bound=${MAX_ANSWER_SECONDS:-8}
base="http://127.0.0.1:$port"
pg_private_init "${PG_PRIVATE_PORT:-25434}"
app_start "$jar" "$port" "$WORK/app" PG_JDBC_URL="$(pg_url)"

ledger="$WORK/ledger.jsonl"; stop="$WORK/stop"
python3 "$here/lib/writeload.py" load --base "$base" --ledger "$ledger" --stop-file "$stop" --workers 4 --deadline 600 \
  >"$WORK/load.out" 2>"$WORK/load.err" &
loader=$!
sleep 3

note "stopping the private PostgreSQL cluster"
pg_private_stop fast
down_at=$(now_ms)
probes=0; unavailable=0; wrong=0; max_ms=0; health_down=0
while [ $(( $(now_ms) - down_at )) -lt $((outage * 1000)) ]; do
  for request in "POST /api/v1/persons" "GET /api/v1/persons" "GET /api/v1/cases?limit=5"; do
    method=${request%% *}; path=${request#* }
    args=(-X "$method" -H "$AUTH")
    [ "$method" = POST ] && args+=(-H 'Content-Type: application/json' --data '{"fullName":"Invented Outage Probe"}')
    out=$(curl -s -m 60 -o "$WORK/body" -D "$WORK/headers" -w '%{http_code} %{time_total}' "${args[@]}" "$base$path")
    code=${out% *}; ms=$(awk -v t="${out#* }" 'BEGIN { printf "%d", t * 1000 }')
    probes=$((probes + 1)); [ "$ms" -gt "$max_ms" ] && max_ms=$ms
    if [ "$code" = 503 ] && grep -qi '^content-type: application/problem+json' "$WORK/headers" \
       && grep -qi '^retry-after: [0-9]' "$WORK/headers" && grep -q '"type":"/problems/service-unavailable"' "$WORK/body"; then
      unavailable=$((unavailable + 1))
    else
      wrong=$((wrong + 1)); note "during the outage $method $path answered $code: $(head -c 300 "$WORK/body")"
    fi
  done
  health=$(curl -s -m 30 -o "$WORK/health" -w '%{http_code}' "$base/q/health/ready")
  [ "$health" = 503 ] && grep -q '"status": *"DOWN"' "$WORK/health" && health_down=$((health_down + 1))
  sleep 0.5
done

note "starting the private PostgreSQL cluster again"
pg_private_start
up_at=$(now_ms)
recovered=""
while [ $(( $(now_ms) - up_at )) -lt 60000 ]; do
  if [ "$(curl -s -m 10 -o /dev/null -w '%{http_code}' "$base/api/v1/persons?limit=1")" = 200 ] \
     && [ "$(curl -s -m 10 -o /dev/null -w '%{http_code}' "$base/q/health/ready")" = 200 ]; then
    recovered=$(( $(now_ms) - up_at )); break
  fi
  sleep 0.2
done
sleep 2
touch "$stop"
wait "$loader" || { cat "$WORK/load.err" >&2; fail "the write load failed"; }
verdict=$(python3 "$here/lib/writeload.py" verify --base "$base" --ledger "$ledger" 2>"$WORK/verify.err"); ok=$?

echo "db-outage: ${outage}s outage; $probes requests during it: $unavailable answered 503 problem+json with Retry-After, $wrong otherwise; slowest answer ${max_ms} ms (bound ${bound}s); health DOWN on $health_down checks; recovered ${recovered:-never} ms after the database returned, without a restart"
echo "  load:   $(cat "$WORK/load.out")"
echo "  verify: $verdict"
[ "$wrong" -eq 0 ] || fail "requests during the outage were not answered 503 problem+json"
[ "$unavailable" -gt 0 ] || fail "no request was made during the outage"
[ "$max_ms" -le $((bound * 1000)) ] || fail "an answer during the outage took ${max_ms} ms"
[ "$health_down" -gt 0 ] || fail "/q/health/ready never reported DOWN"
[ -n "$recovered" ] || fail "the application did not recover within 60 s of the database's return"
kill -0 "$APP_PID" 2>/dev/null || fail "the application died"
[ $ok -eq 0 ] || { cat "$WORK/verify.err" >&2; fail "acknowledged writes were lost or damaged"; }
echo "db-outage: PASS"
