#!/usr/bin/env bash
# Lints the committed contract with Redocly CLI's recommended rules (src/test/client/redocly.yaml) and fails on
# any error or warning. Installs the pinned tools of src/test/client/package-lock.json first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../client"

npm ci --no-audit --no-fund --loglevel=error >/dev/null
report=$(mktemp)
trap 'rm -f "$report"' EXIT
# exit status of redocly only says "errors"; the totals below also count warnings
npx --no-install redocly lint --config redocly.yaml --format=json ../../../openapi/openapi.yaml >"$report" 2>/dev/null || true
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  for (const p of r.problems) console.error(`${p.severity} ${p.ruleId}: ${p.message} at ${p.location.map(l => l.pointer).join(", ")}`);
  const t = r.totals;
  console.log(`redocly lint openapi/openapi.yaml: ${t.errors} errors, ${t.warnings} warnings, ${t.ignored} ignored`);
  process.exit(t.errors + t.warnings + t.ignored === 0 ? 0 : 1);
' "$report"
