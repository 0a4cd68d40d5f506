#!/usr/bin/env bash
# Performance of the packaged application (a PostgreSQL build) on generated data, against two baselines measured in
# the same run: (a) the SQL each endpoint issues, captured from PostgreSQL's log and replayed with pgbench at the same
# concurrency, and (b) /q/health/live of the same application, which touches no database.
#
#   ./mvnw package -DskipTests -Dquarkus.profile=pg && cp -a target/quarkus-app /tmp/registry-pg
#   src/test/scripts/benchmark.sh /tmp/registry-pg/quarkus-run.jar [PERSONS=1000000] [SECONDS=10]
#
# Needs wrk (apt-get install -y wrk), pgbench and the PostgreSQL 15 server binaries (postgresql-15,
# postgresql-contrib), python3, curl, Java 17. A private PostgreSQL cluster is created in a temporary directory on
# a free port (never the server on 5432), filled by generate.sh, and removed at the end. The application runs with the
# JVM options of src/main/docker/Dockerfile.jvm (JVM_OPTS and MALLOC_ARENA_MAX change them): a 256 MiB heap. It starts
# three times: without a class-data archive (a training start, which writes one as it stops), with the build's
# (app-cds.jsa beside the jar) when there is one, and with the training start's, the start that is measured on.
# Prints: load time, startup time to ready, for each endpoint at 8 and 64 connections throughput and
# p50/p95/p99 with ratios to both baselines, resident memory under load, the CSV export rate, and the scans of
# EXPLAIN for every documented filter and search; exits non-zero on a sequential scan of a table of at least
# LARGE_ROWS rows (default 100 000), or when a request fails. Full plans and raw figures: target/benchmark/.
# No set -e: common.sh cleans up in an EXIT trap that must run to its end; failures are checked one by one.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
JAR=$(realpath "${1:?usage: benchmark.sh JAR [PERSONS] [SECONDS]}")
PERSONS=${2:-1000000}
SECONDS_PER_RUN=${3:-10}
WARMUP=${WARMUP:-$(( SECONDS_PER_RUN > 1 ? SECONDS_PER_RUN / 2 : 1 ))}
# before anything is measured, WARMUP_ROUNDS rounds over every measured request at 8 connections, WARMUP_ROUND_SECONDS
# each: the JIT compiler needs minutes of load on two cores (by id went from 500 to 2 200 requests/s over 100 s at
# 100 000 persons), and a figure taken before that measures the compiler, not the application. WARMUP=0 skips it.
WARMUP_ROUNDS=${WARMUP_ROUNDS:-4}
WARMUP_ROUND_SECONDS=${WARMUP_ROUND_SECONDS:-8}
LARGE_ROWS=${LARGE_ROWS:-100000}
# the production JVM options (Dockerfile.jvm): serial collector, heap from 32 MiB up to 256 MiB and at most 30 % free,
# malloc's free memory handed back every 2 s, two malloc arenas
JVM_OPTS=${JVM_OPTS:--XX:+UseSerialGC -Xms32m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TrimNativeHeapInterval=2000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
PORT=18290
OUT="$ROOT/target/benchmark"
source "$ROOT/src/test/scripts/lib/common.sh"
BENCH="python3 $ROOT/src/test/scripts/lib/bench.py"
rm -rf "$OUT"; mkdir -p "$OUT/sql" "$OUT/explain"
for tool in wrk pgbench python3 curl; do command -v $tool >/dev/null || fail "$tool is missing (apt-get install -y wrk postgresql-contrib python3 curl)"; done

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(date -u +%Y-%m-%dT%H:%MZ)"
pg_private_init "${PG_PRIVATE_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
# room for the application's pool and pgbench's 64 clients
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "alter system set max_connections = 200" >/dev/null
pg_private_stop fast && pg_private_start
PSQL=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d registry -Atq)
# the settings the application's connections run with (its statement timeout and planner costs), for EXPLAIN and pgbench
APP_PG_OPTIONS=$(sed -n 's/^%pg\.quarkus\.datasource\.jdbc\.additional-jdbc-properties\.options=//p' "$ROOT/src/main/resources/application.properties")
[ -n "$APP_PG_OPTIONS" ] || fail "no PostgreSQL connection options in application.properties"
note "generating $PERSONS persons"
start=$(now_ms)
bash "$ROOT/src/test/scripts/generate.sh" --url "$(pg_url)" --persons "$PERSONS" | tee "$OUT/generator.txt" | grep -E 'rows in|total' || fail "generator"
echo "load: $PERSONS persons in $(( ($(now_ms) - start) / 1000 )) s ($(grep -o '[0-9]* rows in' "$OUT/generator.txt" | cut -d' ' -f1) rows)"

