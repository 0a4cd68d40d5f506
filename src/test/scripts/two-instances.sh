#!/usr/bin/env bash
# Two instances on one PostgreSQL (a private cluster): concurrent conflicting writers with If-Match spread over both,
# creates retried with one Idempotency-Key on both at once, a change feed followed through both — and, meanwhile, the
# crash-style write load sent to either instance at random, checked for lost writes and history gaps.
#   usage: two-instances.sh path/to/quarkus-run.jar      (built with -Dquarkus.profile=pg)
#   env:   PG_PRIVATE_PORT (default 25437), TWO_PORTS (default "18286 18287")
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib/common.sh"

jar=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
read -r port1 port2 <<<"${TWO_PORTS:-18286 18287}"
pg_private_init "${PG_PRIVATE_PORT:-25437}"
app_start "$jar" "$port1" "$WORK/app1" PG_JDBC_URL="$(pg_url)"
app_start "$jar" "$port2" "$WORK/app2" PG_JDBC_URL="$(pg_url)"
b1="http://127.0.0.1:$port1"; b2="http://127.0.0.1:$port2"

ledger="$WORK/ledger.jsonl"; stop="$WORK/stop"
python3 "$here/lib/writeload.py" load --base "$b1" --base "$b2" --ledger "$ledger" --stop-file "$stop" \
  --workers 4 --deadline 300 >"$WORK/load.out" 2>"$WORK/load.err" &
loader=$!
checks=$(python3 "$here/lib/instances.py" --base "$b1" --base "$b2" 2>"$WORK/instances.err"); checks_ok=$?
touch "$stop"
wait "$loader" || { cat "$WORK/load.err" >&2; fail "the write load failed"; }
verdict=$(python3 "$here/lib/writeload.py" verify --base "$b2" --ledger "$ledger" 2>"$WORK/verify.err"); ok=$?
echo "two-instances: $checks"
echo "  load:   $(cat "$WORK/load.out")"
echo "  verify: $verdict"
[ $checks_ok -eq 0 ] || { cat "$WORK/instances.err" >&2; fail "lost update, duplicate or incomplete feed across instances"; }
[ $ok -eq 0 ] || { cat "$WORK/verify.err" >&2; fail "acknowledged writes were lost or damaged"; }
echo "two-instances: PASS"
