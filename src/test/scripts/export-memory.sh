#!/usr/bin/env bash
# Streaming exports in a small heap: fills a private PostgreSQL cluster with N generated persons (default 125 000,
# which with their cases, parties, charges, sentences, appeals and sources make more than a million records), starts
# the packaged application with its heap capped at 256 MiB, and streams the full dump (GET /api/v1/export, NDJSON) and
# the CSV export of the largest list (charges). Prints for each: lines, time, lines per second, and the most heap the
# application held after a garbage collection while it ran; then the process's peak resident memory. Exits non-zero
# when an export is cut short or the application runs out of memory.
#   src/test/scripts/export-memory.sh <pg-built quarkus-run.jar> [PERSONS]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
. "$ROOT/src/test/scripts/lib/common.sh"
trap cleanup EXIT
JAR=$(realpath "${1:?usage: export-memory.sh JAR [PERSONS]}")
PERSONS=${2:-125000}
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

pg_private_init "$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
note "generating $PERSONS persons"
bash "$ROOT/src/test/scripts/generate.sh" --url "$(pg_url)" --persons "$PERSONS" >"$WORK/generator.txt" || { cat "$WORK/generator.txt" >&2; fail "generator"; }

APP_DIR="$WORK/app"; mkdir -p "$APP_DIR"
(cd "$APP_DIR" && exec env PG_JDBC_URL="$(pg_url)" java -Xmx256m -Xlog:gc:file="$APP_DIR/gc.log" -Dquarkus.http.port="$PORT" \
  -Dquarkus.http.host=127.0.0.1 -jar "$JAR" >"$APP_DIR/app.log" 2>&1) &
APP_PID=$!; APP_PIDS+=("$APP_PID")
for _ in $(seq 1 600); do
  grep -q 'Search keys are complete' "$APP_DIR/app.log" 2>/dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$APP_DIR/app.log" >&2; fail "the application stopped"; }
  sleep 0.5
done
grep -q 'Search keys are complete' "$APP_DIR/app.log" || fail "the application was not ready in 5 minutes"

# the most heap in use right after a collection, in MiB, among the collections logged since line $1 of the GC log
heap_after_gc() { tail -n +"$1" "$APP_DIR/gc.log" | grep -oE '[0-9]+M->[0-9]+M' | cut -d'>' -f2 | tr -d M | sort -n | tail -n 1; }

export_once() {  # label path expected-first-bytes
  local from start ms lines
  from=$(( $(wc -l <"$APP_DIR/gc.log") + 1 ))
  start=$(now_ms)
  lines=$(curl -sS --fail -H "$AUTH" "http://127.0.0.1:$PORT$2" | awk -v head="$WORK/head" 'NR == 1 { print $0 > head } END { print NR }')
  ms=$(( $(now_ms) - start ))
  [ "$(head -c ${#3} "$WORK/head")" = "$3" ] || fail "$1: the export did not start with $3"
  kill -0 "$APP_PID" 2>/dev/null || fail "$1: the application died (out of memory?)"
  ! grep -q OutOfMemoryError "$APP_DIR/app.log" || fail "$1: the application ran out of memory"
  LINES=$lines
  echo "$1: $lines lines in $ms ms ($(( lines * 1000 / (ms > 0 ? ms : 1) )) lines/s), heap capped at 256 MiB, most heap after a collection: $(heap_after_gc "$from") MiB"
}
export_once "full dump (NDJSON)" "/api/v1/export" '{"export"'
expected=$("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d registry -Atc "select count(*) from charge")
export_once "charges (CSV)" "/api/v1/charges?format=csv" 'id,'
[ "$LINES" = $(( expected + 1 )) ] || fail "the CSV export has $LINES lines for $expected charges and a header"
echo "peak resident memory: $(awk '/VmHWM/ {printf "%d MiB", $2/1024}' /proc/$APP_PID/status)"
