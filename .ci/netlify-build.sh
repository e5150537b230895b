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
# Movement runs as one native program, compiled by src/Movement.Cli/movement once per version of src/ and theme/
# and kept in .movement-program.cache, which netlify/plugins/program-cache keeps in Netlify's build cache: a deploy
# that changed only content starts the program at once. If the build image cannot link a native program (it needs
# a C compiler), the ReadyToRun publish below still compiles Movement ahead of time, framework-dependent.
export MOVEMENT_PROGRAM_CACHE="$PWD/.movement-program.cache"
if program=$(MOVEMENT_PRINT_PROGRAM=1 bash src/Movement.Cli/movement); then
  "$program" "${args[@]}"
else
  echo "No native program; publishing Movement ReadyToRun instead." >&2
  app=$(mktemp -d)
  dotnet publish src/Movement.Cli -c Release -r linux-x64 --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true -o "$app" >/dev/null
  "$app/movement" "${args[@]}"
  rm -rf "$app"
fi

# The editing UI at /admin/ loads Sveltia CMS and its fonts from our own site, never from a CDN: the pinned
# versions (the same ones tests/browser-tools pins), each package alone.
bash .ci/install-cms.sh _site
