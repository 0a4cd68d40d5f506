#!/usr/bin/env bash
# Runs every command of the README's "Curl cookbook" against the packaged application, freshly started on a private
# H2 database with the demo dataset (plus a few invented records, so that the questions about articles and sentences
# have answers), and checks what each prints: valid JSON with the expected keys and values, or the expected file.
# A command without a check here fails the run, so a new recipe cannot go unchecked.
#   usage: cookbook.sh path/to/quarkus-run.jar
set -euo pipefail
jar=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
work=$(mktemp -d)
pid=""
# on EXIT: stops the application, keeping the script's own exit status (a killed process's wait status is not ours)
cleanup() { local status=$?; set +e; [ -n "$pid" ] && { kill "$pid"; wait "$pid"; } 2>/dev/null; rm -rf "$work"; exit "$status"; }
trap cleanup EXIT
fail() { echo "cookbook: $*" >&2; exit 1; }
command -v jq >/dev/null || fail "the cookbook needs jq (apt-get install jq)"

# ---- what each recipe must print, by its heading (and its number under the heading) -----------------------------
declare -A CHECK=(
  ["Who is in pre-trial detention now?#1"]='jq -e ".total == 3 and (.persons | length) == 3 and ([.persons[].fullName] | index(\"Kairat Klyshev\") != null)" "$out"'
  ["Everyone charged under a given article#1"]='jq -e ".total == 1 and .persons == [\"Aigerim Zhaksylykova\"]" "$out"'
  ["All sentences decided in a year, with their terms#1"]='jq -e "length == 1 and .[0].decidedOn == \"2021-09-14\" and .[0].terms == [{\"type\": \"IMPRISONMENT\", \"termMonths\": 48, \"suspended\": null, \"regime\": \"MEDIUM\"}]" "$out"'
  ["A person's full dossier#1"]='jq -e ".name == \"Kairat Klyshev\" and .status == \"PRE_TRIAL_DETENTION\" and (.cases | length) == 1 and .cases[0].role == \"ACCUSED\" and .cases[0].charges[0].law == \"KZ-CC-2014\"" "$out"'
  ["Statistics by article#1"]='jq -e "any(.[]; .law == \"KZ-CC-2014\" and .article == null and .persons == 6) and any(.[]; .article == \"405(2)\" and .persons == 1)" "$out"'
  ["The history of a record#1"]='jq -e ".[0].version == 1 and .[0].operation == \"CREATE\" and .[0].actor == null and (.[0].patch | length) > 0" "$out"'
  ["Following the next page#1"]='jq -e "(.persons | length) == 10 and (.nextCursor | type) == \"string\"" "$out"'
  ["Exporting a filtered list to CSV#1"]='[ ! -s "$out" ] && python3 -c "
import csv
rows = list(csv.reader(open(\"persons.csv\", encoding=\"utf-8-sig\", newline=\"\")))
assert open(\"persons.csv\", \"rb\").read(3) == b\"\\xef\\xbb\\xbf\"
assert rows[0][:6] == [\"id\", \"version\", \"createdAt\", \"updatedAt\", \"visibility\", \"fullName\"], rows[0]
assert len(rows) == 12, len(rows)
assert any(r[5] == \"Kairat Klyshev\" and r[15] == \"PRE_TRIAL_DETENTION\" for r in rows[1:])
"'
)

# ---- the recipes, as the README has them -------------------------------------------------------------------------
python3 - "$root/README.md" "$work/recipes" <<'PY'
import os, re, sys
readme, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
text = open(readme, encoding='utf-8').read()
section = re.search(r'^## Curl cookbook\n(.*?)(?=^## )', text, re.S | re.M)
if not section:
    sys.exit('README.md has no "## Curl cookbook" section')
heading, counts, n = None, {}, 0
for part in re.split(r'^(### .*|```sh\n(?:.*\n)*?```)$', section.group(1), flags=re.M):
    if part.startswith('### '):
        heading = part[4:].strip()
    elif part.startswith('```sh'):
        counts[heading] = counts.get(heading, 0) + 1
        n += 1
        with open(f'{out}/{n:02d}', 'w', encoding='utf-8') as f:
            f.write(f'{heading}#{counts[heading]}\n{part[6:-3]}')
PY
[ -n "$(ls "$work/recipes")" ] || fail "no recipes found"

# ---- a fresh application with the demo dataset, and a few invented records -----------------------------------------
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
token="cookbook-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
mkdir -p "$work/app" "$work/run"
(cd "$work/app" && REGISTRY_ADMIN_TOKEN="$token" REGISTRY_DATA_DIR="$work/app/data" REGISTRY_DEMO_DATA=true \
  exec java -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 -jar "$jar" >>"$work/app/app.log" 2>&1) &
pid=$!
ready=""
for _ in $(seq 1 240); do
  if curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then ready=yes; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
[ -n "$ready" ] || { tail -n 40 "$work/app/app.log" >&2; fail "the application did not become ready"; }
export API="http://127.0.0.1:$port/api/v1"

post() {  # path body: the id of the created record
  curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$API/$1" -d "$2" | jq -er .id
}
person=$(post persons '{"fullName": "Aigerim Zhaksylykova", "gender": "FEMALE", "citizenships": ["KZ"], "roles": ["BLOGGER"],
  "status": "IMPRISONED", "statusSince": "2021-09"}')
case_id=$(post cases '{"title": "Prosecution of Aigerim Zhaksylykova for social media posts", "country": "KZ", "kind": "CRIMINAL",
  "stage": "FINAL", "themes": ["EXPRESSION"], "openedOn": "2021-03"}')
curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$API/cases/$case_id/parties" \
  -d "{\"personId\": \"$person\", \"role\": \"CONVICTED\", \"since\": \"2021-03-15\"}"
charge=$(post charges "{\"caseId\": \"$case_id\", \"personId\": \"$person\", \"law\": \"KZ-CC-2014\", \"article\": \"405(2)\",
  \"status\": \"CONVICTED\"}")
post sentences "{\"caseId\": \"$case_id\", \"personId\": \"$person\", \"chargeIds\": [\"$charge\"], \"court\": \"Almaty City Court\",
  \"instance\": \"FIRST_INSTANCE\", \"decidedOn\": \"2021-09-14\", \"verdict\": \"GUILTY\", \"status\": \"IN_FORCE\",
  \"startsOn\": \"2021-03-15\", \"components\": [{\"type\": \"IMPRISONMENT\", \"termMonths\": 48, \"regime\": \"MEDIUM\"}]}" >/dev/null

# ---- run and check each recipe ---------------------------------------------------------------------------------------
passed=0 skipped=0 failed=0
cd "$work/run"
for recipe in "$work"/recipes/*; do
  key=$(head -n 1 "$recipe")
  code=$(tail -n +2 "$recipe")
  check=${CHECK[$key]:-}
  [ -n "$check" ] || fail "no check for the recipe \"$key\"; add one to src/test/scripts/cookbook.sh"
  if [ "$check" = SKIP ]; then
    echo "skip  $key"
    skipped=$((skipped + 1))
    continue
  fi
  out="$work/out-$(basename "$recipe")"
  if bash -o pipefail -c "$code" >"$out" 2>"$out.err" \
      && { [ ! -s "$out" ] || jq -e . "$out" >/dev/null 2>&1; } \
      && eval "$check" >/dev/null 2>&1; then
    echo "ok    $key"
    passed=$((passed + 1))
  else
    echo "FAIL  $key" >&2
    echo "      command: $code" >&2
    echo "      output:  $(head -c 600 "$out")" >&2
    [ -s "$out.err" ] && echo "      stderr:  $(head -c 600 "$out.err")" >&2
    failed=$((failed + 1))
  fi
done
unchecked=$(printf '%s\n' "${!CHECK[@]}" | while read -r key; do grep -qxF "$key" <(head -qn 1 "$work"/recipes/*) || echo "$key"; done)
[ -z "$unchecked" ] || fail "checks for recipes the README no longer has: $unchecked"
echo "cookbook: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
