#!/usr/bin/env bash
# Runs every test of the project: the .NET suites (unit, site, CLI) and the JavaScript ones.
# It installs what the tests need first, so it works on a fresh machine: beyond the .NET SDK and
# Node.js, that is Debian's Chromium for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

# Playwright cannot download its own browser here. If this fails, the browser tests fail and say why.
if [ ! -x /usr/bin/chromium ]; then
  { apt-get update && apt-get install -y chromium chromium-driver; } || echo "Could not install Chromium; the browser tests will fail." >&2
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0

# Browser tests: Debian's Chromium, and the pinned Decap CMS and decap-server (tests/browser-tools).
if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null
fi
(cd tests/browser-tools && npm ci --no-audit --no-fund --loglevel=error)

dotnet test Movement.sln --nologo 2>&1 | tee -a "$log" || status=1
node --test --test-reporter=tap tests/js/ 2>&1 | tee -a "$log" || status=1

# One closing line for the whole run, in the plain form CI reads: 'N passed, N failed'.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
js_passed=$(grep -Eo '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
js_failed=$(grep -Eo '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
echo "$((passed + js_passed)) passed, $((failed + js_failed)) failed"
exit $status
