#!/usr/bin/env bash
# Import speed on PostgreSQL: generates NDJSON files of exactly N lines (default 100 000: persons, their cases, a party
# and a charge per person in its case, a source for every ten persons) with invented names, and imports each in one
# request into a fresh database. The application is started for the run, so W files of N lines (default 2) are
# imported first to warm it up, as a running server would be (the JIT compiler needs a minute or two of load on these
# two cores); every figure is printed, lines per second, the measured one last.
# Usage: import-speed.sh <pg-built quarkus-run.jar> [N] [W]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/lib/common.sh"
jar=$(realpath "${1:?usage: import-speed.sh <pg-built quarkus-run.jar> [N] [W]}")
lines=${2:-100000}
rounds=${3:-2}
db="registry_import_speed_$$"
psql -h 127.0.0.1 -p 5432 -U postgres -qc "create database $db" >/dev/null
# the database is dropped after the application stops; cleanup exits with the script's own status
trap 'status=$?; set +e; for p in "${APP_PIDS[@]}"; do kill -9 "$p" 2>/dev/null; wait "$p" 2>/dev/null; done;
  psql -h 127.0.0.1 -p 5432 -U postgres -qc "drop database if exists $db" >/dev/null 2>&1; (exit $status); cleanup' EXIT

generate() {  # lines file seed
python3 - "$1" "$2" "$3" <<'PY'
import json, random, sys, uuid
n, out = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(int(sys.argv[3]))
first = ["Aigerim", "Dana", "Zhanar", "Asel", "Nurlan", "Yerlan", "Marat", "Aliya", "Timur", "Saule"]
last = ["Omarova", "Akhmetova", "Zhaksylykova", "Bekova", "Seitkali", "Nurlanov", "Kassymov", "Iskakova"]
cyr = {"Aigerim": "Айгерим", "Dana": "Дана", "Zhanar": "Жанар", "Asel": "Асель", "Nurlan": "Нурлан", "Yerlan": "Ерлан",
       "Marat": "Марат", "Aliya": "Алия", "Timur": "Тимур", "Saule": "Сауле"}
u = lambda: str(uuid.UUID(int=rnd.getrandbits(128), version=4))
with open(out, "w", encoding="utf-8") as f:
    def line(t, r): f.write(json.dumps({"type": t, "record": r}, ensure_ascii=False) + "\n")
    written = 0
    sources = []
    g = 0
    while written + 4 + (g % 10 == 0) <= n:
        if g % 10 == 0:
            s = u(); sources.append(s)
            line("sources", {"id": s, "title": f"Invented report {g}", "type": "NGO_REPORT"}); written += 1
        p, c = u(), u()
        fn, ln = rnd.choice(first), rnd.choice(last)
        line("persons", {"id": p, "fullName": f"{fn} {ln}", "names": [{"name": f"{cyr[fn]} {ln}", "lang": "ru", "script": "Cyrl", "kind": "NATIVE"}],
                         "citizenships": ["KZ"], "status": rnd.choice(["PRE_TRIAL_DETENTION", "IMPRISONED", "UNDER_INVESTIGATION"]),
                         "birthDate": f"{rnd.randint(1950, 2000)}", "citations": [{"sourceId": sources[-1]}]})
        line("cases", {"id": c, "title": f"Invented case {g}", "country": "KZ", "kind": "CRIMINAL", "openedOn": f"{rnd.randint(2015, 2024)}"})
        line("parties", {"caseId": c, "personId": p, "role": "DEFENDANT"})
        line("charges", {"caseId": c, "personId": p, "law": "KZ-CC-2014", "article": rnd.choice(["174", "405(2)", "179"])})
        written += 4
        g += 1
    while written < n:  # exactly n lines
        line("sources", {"id": u(), "title": f"Invented report {g}-{written}", "type": "NGO_REPORT"}); written += 1
print(written)
PY
}
for round in $(seq 1 "$rounds"); do
  generate "$lines" "$WORK/warm-up-$round.ndjson" $(( 20261202 + round )) >/dev/null
done
generate "$lines" "$WORK/import.ndjson" 20261129 >/dev/null
count=$(wc -l < "$WORK/import.ndjson")
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
app_start "$jar" "$port" "$WORK/app" PG_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db"
import() {  # file label
  local n start ms report
  n=$(wc -l < "$1")
  start=$(now_ms)
  report=$(curl -sS -H "$AUTH" -H 'Content-Type: application/x-ndjson' --data-binary @"$1" "http://127.0.0.1:$port/api/v1/import")
  ms=$(( $(now_ms) - start ))
  [ "$(jq -r '.rejected == 0 and .created == .lines' <<<"$report")" = true ] || fail "import: $(head -c 600 <<<"$report")"
  echo "$2 import of $n NDJSON lines into PostgreSQL: $ms ms, $(( n * 1000 / (ms > 0 ? ms : 1) )) lines/s"
}
for round in $(seq 1 "$rounds"); do
  import "$WORK/warm-up-$round.ndjson" "warm-up $round of $rounds"
done
import "$WORK/import.ndjson" "measured"
