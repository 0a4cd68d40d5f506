#!/usr/bin/env bash
# Crash durability: a write load (creates with client-chosen ids and Idempotency-Key, updates with If-Match) runs
# against the packaged application while it is killed with SIGKILL at random moments and restarted; at the end every
# acknowledged write must be stored and intact. On the embedded H2 file database or on a private PostgreSQL cluster.
#   usage: crash.sh h2|pg path/to/quarkus-run.jar [kills]      (the jar must be built for that database)
#   env:   CRASH_SEED (random moments), PG_PRIVATE_PORT (default 25432), CRASH_PORT (default 18281)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib/common.sh"

db=${1:?h2 or pg}; jar=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); kills=${3:-20}
port=${CRASH_PORT:-18281}
seed=${CRASH_SEED:-$RANDOM}
RANDOM=$seed
env_vars=()
if [ "$db" = pg ]; then
  pg_private_init "${PG_PRIVATE_PORT:-25432}"
  env_vars=(PG_JDBC_URL="$(pg_url)")
fi
appdir="$WORK/app"
started=$(now_ms)
app_start "$jar" "$port" "$appdir" "${env_vars[@]}"

ledger="$WORK/ledger.jsonl"; stop="$WORK/stop"
python3 "$here/lib/writeload.py" load --base "http://127.0.0.1:$port" --ledger "$ledger" --stop-file "$stop" \
  --workers 4 --deadline 900 >"$WORK/load.out" 2>"$WORK/load.err" &
loader=$!

restart_ms=0
for i in $(seq 1 "$kills"); do
  sleep "$(printf '0.%03d' $((RANDOM % 1000)))"; sleep $((RANDOM % 2))
  kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null
  t0=$(now_ms)
  app_start "$jar" "$port" "$appdir" "${env_vars[@]}"
  restart_ms=$((restart_ms + $(now_ms) - t0))
done
sleep 1
touch "$stop"
wait "$loader" || { cat "$WORK/load.err" >&2; fail "the write load failed"; }
load=$(cat "$WORK/load.out")
verdict=$(python3 "$here/lib/writeload.py" verify --base "http://127.0.0.1:$port" --ledger "$ledger" 2>"$WORK/verify.err"); ok=$?
echo "crash ($db, seed $seed): $kills SIGKILLs in $(( ($(now_ms) - started) / 1000 )) s, mean restart $((restart_ms / kills)) ms"
echo "  load:   $load"
echo "  verify: $verdict"
grep -q "ERROR" "$appdir/app.log" && note "errors in the application log: $(grep -c ERROR "$appdir/app.log")"
[ $ok -eq 0 ] || { cat "$WORK/verify.err" >&2; fail "acknowledged writes were lost or damaged"; }
echo "crash ($db): PASS"