# ---- start ----
APP_DIR="$WORK/app"; mkdir -p "$APP_DIR"
# starts the application with these extra JVM options, logging to $APP_DIR/$1.log, and waits until it is ready; sets
# APP_PID, READY_MS, STARTED_AT and STARTED_LINE. It starts from the jar's directory: a class-data archive names the
# jar by the path it was written with (README, Run)
start_app() {
  local log="$APP_DIR/$1.log"; shift
  STARTED_AT=$(now_ms)
  (cd "$(dirname "$JAR")" && exec env PG_JDBC_URL="$(pg_url)" java $JVM_OPTS "$@" -Dregistry.data-dir="$APP_DIR/data" \
    -Dquarkus.http.port=$PORT -Dquarkus.http.host=127.0.0.1 -jar "$(basename "$JAR")" >"$log" 2>&1) &
  APP_PID=$!; APP_PIDS+=("$APP_PID")
  until curl -sf -m 2 "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$log" >&2; fail "the application did not start"; }
    [ $(( $(now_ms) - STARTED_AT )) -lt 120000 ] || fail "not ready in 120 s"
    sleep 0.05
  done
  READY_MS=$(( $(now_ms) - STARTED_AT ))
  STARTED_LINE=$(grep -o 'started in [0-9.]*s' "$log" | head -n 1 || true)
  grep -q 'Unable to use shared archive' "$log" && CDS_REFUSED=1
  return 0
}
stop_app() {
  kill -TERM "$APP_PID" 2>/dev/null
  wait "$APP_PID" 2>/dev/null
  return 0
}
CDS_REFUSED=0
# 1. a training start, as after a deployment (README, Run in production): without an archive, the JVM writing the
#    classes it loaded into one when the process ends
#    (-Xlog:cds=error: without it the JVM lists every class it leaves out, thousands of lines). A JVM without the base
#    archive of its own classes cannot write one: then there is no training start
TRAINED="$APP_DIR/app-cds-trained.jsa"
if java -Xshare:on -version >/dev/null 2>&1; then
  start_app first -XX:ArchiveClassesAtExit="$TRAINED" -Xlog:cds=error
  echo "startup without a class-data archive: ready after $READY_MS ms (Quarkus reports: ${STARTED_LINE:-?}; this start wrote one as it stopped)"
  stop_app
fi
# 2. with the archive of the build, when there is one beside the jar
if [ -f "$(dirname "$JAR")/app-cds.jsa" ]; then
  start_app build -XX:SharedArchiveFile=app-cds.jsa
  echo "startup with the build's class-data archive: ready after $READY_MS ms (Quarkus reports: ${STARTED_LINE:-?})"
  stop_app
fi
# 3. with the archive of the training start, which also holds the classes loaded after Quarkus's static
#    initialisation (the database's driver, Flyway, Hibernate's boot): the start that is measured on
CDS_USED="of the training start"
[ -f "$TRAINED" ] || { CDS_USED="none (no training start, or it wrote none)"; TRAINED=""; }
start_app app ${TRAINED:+-XX:SharedArchiveFile=$TRAINED}
start=$STARTED_AT
# the JVM checks each jar's time and size against an archive's and starts without it, with a warning, when they differ
[ "$CDS_REFUSED" = 1 ] && CDS_USED="$CDS_USED; an archive was refused by the JVM (copy the build with cp -a, which keeps the jars' times)"
echo "startup: ready after $READY_MS ms (process start to /q/health/ready UP; Quarkus reports: ${STARTED_LINE:-?}; class-data archive: $CDS_USED)"
# the search backfill runs in the background after start: its statements must not mix with the captured SQL
until grep -q 'Search keys are complete' "$APP_DIR/app.log"; do
  [ $(( $(now_ms) - start )) -lt 900000 ] || fail "the search backfill did not finish in 15 minutes"
  sleep 0.2
done
echo "search keys complete after $(( $(now_ms) - start )) ms"

