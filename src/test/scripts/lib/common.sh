# Shared by the reliability scripts: a private PostgreSQL cluster and the packaged application, both started in a
# temporary directory on their own ports and cleaned up on exit. Only 127.0.0.1 is ever contacted; the shared
# PostgreSQL server on 5432 is never touched.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
WORK=$(mktemp -d /tmp/registry-reliability.XXXXXX)
chmod 755 "$WORK"
APP_PIDS=()
PG_DIR=""
PG_PORT=""

# The first admin of every application these scripts start; their writes carry it.
export REGISTRY_ADMIN_TOKEN="reliability-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
AUTH="Authorization: Bearer $REGISTRY_ADMIN_TOKEN"
# The loads here are far above a client's rate limit on purpose; what they check is durability, not the limit.
export REGISTRY_RATE_LIMIT_ENABLED=false

fail() { echo "FAIL: $*" >&2; exit 1; }
note() { echo "-- $*"; }

as_pg_owner() {
  # initdb and postgres refuse to run as root: run them as the postgres system user then.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_private_init() {  # port
  PG_PORT=$1
  PG_DIR="$WORK/pg"
  mkdir -p "$PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
  as_pg_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres --no-sync >"$WORK/initdb.log" 2>&1 \
    || { cat "$WORK/initdb.log" >&2; fail "initdb"; }
  pg_private_start
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create database registry" >/dev/null
}

pg_private_start() {
  as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null \
    || { tail -n 20 "$PG_DIR/server.log" >&2; fail "private PostgreSQL did not start (port $PG_PORT)"; }
}

pg_private_stop() {  # mode: fast or immediate
  as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m "${1:-fast}" -w -t 30 stop >/dev/null
}

pg_url() { echo "jdbc:postgresql://127.0.0.1:$PG_PORT/registry"; }

app_start() {  # jar port workdir [VAR=value ...]; sets APP_PID
  local jar=$1 port=$2 dir=$3; shift 3
  mkdir -p "$dir"
  (cd "$dir" && exec env "$@" java -Xmx512m -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 -jar "$jar" >>"$dir/app.log" 2>&1) &
  APP_PID=$!
  APP_PIDS+=("$APP_PID")
  for _ in $(seq 1 120); do
    curl -sf -m 2 "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.25
  done
  tail -n 40 "$dir/app.log" >&2
  fail "the application on port $port did not become ready"
}

cleanup() {  # on EXIT: stops what the script started, keeping the script's own exit status
  local status=$?
  set +e
  if [ "$status" -ne 0 ]; then  # what the applications logged as errors, before the evidence is removed
    for log in "$WORK"/*/app.log; do
      [ -f "$log" ] || continue
      echo "-- errors logged in $log (last 60 lines of them):" >&2
      grep -E -A 12 '^[0-9-]+ [0-9:,]+ (ERROR|WARN)' "$log" | tail -n 60 >&2
    done
  fi
  for pid in "${APP_PIDS[@]}"; do kill -9 "$pid" 2>/dev/null; done
  for pid in "${APP_PIDS[@]}"; do wait "$pid" 2>/dev/null; done
  if [ -n "$PG_DIR" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then pg_private_stop immediate 2>/dev/null; fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
