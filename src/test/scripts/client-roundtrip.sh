#!/usr/bin/env bash
# Generates the TypeScript client from the committed contract (openapi-generator typescript-fetch, the ts-client
# Maven profile, into target/ts-client), compiles it with the round trip under `tsc --noEmit --strict`, starts the
# packaged application on a private H2 database and a free port, and runs src/test/client/roundtrip.ts against it:
# creates, lists, pages, a 412 and a 400, every response checked against the contract.
#   usage: client-roundtrip.sh path/to/quarkus-run.jar
set -euo pipefail
jar=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
work=$(mktemp -d)
pid=""
# on EXIT: stops the application, keeping the script's own exit status (a killed process's wait status is not ours)
cleanup() { local status=$?; set +e; [ -n "$pid" ] && { kill "$pid"; wait "$pid"; } 2>/dev/null; rm -rf "$work"; exit "$status"; }
trap cleanup EXIT
fail() { echo "client round trip: $*" >&2; exit 1; }

cd "$root"
rm -rf target/ts-client target/ts-roundtrip
./mvnw -B -q -Pts-client org.openapitools:openapi-generator-maven-plugin:7.25.0:generate@ts-client >"$work/generate.log" 2>&1 \
  || { cat "$work/generate.log" >&2; fail "the client could not be generated"; }
cd src/test/client
npm ci --no-audit --no-fund --loglevel=error >/dev/null
npx --no-install tsc --noEmit --strict -p tsconfig.json || fail "the generated client and the round trip do not compile under --strict"
npx --no-install tsc -p tsconfig.json

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export REGISTRY_ADMIN_TOKEN="roundtrip-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
(cd "$work" && REGISTRY_DATA_DIR="$work/data" exec java -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 \
  -jar "$jar" >>"$work/app.log" 2>&1) &
pid=$!
ready=""
for _ in $(seq 1 240); do
  if curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then ready=yes; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
[ -n "$ready" ] || { tail -n 40 "$work/app.log" >&2; fail "the application did not become ready"; }

REGISTRY_URL="http://127.0.0.1:$port" node "$root/target/ts-roundtrip/src/test/client/roundtrip.js"
