#!/usr/bin/env bash
# Puts the editing UI's script and fonts into a built site's /admin/, served by the site itself: Sveltia CMS's
# single-file build, and the three fonts it would otherwise fetch from a CDN (its icons are a font: without it
# the editor shows words such as "arrow_back"), with the script's font addresses pointed at our copies.
# Usage: .ci/install-cms.sh SITE [NODE_MODULES]. With NODE_MODULES (tests/browser-tools' installed packages)
# nothing is downloaded; without, the pinned packages are fetched alone with 'npm pack' (no dependencies).
set -euo pipefail
site=$1
admin="$site/admin"
packages=("@sveltia/cms@0.221.1" "@fontsource-variable/material-symbols-outlined@5.3.8"
          "@fontsource-variable/source-sans-3@5.3.0" "@fontsource/noto-mono@5.3.0")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ $# -ge 2 ]; then
  modules=$2
else
  modules="$work/node_modules"
  for package in "${packages[@]}"; do
    name=${package%@*}
    mkdir -p "$modules/$name"
    tarball=$(cd "$work" && npm pack --silent "$package")
    tar -xzf "$work/$tarball" -C "$modules/$name" --strip-components=1
  done
fi

mkdir -p "$admin/fonts"
cp "$modules/@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2" \
   "$modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2" \
   "$modules/@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2" "$admin/fonts/"
sed -e 's#https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@[0-9.]*/latin-wght-normal.woff2#/admin/fonts/material-symbols-outlined-latin-wght-normal.woff2#g' \
    -e 's#https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@[0-9.]*/latin-wght-normal.woff2#/admin/fonts/source-sans-3-latin-wght-normal.woff2#g' \
    -e 's#https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@[0-9.]*/latin-400-normal.woff2#/admin/fonts/noto-mono-latin-400-normal.woff2#g' \
    "$modules/@sveltia/cms/dist/sveltia-cms.js" > "$admin/sveltia-cms.js"
if grep -q 'cdn.jsdelivr.net/fontsource' "$admin/sveltia-cms.js"; then
  echo "install-cms.sh: Sveltia CMS names a font this script does not copy; update its list." >&2
  exit 1
fi
