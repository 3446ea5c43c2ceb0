#!/usr/bin/env bash
# Builds the site offline: the hydrate wasm (release, wasm-opt'd), the stylesheets and
# DKFDS assets into target/site, and the release server binary target/release/demoborger.
# Tools come from scripts/setup.sh; nothing is downloaded here.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"

SITE=target/site
PKG=$SITE/pkg
WASM=target/wasm32-unknown-unknown/wasm-release/frontend.wasm

echo "==> wasm (frontend, profile wasm-release)"
cargo build --locked -p frontend --lib --target wasm32-unknown-unknown --profile wasm-release

echo "==> wasm-bindgen + wasm-opt"
rm -rf "$PKG.new" && mkdir -p "$PKG.new"
wasm-bindgen --target web --no-typescript --out-dir "$PKG.new" --out-name demoborger "$WASM"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  -o "$PKG.new/demoborger_bg.wasm" "$PKG.new/demoborger_bg.wasm"

echo "==> styles and assets"
cat style/*.css > "$PKG.new/demoborger.css"
rm -rf "$PKG" && mv "$PKG.new" "$PKG"
DK=end2end/node_modules/dkfds/dist
rm -rf "$SITE/dkfds" && mkdir -p "$SITE/dkfds/css" "$SITE/dkfds/fonts/IBMPlexSans/complete"
cp "$DK/css/dkfds-borgerdk.min.css" "$SITE/dkfds/css/"
cp -r "$DK/fonts/IBMPlexSans/complete/woff2" "$DK/fonts/IBMPlexSans/complete/woff" \
  "$SITE/dkfds/fonts/IBMPlexSans/complete/"
# The icons the stylesheet uses (select chevrons, checkboxes); not the borger.dk logo.
mkdir -p "$SITE/dkfds/img" && cp -r "$DK/img/svg-icons" "$SITE/dkfds/img/"
cp -r public/. "$SITE/"

echo "==> server (release)"
cargo build --locked -p server --release

raw=$(stat -c %s "$PKG/demoborger_bg.wasm")
gz=$(gzip -9 -c "$PKG/demoborger_bg.wasm" | wc -c)
echo "==> built: target/release/demoborger; wasm ${raw} bytes raw, ${gz} bytes gzip"
