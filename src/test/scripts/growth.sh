#!/usr/bin/env bash
# Growth: the benchmark (benchmark.sh) at several sizes, one after the other, each on a fresh private cluster, and its
# figures printed side by side: for each measured request at 8 connections, requests/s and p95 at every size, and how
# much p95 grew from the smallest size to the largest against how much the data grew.
#
#   ./mvnw package -DskipTests -Dquarkus.profile=pg && cp -a target/quarkus-app /tmp/registry-pg
#   src/test/scripts/growth.sh /tmp/registry-pg/quarkus-run.jar 5 10000 100000 1000000   # seconds per run, sizes
#
# Every run's own output and figures are kept under target/growth/<persons>/. The environment of benchmark.sh applies
# to every run (WARMUP, WARMUP_ROUNDS, LARGE_ROWS, JVM_OPTS). Exits non-zero when any run did (a failed request, a
# sequential scan of a large table), after printing the table of every size.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
JAR=$(realpath "${1:?usage: growth.sh JAR SECONDS PERSONS...}")
SECONDS_PER_RUN=${2:?usage: growth.sh JAR SECONDS PERSONS...}
shift 2
[ $# -ge 2 ] || { echo "usage: growth.sh JAR SECONDS PERSONS PERSONS...: at least two sizes" >&2; exit 2; }
OUT="$ROOT/target/growth"
rm -rf "$OUT"; mkdir -p "$OUT"
STATUS=0
for persons in "$@"; do
  [[ "$persons" =~ ^[1-9][0-9]*$ ]] || { echo "not a number of persons: $persons" >&2; exit 2; }
  echo "== $persons persons"
  bash "$ROOT/src/test/scripts/benchmark.sh" "$JAR" "$persons" "$SECONDS_PER_RUN" 2>&1 | tee "$OUT/$persons.txt"
  code=${PIPESTATUS[0]}
  [ "$code" = 0 ] || { echo "-- the benchmark at $persons persons exited with $code"; STATUS=1; }
  mkdir -p "$OUT/$persons"
  cp -a "$ROOT/target/benchmark/." "$OUT/$persons/" 2>/dev/null || true
done
echo "== growth, at 8 connections (requests/s · p95 ms); $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
python3 "$ROOT/src/test/scripts/lib/bench.py" growth "$OUT" "$@" | tee "$OUT/growth.txt" || STATUS=1
exit "$STATUS"