API="http://127.0.0.1:$PORT/api/v1"
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
# a public person with a public case and a Kazakh name in Cyrillic; the typo drops one letter of the Latin surname
read -r PERSON CYRILLIC LATIN < <("${PSQL[@]}" -F ' ' -c "select p.id, replace(n.name, ' ', '+'), replace(p.full_name, ' ', '+') from person p
  join person_name n on n.person_id = p.id and n.lang = 'kk' and n.script = 'Cyrl'
  where p.visibility = 'PUBLIC' and exists (select 1 from party pa join court_case c on c.id = pa.case_id and c.visibility = 'PUBLIC'
  where pa.person_id = p.id) order by p.created_at limit 1 offset $(( PERSONS / 10 ))")
[ -n "${PERSON:-}" ] || fail "no public person with a Kazakh name and a public case"
CYRILLIC_Q=$(urlencode "${CYRILLIC//+/ }")
LATIN_TYPO=$(python3 -c 'import sys; s = sys.argv[1].replace("+", " "); i = len(s) - 3; print(s[:i] + s[i + 1:])' "$LATIN")
LATIN_Q=$(urlencode "$LATIN_TYPO")
# the same person's first name alone: a name thousands of persons share in a large registry
FIRST_NAME_Q=$(urlencode "${CYRILLIC%%+*}")
CASE=$("${PSQL[@]}" -c "select case_id from party where person_id = '$PERSON' limit 1")
[ -n "$CASE" ] || fail "no case"
# the cursor of the page after the person halfway through the list in its default order (createdAt, then id)
DEEP=$("${PSQL[@]}" -c "select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') || ' ' || id from person
  order by created_at, id limit 1 offset $(( PERSONS / 2 ))" | python3 -c 'import base64, json, sys; v, i = sys.stdin.read().split()
print(base64.urlsafe_b64encode(json.dumps({"s": "createdAt", "v": v, "i": i}).encode()).decode().rstrip("="))')
[ -n "$DEEP" ] || fail "no person halfway through the list"

# name|path|caller; the measured endpoints
ENDPOINTS=(
  "get person|/persons/$PERSON|anon"
  "list status+citizenship (anonymous)|/persons?status=IMPRISONED&citizenship=KZ|anon"
  "list status+citizenship (admin)|/persons?status=IMPRISONED&citizenship=KZ|admin"
  "list law+article (anonymous)|/persons?law=KZ-CC-2014&article=405|anon"
  "list newest first (anonymous)|/persons?sort=-createdAt|anon"
  "list page halfway (anonymous)|/persons?cursor=$DEEP|anon"
  "search Cyrillic name|/persons?q=$CYRILLIC_Q|anon"
  "search Latin name, one typo|/persons?q=$LATIN_Q|anon"
  "search a first name alone|/persons?q=$FIRST_NAME_Q|anon"
  "statistics|/stats?count=PERSONS&status=PRE_TRIAL_DETENTION&article=405&country=KZ|anon"
  "dossier|/persons/$PERSON/dossier|anon"
)
# every documented filter (and search) whose plan is checked; anonymous callers, whose queries carry visibility
FILTERS=(
  "/persons?status=PRE_TRIAL_DETENTION" "/persons?role=JOURNALIST" "/persons?gender=FEMALE" "/persons?citizenship=BY"
  "/persons?residenceCountry=BE" "/persons?birthFrom=1985&birthTo=1990" "/persons?deathFrom=2020&deathTo=2021" "/persons?caseId=$CASE"
  "/persons?country=BY" "/persons?law=KZ-CC-2014&article=405" "/persons?chargeStatus=ACQUITTED" "/persons?minTermMonths=120"
  "/persons?maxTermMonths=12" "/persons?uncited=true" "/persons?q=$CYRILLIC_Q" "/persons?q=$LATIN_Q" "/persons?q=$FIRST_NAME_Q" "/persons?sort=fullName"
  "/cases?country=BY" "/cases?kind=ADMINISTRATIVE" "/cases?stage=SUSPENDED" "/cases?theme=LABOUR" "/cases?openedFrom=2020&openedTo=2020-06"
  "/cases?closedFrom=2021&closedTo=2021" "/cases?personId=$PERSON" "/cases?law=RU-CC-1996&article=275" "/cases?q=Almaty"
  "/charges?caseId=$CASE" "/charges?personId=$PERSON" "/charges?law=KZ-CC-2014&article=179" "/charges?status=AMNESTIED"
  "/charges?filedFrom=2020-03&filedTo=2020-03" "/charges?country=UZ"
  "/sentences?caseId=$CASE" "/sentences?personId=$PERSON" "/sentences?status=PARDONED" "/sentences?verdict=DISMISSED"
  "/sentences?componentType=ACTIVITY_BAN" "/sentences?minTermMonths=120&maxTermMonths=130" "/sentences?decidedFrom=2021-05&decidedTo=2021-05"
  "/sentences?country=KG"
  "/appeals?personId=$PERSON" "/appeals?caseId=$CASE" "/appeals?status=WITHDRAWN" "/appeals?outcome=REDUCED"
  "/appeals?level=INTERNATIONAL_BODY" "/appeals?filedFrom=2022-01&filedTo=2022-01" "/appeals?decidedFrom=2022-02&decidedTo=2022-02"
  "/sources?type=LETTER" "/sources?reliability=LOW" "/sources?publisher=Memorial" "/sources?publishedFrom=2020&publishedTo=2020"
  "/sources?q=Memorial" "/search?q=$CYRILLIC_Q" "/search?q=Almaty+City+Court&type=SENTENCE"
  "/stats?by=PERSON_STATUS&count=PERSONS&law=KZ-CC-2014"
)

auth_args() { AUTH_ARGS=(); [ "$1" = admin ] && AUTH_ARGS=(-H "$AUTH"); return 0; }
LOG="$PG_DIR/server.log"
FAILED=0
capture() {  # path caller file: the SQL one request issues
  local before; before=$(stat -c %s "$LOG")
  local code
  auth_args "$2"
  code=$(curl -s -o /dev/null -w '%{http_code}' "${AUTH_ARGS[@]}" "$API$1")
  # a request that fails does not end the run (at a million persons some run into the statement timeout): every other
  # figure is still measured, and the script exits non-zero at the end
  [ "$code" = 200 ] || { echo "FAIL: $1 answered $code" >&2; FAILED=1; }
  sleep 0.15
  tail -c +$((before + 1)) "$LOG" >"$3"
}

"${PSQL[@]}" -c "alter system set log_min_duration_statement = 0" -c "select pg_reload_conf()" >/dev/null
sleep 0.5
i=0
for e in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name path caller <<<"$e"
  # the second of two requests, as under load: the first counts the list (or computes the statistic), which the
  # application keeps for that state of the registry; replayed each time, that count made the baseline measure counts
  auth_args "$caller"
  curl -s -o /dev/null "${AUTH_ARGS[@]}" "$API$path" || true
  capture "$path" "$caller" "$OUT/sql/$i.log"
  $BENCH pgbench-script "$OUT/sql/$i.log" "$OUT/sql/$i.pgbench" >"$OUT/sql/$i.count" || fail "capturing the SQL of $name"
  i=$((i + 1))
done
j=0
for path in "${FILTERS[@]}"; do
  capture "$path" anon "$OUT/explain/$j.log"
  $BENCH selects "$OUT/explain/$j.log" "$OUT/explain/$j.sql"
  j=$((j + 1))
done
"${PSQL[@]}" -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null

# ---- EXPLAIN of every documented filter and search ----
"${PSQL[@]}" -c "select relname from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace and reltuples >= $LARGE_ROWS" >"$OUT/large-tables.txt"
echo "== EXPLAIN of each filter's statements (scans shown; full plans in target/benchmark/explain/); large tables (>= $LARGE_ROWS rows): $(tr '\n' ' ' <"$OUT/large-tables.txt")"
SEQ_FAIL=0
j=0
for path in "${FILTERS[@]}"; do
  : >"$OUT/explain/$j.plan"
  while IFS= read -r sql; do
    PGOPTIONS="$APP_PG_OPTIONS" "${PSQL[@]}" -c "explain $sql" >>"$OUT/explain/$j.plan" 2>&1 || true
    echo "----" >>"$OUT/explain/$j.plan"
  done <"$OUT/explain/$j.sql"
  scans=$(grep -oE '(Seq Scan|Index Only Scan|Index Scan|Bitmap Index Scan)( using [a-z_0-9]+)? on [a-z_0-9]+' "$OUT/explain/$j.plan" \
    | sed -E 's/ using [a-z_0-9]+//' | sort | uniq -c | awk '{c=$1; $1=""; printf "%s%s×%d", (NR>1?", ":""), substr($0,2), c}')
  seq=$($BENCH seq-scans "$OUT/explain/$j.plan" "$OUT/large-tables.txt")
  shown=$(printf '%s' "$path" | sed -E "s/q=[^&]*/q=<name>/; s/[0-9a-f]{8}-[0-9a-f-]{27}/<id>/g")
  if [ -n "$seq" ]; then
    echo "SEQ SCAN  $shown: $seq  [$scans]"; SEQ_FAIL=1
  else
    echo "indexed   $shown  [$scans]"
  fi
  j=$((j + 1))
done

# ---- load ----
RSS_MAX=0
sample_rss() { while kill -0 "$APP_PID" 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status"; sleep 0.2; done >"$OUT/rss.txt"; }
sample_rss & SAMPLER=$!
wrk_run() {  # connections url [wrk args...]: "rps p50 p95 p99 non2xx errors"
  local c=$1 url=$2; shift 2
  wrk -t2 -c"$c" -d"${SECONDS_PER_RUN}s" --timeout 10s -s "$ROOT/src/test/scripts/perf/report.lua" "$@" "$url" | awk '/^WRK/ {print $2, $3, $4, $5, $6, $7}'
}
# pgbench runs at least 3 s: opening 64 connections can take most of a second on a loaded machine, and a 1 s run
# (CI's) then holds one transaction per client, or none
PGBENCH_SECONDS=$(( SECONDS_PER_RUN < 3 ? 3 : SECONDS_PER_RUN ))
pgbench_run() {  # connections script: "tps p50 p95 p99"
  local c=$1 script=$2 dir ok=1; dir=$(mktemp -d "$WORK/pgb.XXXX")
  (cd "$dir" && PGOPTIONS="$APP_PG_OPTIONS" "$PG_BIN/pgbench" -n -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "$c" -j 2 \
    -T "$PGBENCH_SECONDS" -f "$script" -l --log-prefix="$dir/log" registry >"$dir/out.txt" 2>&1) || { tail -n 5 "$dir/out.txt" >&2; ok=0; }
  # a run that pgbench aborts (a statement over its timeout) leaves its other clients' statements running in the
  # server, which would load the next measured request: they are ended before going on
  "${PSQL[@]}" -c "select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = 'pgbench'" >/dev/null
  if [ "$ok" = 1 ]; then $BENCH pgbench-percentiles "$dir/log" "$PGBENCH_SECONDS"; else echo "0 0 0 0"; fi
}
if [ "$WARMUP" -gt 0 ] && [ "$WARMUP_ROUNDS" -gt 0 ]; then
  echo "== warm-up: $WARMUP_ROUNDS rounds over every measured request, ${WARMUP_ROUND_SECONDS} s each at 8 connections"
  for round in $(seq 1 "$WARMUP_ROUNDS"); do
    line="round $round:"
    for e in "${ENDPOINTS[@]}"; do
      IFS='|' read -r name path caller <<<"$e"
      auth_args "$caller"
      rps=$(wrk -t2 -c8 -d"${WARMUP_ROUND_SECONDS}s" --timeout 10s "${AUTH_ARGS[@]}" "$API$path" 2>/dev/null | awk '/^Requests\/sec/ {printf "%.0f", $2}')
      line="$line $name ${rps:-?}/s;"
    done
    wrk -t2 -c8 -d"${WARMUP_ROUND_SECONDS}s" --timeout 10s -H "$AUTH" -s "$ROOT/src/test/scripts/perf/create.lua" "$API/persons" >/dev/null 2>&1
    echo "$line" | tee -a "$OUT/warmup.txt"
  done
fi
printf '%-40s %4s | %9s %8s %8s %8s | %9s %7s | %9s %7s\n' "endpoint" "conn" "req/s" "p50 ms" "p95 ms" "p99 ms" \
  "pgbench/s" "app/sql" "health/s" "app/hlt" | tee "$OUT/results.txt"
for c in 8 64; do
  [ "$c" = 8 ] && [ "$WARMUP" -gt 0 ] && wrk -t2 -c8 -d"${WARMUP}s" "http://127.0.0.1:$PORT/q/health/live" >/dev/null 2>&1
  read -r h_rps h50 h95 h99 h_bad h_err < <(wrk_run "$c" "http://127.0.0.1:$PORT/q/health/live")
  printf '%-40s %4d | %9.0f %8.2f %8.2f %8.2f | %9s %7s | %9s %7s\n' "baseline (b): /q/health/live" "$c" "$h_rps" "$h50" "$h95" "$h99" "" "" "" "" | tee -a "$OUT/results.txt"
  i=0
  for e in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name path caller <<<"$e"
    auth_args "$caller"
    # warm-up (the JIT compiles the request's code path), then the measured run
    [ "$c" = 8 ] && [ "$WARMUP" -gt 0 ] && wrk -t2 -c8 -d"${WARMUP}s" "${AUTH_ARGS[@]}" "$API$path" >/dev/null 2>&1
    read -r rps p50 p95 p99 bad err < <(wrk_run "$c" "$API$path" "${AUTH_ARGS[@]}")
    [ "$bad" = 0 ] && [ "$err" = 0 ] || { echo "FAIL: $name: $bad non-2xx responses, $err socket errors" >&2; FAILED=1; }
    read -r s_tps s50 s95 s99 < <(pgbench_run "$c" "$OUT/sql/$i.pgbench")
    [ -n "${s_tps:-}" ] && [ "${s_tps%.*}" -gt 0 ] || { echo "FAIL: pgbench of $name" >&2; FAILED=1; s_tps=0; }
    printf '%-40s %4d | %9.0f %8.2f %8.2f %8.2f | %9.0f %7.2f | %9.0f %7.3f\n' "$name" "$c" "$rps" "$p50" "$p95" "$p99" "$s_tps" \
      "$(echo "if ($s_tps > 0) $rps / $s_tps else 0" | bc -l)" "$h_rps" "$(echo "$rps / $h_rps" | bc -l)" | tee -a "$OUT/results.txt"
    echo "$name $c sql p50 $s50 p95 $s95 p99 $s99 statements $(cat "$OUT/sql/$i.count")" >>"$OUT/pgbench.txt"
    i=$((i + 1))
  done
  [ "$c" = 8 ] && [ "$WARMUP" -gt 0 ] && wrk -t2 -c8 -d"${WARMUP}s" -H "$AUTH" -s "$ROOT/src/test/scripts/perf/create.lua" "$API/persons" >/dev/null 2>&1
  read -r rps p50 p95 p99 bad err < <(wrk_run "$c" "$API/persons" -H "$AUTH" -s "$ROOT/src/test/scripts/perf/create.lua")
  [ "$err" = 0 ] || FAILED=1
  printf '%-40s %4d | %9.0f %8.2f %8.2f %8.2f | %9s %7s | %9.0f %7.3f\n' "creates (admin, POST /persons)" "$c" "$rps" "$p50" "$p95" "$p99" \
    "n/a" "" "$h_rps" "$(echo "$rps / $h_rps" | bc -l)" | tee -a "$OUT/results.txt"
  [ "$bad" = 0 ] || { echo "FAIL: creates: $bad non-2xx responses" >&2; FAILED=1; }
done
kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true
RSS_MAX=$(sort -n "$OUT/rss.txt" | tail -n 1)
echo "resident memory under load: max $(( RSS_MAX / 1024 )) MiB (VmRSS of the application, sampled every 0.2 s; JVM options: $JVM_OPTS, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX)"

# ---- CSV export ----
EXPORT_URL="$API/persons?format=csv&status=IMPRISONED&status=AT_LIBERTY&status=RELEASED&status=UNDER_INVESTIGATION&status=PRE_TRIAL_DETENTION&status=RESTRICTED_FREEDOM"
# streamed; the first 100 000 rows are timed (curl stops when head has them)
start=$(now_ms)
curl -s -H "$AUTH" "$EXPORT_URL" | head -n 100001 >"$OUT/export.csv" || true
ms=$(( $(now_ms) - start )); rows=$(( $(wc -l <"$OUT/export.csv") - 1 ))
if [ "$(head -c 3 "$OUT/export.csv")" != "id," ] || [ "$rows" -lt 1 ]; then
  echo "FAIL: the CSV export answered no rows: $(head -c 300 "$OUT/export.csv")" >&2; FAILED=1
else
  echo "export: $rows rows in $ms ms ($(( rows * 1000 / (ms > 0 ? ms : 1) )) rows/s), heap capped at 256 MiB"
fi
rm -f "$OUT/export.csv"
grep -q 'OutOfMemoryError' "$APP_DIR/app.log" && { echo "FAIL: OutOfMemoryError in the application" >&2; FAILED=1; }
[ "$SEQ_FAIL" = 0 ] || { echo "FAIL: a documented filter or search scans a large table" >&2; FAILED=1; }
[ "$FAILED" = 0 ] || exit 1
echo "benchmark passed"
