#!/usr/bin/env bash
# Graceful shutdown: a request in flight when SIGTERM arrives (held up by a row lock in the database) still finishes
# and is stored; requests that arrive after SIGTERM are refused; the process exits within quarkus.shutdown.timeout;
# and a write load running throughout loses no acknowledged write. On a private PostgreSQL cluster.
#   usage: graceful-shutdown.sh path/to/quarkus-run.jar     (built with -Dquarkus.profile=pg)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib/common.sh"

jar=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
port=${SHUTDOWN_PORT:-18285}
base="http://127.0.0.1:$port"
timeout_s=10
pg_private_init "${PG_PRIVATE_PORT:-25436}"
app_start "$jar" "$port" "$WORK/app" PG_JDBC_URL="$(pg_url)" REGISTRY_SHUTDOWN_TIMEOUT="${timeout_s}S"

ledger="$WORK/ledger.jsonl"; stop="$WORK/stop"
python3 "$here/lib/writeload.py" load --base "$base" --ledger "$ledger" --stop-file "$stop" --workers 3 --deadline 300 \
  >"$WORK/load.out" 2>"$WORK/load.err" &
loader=$!

id=$(curl -sf -H "$AUTH" -H 'Content-Type: application/json' -d '{"fullName":"Invented Shutdown Person"}' "$base/api/v1/persons" | jq -r .id)
[ -n "$id" ] && [ "$id" != null ] || fail "could not create the record to update"
sleep 1

# Hold the record's row for 4 s, so that the update below is in flight when SIGTERM arrives.
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d registry -qAt \
  -c "begin; select 1 from person where id = '$id' for update; select pg_sleep(4); commit;" >/dev/null &
locker=$!
sleep 0.5
curl -s -m 30 -o "$WORK/put.body" -w '%{http_code}' -X PUT -H "$AUTH" -H 'Content-Type: application/json' -H 'If-Match: "1"' \
  -d '{"fullName":"Invented Shutdown Person","summary":"written while the application was stopping"}' \
  "$base/api/v1/persons/$id" >"$WORK/put.code" &
inflight=$!
sleep 1

term_at=$(now_ms)
kill -TERM "$APP_PID"
sleep 0.5
late=$(curl -s -m 10 -o "$WORK/late.body" -w '%{http_code}' "$base/api/v1/persons?limit=1")
wait "$inflight"; put_code=$(cat "$WORK/put.code"); put_ms=$(( $(now_ms) - term_at ))
wait "$APP_PID"; exit_code=$?; exit_ms=$(( $(now_ms) - term_at ))
wait "$locker"

app_start "$jar" "$port" "$WORK/app" PG_JDBC_URL="$(pg_url)"
stored=$(curl -sf "$base/api/v1/persons/$id" | jq -r '"\(.version) \(.summary)"')
sleep 1
touch "$stop"
wait "$loader" || { cat "$WORK/load.err" >&2; fail "the write load failed"; }
verdict=$(python3 "$here/lib/writeload.py" verify --base "$base" --ledger "$ledger" 2>"$WORK/verify.err"); ok=$?

echo "graceful-shutdown: the in-flight update answered $put_code ${put_ms} ms after SIGTERM; a request after SIGTERM answered ${late/000/no connection}; the process exited with $exit_code ${exit_ms} ms after SIGTERM (timeout ${timeout_s}s); stored after restart: version ${stored%% *}"
echo "  load:   $(cat "$WORK/load.out")"
echo "  verify: $verdict"
[ "$put_code" = 200 ] || fail "the in-flight update was not completed: $put_code $(cat "$WORK/put.body")"
[ "$stored" = "2 written while the application was stopping" ] || fail "the in-flight update is not stored: $stored"
case "$late" in 503|000) ;; *) fail "a request after SIGTERM was served ($late)";; esac
if [ "$late" = 503 ]; then grep -q '"type":"/problems/service-unavailable"' "$WORK/late.body" || fail "the refusal is not a problem document"; fi
[ "$exit_ms" -le $(( (timeout_s + 5) * 1000 )) ] || fail "shutdown took ${exit_ms} ms"
[ $ok -eq 0 ] || { cat "$WORK/verify.err" >&2; fail "acknowledged writes were lost or damaged"; }
echo "graceful-shutdown: PASS"
