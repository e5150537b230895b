#!/usr/bin/env bash
# Netlify's build: install the .NET SDK when the build image lacks it, then build the site.
# Deploy previews and branch deploys publish drafts at their own address.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks | grep -q '^10\.'; then
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi

args=(build --input input --output _site)
if [ "${CONTEXT:-production}" != "production" ]; then
  args+=(--drafts --base-url "${DEPLOY_PRIME_URL:-}")
fi
# A ReadyToRun publish compiles Movement ahead of time, so the build spends its seconds on the site, not the JIT.
# (A self-contained composite image starts faster still, but takes two minutes to compile: more than it saves here.)
app=$(mktemp -d)
dotnet publish src/Movement.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$app" >/dev/null
"$app/movement" "${args[@]}"
rm -rf "$app"

# The editing UI at /admin/ loads Decap CMS from our own site, never from a CDN: install the pinned
# version (the same one tests/browser-tools pins) and publish its single-file build beside config.yml.
cms=$(mktemp -d)
npm install --prefix "$cms" --no-save --no-audit --no-fund decap-cms@3.16.3 >/dev/null
# decap-cms.js loads its numbered chunks from beside itself.
cp "$cms"/node_modules/decap-cms/dist/*decap-cms.js _site/admin/
rm -rf "$cms"
