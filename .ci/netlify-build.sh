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
dotnet run -c Release --project src/Movement.Cli -- "${args[@]}"
