#!/usr/bin/env bash
# Runs every test of the project: the .NET suites (unit, site, CLI) and the JavaScript ones.
# It installs what the tests need first, so it works on a fresh machine: Java and the Nu HTML Checker
# (pinned in tests/validator) for the output validation, beyond the .NET SDK and Node.js.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v java >/dev/null 2>&1; then
  apt-get update && apt-get install -y --no-install-recommends default-jre-headless
fi
if [ ! -f tests/validator/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  (cd tests/validator && npm ci --no-audit --no-fund --ignore-scripts)
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0

dotnet test Movement.sln --nologo 2>&1 | tee -a "$log" || status=1
node --test --test-reporter=tap tests/js/ 2>&1 | tee -a "$log" || status=1

# One closing line for the whole run, in the plain form CI reads: 'N passed, N failed'.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
js_passed=$(grep -Eo '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
js_failed=$(grep -Eo '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
echo "$((passed + js_passed)) passed, $((failed + js_failed)) failed"
exit $status
