#!/usr/bin/env bash
# Runs every test of the project: the .NET suites (unit, site, CLI, browser) and the JavaScript ones.
# It installs what the tests need first, so it works on a fresh machine: beyond the .NET SDK and
# Node.js, that is Debian's Chromium (Playwright cannot download its own browser here) and Java for
# the browser and output-validation tests, Debian's python3-icalendar and python3-feedparser (independent
# readers of the events' calendar files and of the feeds), and the pinned npm tools in tests/browser-tools
# (Sveltia CMS), tests/validator (the Nu HTML Checker) and tests/api-tools (Ajv and swagger-parser, for
# the content API). A test whose tool is missing fails; none is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium chromium-driver)
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
/usr/bin/python3 -c 'import icalendar' >/dev/null 2>&1 || packages+=(python3-icalendar)
/usr/bin/python3 -c 'import feedparser' >/dev/null 2>&1 || packages+=(python3-feedparser)
if [ ${#packages[@]} -gt 0 ]; then
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null; } \
    || echo "Could not install ${packages[*]}; the tests that need them will fail." >&2
fi
[ -d tests/browser-tools/node_modules/@fontsource/noto-mono ] || (cd tests/browser-tools && npm ci --no-audit --no-fund --loglevel=error)
[ -d tests/api-tools/node_modules/open-graph-scraper ] || (cd tests/api-tools && npm ci --no-audit --no-fund --loglevel=error)
[ -f tests/validator/node_modules/vnu-jar/build/dist/vnu.jar ] || (cd tests/validator && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)

log=$(mktemp)
status=0

# Built once, then two runs side by side: the browser tests spend much of their time waiting for Chromium and for
# pages' networks to go quiet, which the other suites' work fills. The other suites run one after another (-m:1):
# all four at once on two cores took longer than this. The browser run's output follows the others'.
# The native program (what the README's command and Netlify run) is compiled through its launcher beside them, into
# the launcher's cache (a few minutes the first time, nothing after), and its own tests
# (tests/Movement.Cli.Tests/Native) run against it last.
browser_log=$(mktemp)
native_log=$(mktemp)
trap 'rm -f "$log" "$browser_log" "$native_log"' EXIT
if dotnet build Movement.sln --nologo -v q 2>&1 | tee -a "$log"; then
  MOVEMENT_PRINT_PROGRAM=1 bash src/Movement.Cli/movement >"$native_log" 2>&1 &
  native=$!
  dotnet test tests/Movement.Browser.Tests --no-build --nologo >"$browser_log" 2>&1 &
  browser=$!
  dotnet test Movement.sln --no-build -m:1 --nologo --filter "Category!=Native&FullyQualifiedName!~Movement.Browser.Tests" 2>&1 | tee -a "$log" || status=1
  wait "$browser" || status=1
  tee -a "$log" <"$browser_log"
  if wait "$native"; then
    MOVEMENT_NATIVE_PROGRAM="$(tail -n 1 "$native_log")" dotnet test tests/Movement.Cli.Tests --no-build --nologo --filter "Category=Native" 2>&1 | tee -a "$log" || status=1
  else
    cat "$native_log"
    echo "Failed: 1 (the native program did not compile)" | tee -a "$log"
    status=1
  fi
else
  status=1
fi
node --test --test-reporter=tap tests/js/ 2>&1 | tee -a "$log" || status=1

# One closing line for the whole run, in the plain form CI reads: 'N passed, N failed'.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
js_passed=$(grep -Eo '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
js_failed=$(grep -Eo '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
echo "$((passed + js_passed)) passed, $((failed + js_failed)) failed"
exit $status
