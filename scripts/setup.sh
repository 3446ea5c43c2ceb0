#!/usr/bin/env bash
# Installs what building and testing need, on a fresh Debian machine with rustup and node.
# Idempotent: every step checks first, so a second run takes seconds.
#   scripts/setup.sh          build tools (wasm target, wasm-bindgen, npm packages)
#   scripts/setup.sh --test   also Debian's chromium for the browser tests
#   scripts/setup.sh --bench  also nginx, the anchor of `make bench`
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

# Must equal the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3}' Cargo.lock)

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "==> rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    rustup component add "$component"
  fi
done

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  echo "==> cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # Not --locked: its lockfile pins a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm packages: DKFDS (theme + fonts), binaryen's wasm-opt (Debian's breaks the wasm),
# Playwright and axe. Never `playwright install`: the browser is Debian's chromium.
if ! (cd end2end && npm ls --depth=0 >/dev/null 2>&1); then
  echo "==> npm ci (end2end)"
  (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi

# espeak-ng, opusenc and lame: the server reads the guide's instructions and hints aloud
# ("Læs op"), made from our own texts and compressed to Opus, and to MP3 for browsers
# without Opus (older Safari).
if ! { command -v espeak-ng >/dev/null && command -v opusenc >/dev/null && command -v lame >/dev/null; }; then
  echo "==> apt-get install espeak-ng opus-tools lame"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends espeak-ng opus-tools lame
fi

# chromium-headless-shell for the browser tests (the same Blink without the desktop
# browser around it: the 152 tests took 4.7 instead of 7.4 minutes on 2 cores); chromium
# for scripts/size.sh (Lighthouse) and for watching a test (`CHROMIUM=/usr/bin/chromium`
# with `--headed`); curl for scripts/size.sh; python3 for scripts/structure.py.
if [ "${1:-}" = "--test" ] && ! { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromium-headless-shell ] && command -v curl >/dev/null && command -v python3 >/dev/null; }; then
  echo "==> apt-get install chromium chromium-headless-shell curl python3"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-headless-shell fonts-dejavu-core curl python3
fi

# redis-server for the tests and the benchmark of worlds in Redis (issue 16): each starts
# its own on a free port with its own data directory, never the system's service.
if { [ "${1:-}" = "--test" ] || [ "${1:-}" = "--bench" ]; } && ! command -v redis-server >/dev/null; then
  echo "==> apt-get install redis-server"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends redis-server
fi

# nginx for `make bench`: it serves the same inbox bytes as the app, as the anchor; wrk, the
# usual HTTP benchmark client, measures both a second time (it costs less CPU per request
# than the load tool, so it leaves more of the 2 cores to the server it measures); valgrind
# counts the instructions a page costs (to ~0.01 % the same count on every run of a build).
if [ "${1:-}" = "--bench" ] && ! { command -v nginx >/dev/null && command -v wrk >/dev/null && command -v curl >/dev/null && command -v python3 >/dev/null && command -v valgrind >/dev/null; }; then
  echo "==> apt-get install nginx-light wrk curl python3 valgrind"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nginx-light wrk curl python3 valgrind \
    || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nginx wrk curl python3 valgrind
fi
