#!/usr/bin/env bash
# Builds the site offline: the islands wasm (release, wasm-opt'd), the stylesheets and
# DKFDS assets into target/site, and the served release binary target/serve/demoborger.
# Every built file gets a content hash in its name (listed in target/site/hash.txt, read by
# the server) and a brotli and gzip copy beside it. Tools come from scripts/setup.sh;
# nothing is downloaded here.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"

SITE=target/site
NEW=target/site.new
WASM=target/wasm32-unknown-unknown/wasm-release/frontend.wasm
# The first 16 hex digits of a file's (or a folder's) SHA-256.
hash() { sha256sum "$1" | cut -c1-16; }
tree_hash() { (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) | sha256sum | cut -c1-16; }

echo "==> wasm (frontend: the islands only, profile wasm-release)"
cargo build --locked -p frontend --lib --target wasm32-unknown-unknown --profile wasm-release

echo "==> wasm-bindgen + wasm-opt"
rm -rf "$NEW" && mkdir -p "$NEW/pkg"
wasm-bindgen --target web --no-typescript --out-dir "$NEW/pkg" --out-name demoborger "$WASM"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  -o "$NEW/pkg/demoborger_bg.wasm" "$NEW/pkg/demoborger_bg.wasm"

echo "==> styles and assets"
DK=end2end/node_modules/dkfds/dist
mkdir -p "$NEW/dkfds.tmp/css" "$NEW/dkfds.tmp/fonts/ibm-plex-sans" "$NEW/dkfds.tmp/img"
# Without DKFDS's own @font-face rules for IBM Plex Sans: style/fonts.css declares the font
# itself (in parts by script, woff2 only, font-display: optional). Two rules for one face
# would make the browser fall back from ours to DKFDS's and fetch both.
perl -pe 's/\@font-face\{[^}]*font-family:IBM Plex Sans[^}]*\}//g' \
  "$DK/css/dkfds-borgerdk.min.css" > "$NEW/dkfds.tmp/css/dkfds-borgerdk.min.css"
if grep -q 'font-family:IBM Plex Sans;font-style' "$NEW/dkfds.tmp/css/dkfds-borgerdk.min.css"; then
  echo "DKFDS's @font-face rules were not removed (a new DKFDS layout?)" >&2; exit 1
fi
# IBM Plex Sans in parts by script (npm @fontsource: latin, latin-ext, cyrillic, greek, ...),
# each declared with its unicode-range in style/fonts.css: a Danish page downloads only the
# latin part (22 KB a weight instead of DKFDS's 56 KB "complete" files), a Turkish or
# Ukrainian guide adds the part it needs. scripts/plex-fonts.mjs writes their @font-face rules.
cp end2end/node_modules/@fontsource/ibm-plex-sans/files/ibm-plex-sans-*-{400,500,600,700}-{normal,italic}.woff2 \
  "$NEW/dkfds.tmp/fonts/ibm-plex-sans/"
# The guide in Arabic, Farsi and Urdu: Noto Naskh Arabic and Noto Nastaliq Urdu (npm
# @fontsource, Arabic-script subset only; a page downloads them only when it shows such text).
mkdir -p "$NEW/dkfds.tmp/fonts/arabic"
for f in noto-naskh-arabic/files/noto-naskh-arabic-arabic-{400,700}-normal.woff2 \
         noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-{400,700}-normal.woff2; do
  cp "end2end/node_modules/@fontsource/$f" "$NEW/dkfds.tmp/fonts/arabic/"
done
# The icons the stylesheet uses (select chevrons, checkboxes); not the borger.dk logo.
cp -r "$DK/img/svg-icons" "$NEW/dkfds.tmp/img/"
cp -r public/. "$NEW/"

echo "==> content hashes in the names"
dkfds=$(tree_hash "$NEW/dkfds.tmp")
# Our stylesheet names the fonts in the DKFDS folder, so it carries that folder's hash.
{ node scripts/plex-fonts.mjs; cat style/*.css; } | sed "s/@DKFDS@/$dkfds/g" > "$NEW/pkg/demoborger.css"
js=$(hash "$NEW/pkg/demoborger.js")
wasm=$(hash "$NEW/pkg/demoborger_bg.wasm")
css=$(hash "$NEW/pkg/demoborger.css")
mv "$NEW/pkg/demoborger.js" "$NEW/pkg/demoborger.$js.js"
mv "$NEW/pkg/demoborger_bg.wasm" "$NEW/pkg/demoborger.$wasm.wasm"
mv "$NEW/pkg/demoborger.css" "$NEW/pkg/demoborger.$css.css"
# The stylesheet finds its fonts and icons by relative paths, so the folder carries the hash.
mkdir -p "$NEW/dkfds" && mv "$NEW/dkfds.tmp" "$NEW/dkfds/$dkfds"
printf 'js: %s\nwasm: %s\ncss: %s\ndkfds: %s\n' "$js" "$wasm" "$css" "$dkfds" > "$NEW/hash.txt"

echo "==> brotli and gzip copies"
node scripts/precompress.mjs "$NEW/pkg"
node scripts/precompress.mjs "$NEW/dkfds"
rm -rf "$SITE" && mv "$NEW" "$SITE"

echo "==> server (release; the served binary linked with fat LTO: target/serve/demoborger)"
# The libraries and the binary as usual, then the binary linked once more as a whole program
# (fat LTO over every crate's bitcode, std's included; .cargo/config.toml keeps the bitcode):
# the compiler inlines across crates, ~20 % less CPU per page (README, "How the build
# works"). It is copied out of target/release, where `cargo test` builds the binary again
# without LTO for the integration tests, so the served and tested binary is this one.
cargo rustc --locked -p server --release --bin demoborger -- -C lto=fat
mkdir -p target/serve
cp -f target/release/demoborger target/serve/demoborger.new
mv -f target/serve/demoborger.new target/serve/demoborger

W="$SITE/pkg/demoborger.$wasm.wasm"
echo "==> built: target/serve/demoborger; wasm $(stat -c %s "$W") bytes raw," \
  "$(gzip -9 -c "$W" | wc -c) bytes gzip, $(stat -c %s "$W.br") bytes brotli"
