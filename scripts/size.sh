#!/usr/bin/env bash
# What a learner's browser has to download, measured on the release build (`make size`
# builds and installs first, then runs this):
#   1. the release wasm: raw, gzip -9, and brotli when a .br file sits next to it;
#   2. the release server, started here on 127.0.0.1:$SIZE_PORT (3931) and stopped at the end;
#   3. first-visit transfer in Debian's chromium (end2end/measure/first-visit.mjs): "/" and
#      the world page "/ovelse" from fresh contexts with an empty cache, compressed bytes as
#      they came over the wire (target: at most 300 KB each);
#   4. Lighthouse (mobile, the default form factor), performance and accessibility, once per
#      page: "/", "/ovelse" (a started world) and "/post" (Karen Jensen logged in with NemID).
# Reports in target/size/. Exit status non-zero only on errors, never for a missed target.
#
#   scripts/size.sh                  all of the above
#   scripts/size.sh --no-lighthouse  1-3 only (about a minute instead of several)
# Environment: SIZE_PORT (3931), LIGHTHOUSE_TIMEOUT seconds per page (300), CHROMIUM
# (/usr/bin/chromium), QUIET_MS (1000: how long no request may be pending before a page
# counts as loaded; the wasm is fetched on requestIdleCallback after "load").
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

LIGHTHOUSE=1
for arg in "$@"; do
  case "$arg" in
    --no-lighthouse) LIGHTHOUSE=0 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg (see --help)" >&2; exit 2 ;;
  esac
done

PORT=${SIZE_PORT:-3931}
BASE="http://127.0.0.1:$PORT"
OUT=target/size
BIN=target/serve/demoborger
CHROME=${CHROMIUM:-/usr/bin/chromium}
LH=end2end/node_modules/.bin/lighthouse
LH_TIMEOUT=${LIGHTHOUSE_TIMEOUT:-300}
errors=0
summary=()
fail() { echo "error: $*" >&2; errors=$((errors + 1)); }
die() { echo "error: $*" >&2; exit 1; }
kib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }

[ -x "$BIN" ] || die "$BIN is missing: run make build (or make size)"
[ -d target/site/pkg ] || die "target/site/pkg is missing: run make build (or make size)"
[ -x "$CHROME" ] || die "$CHROME is missing: run scripts/setup.sh --test"
[ -d end2end/node_modules/@playwright/test ] || die "end2end/node_modules is missing: run scripts/setup.sh"
if [ "$LIGHTHOUSE" = 1 ] && ! [ -x "$LH" ]; then die "$LH is missing: run scripts/setup.sh"; fi
mkdir -p "$OUT"

echo "==> wasm (target/site/pkg, 1 KB = 1024 bytes)"
shopt -s nullglob
wasms=(target/site/pkg/*.wasm)
[ ${#wasms[@]} -gt 0 ] || die "no target/site/pkg/*.wasm: run make build"
for w in "${wasms[@]}"; do
  raw=$(stat -c %s "$w")
  gz=$(gzip -9 -c "$w" | wc -c)
  line="wasm $(basename "$w"): $(kib "$raw") KB raw ($raw bytes), $(kib "$gz") KB gzip -9 ($gz bytes)"
  if [ -f "$w.br" ]; then
    br=$(stat -c %s "$w.br")
    line="$line, $(kib "$br") KB brotli ($br bytes, $(basename "$w").br)"
  fi
  echo "$line"
  summary+=("$line")
done
# The other files the pages load from pkg/ (script glue, stylesheet), for comparison.
for f in target/site/pkg/*; do
  case "$f" in *.wasm|*.br|*.gz) continue ;; esac
  [ -f "$f" ] || continue
  line="  $(basename "$f"): $(kib "$(stat -c %s "$f")") KB raw, $(kib "$(gzip -9 -c "$f" | wc -c)") KB gzip -9"
  [ ! -f "$f.br" ] || line="$line, $(kib "$(stat -c %s "$f.br")") KB brotli"
  echo "$line"
done

echo
echo "==> release server on $BASE"
if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/" 2>/dev/null)" != 000 ]; then
  die "something already listens on $BASE; stop it or set SIZE_PORT"
fi
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# Loopback only: DEMOBORGER_BIND overrides whatever the environment says.
DEMOBORGER_BIND=127.0.0.1 "$BIN" --port "$PORT" --site-root target/site --scenario-dir scenarios/default \
  >"$OUT/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do
  curl -fsS -o /dev/null --max-time 2 "$BASE/health" 2>/dev/null && break
  kill -0 "$SERVER_PID" 2>/dev/null || die "the server stopped at start-up; see $OUT/server.log"
  sleep 0.1
done
curl -fsS -o /dev/null --max-time 2 "$BASE/health" || die "no answer from $BASE/health within 30 s"
echo "up (pid $SERVER_PID, log $OUT/server.log)"

echo
echo "==> first visit (chromium, fresh contexts, empty cache; end2end/measure/first-visit.mjs)"
if (cd end2end && node measure/first-visit.mjs "$BASE" "$ROOT/$OUT/first-visit.json") | tee "$OUT/first-visit.txt"; then
  summary+=("$(grep '^first visit /:' "$OUT/first-visit.txt" | tail -1)")
else
  fail "the first-visit measurement failed"
fi

lighthouse_page() { # label path marker [cookie]: marker is text the right page contains
  local label=$1 path=$2 marker=$3 cookie=${4:-} name rc
  name=$(echo "${path#/}" | tr -c 'a-z0-9\n' '-'); name=${name:-root}
  local json="$OUT/lighthouse-$name.json"
  local args=(
    "$BASE$path"
    --only-categories=performance,accessibility
    --output=json --output-path="$json"
    --chrome-flags="--headless=new --no-sandbox --disable-gpu"
    --no-enable-error-reporting --quiet
  )
  # Network.setExtraHTTPHeaders: the header goes with the document request and every request
  # the page makes (scripts, the wasm, server functions), not into the cookie jar.
  [ -z "$cookie" ] || args+=(--extra-headers "{\"Cookie\":\"$cookie\"}")
  rm -f "$json"
  # The same request first, so a cookie that did not work (e.g. /post answering "Log på for
  # at læse din Digital Post" at the same address) is an error, not a score of the wrong page.
  local html=""
  html=$(curl -fsS --max-time 10 ${cookie:+-H "Cookie: $cookie"} "$BASE$path") || true
  if ! grep -qF "$marker" <<<"$html"; then
    fail "GET $path does not show \"$marker\""; summary+=("lighthouse $label: wrong page"); return
  fi
  echo "lighthouse $path (log $OUT/lighthouse-$name.log) ..."
  local try
  for try in 1 2; do
    rc=0
    # SIGINT on timeout: Lighthouse's chrome-launcher then closes the chromium it started.
    CHROME_PATH=$CHROME timeout -s INT -k 30 "$LH_TIMEOUT" "$LH" "${args[@]}" >"$OUT/lighthouse-$name.log" 2>&1 || rc=$?
    # Lighthouse sometimes loses its trace on a loaded machine (NO_NAVSTART): one more try.
    if [ "$rc" != 0 ] && [ "$rc" != 124 ] && grep -q "Please run Lighthouse again" "$OUT/lighthouse-$name.log"; then
      echo "lighthouse $path: trace lost, trying once more"; continue
    fi
    break
  done
  if [ "$rc" = 124 ]; then
    fail "lighthouse $path ran past ${LH_TIMEOUT} s"; summary+=("lighthouse $label: timed out"); return
  elif [ "$rc" != 0 ]; then
    tail -5 "$OUT/lighthouse-$name.log" >&2
    fail "lighthouse $path exited with $rc"; summary+=("lighthouse $label: failed ($rc)"); return
  fi
  local line
  if line=$(node end2end/measure/lighthouse-summary.mjs "$label" "$json"); then :; else fail "lighthouse $path: see above"; fi
  echo "$line"
  summary+=("$(echo "$line" | head -1)")
}

if [ "$LIGHTHOUSE" = 1 ]; then
  echo
  echo "==> Lighthouse $("$LH" --version) (mobile; performance, accessibility; one run per page, ${LH_TIMEOUT} s each)"
  lighthouse_page "/" / "Start øvelse"

  # A started world: "Start øvelse" as a same-origin form post; its one cookie.
  world_cookie=$(curl -fsS -o /dev/null -D - -X POST --max-time 10 \
      -H 'Sec-Fetch-Site: same-origin' -H "Origin: $BASE" \
      -H 'Content-Type: application/x-www-form-urlencoded' --data '' "$BASE/ovelse/start" |
    tr -d '\r' | awk 'tolower($1) == "set-cookie:" { sub(/;.*/, "", $2); print $2 }' |
    grep demoborger | head -1) || true
  if [ -n "$world_cookie" ]; then
    lighthouse_page "/ovelse" /ovelse "Din øvelse</h1>" "$world_cookie"
  else
    fail "POST /ovelse/start set no demoborger cookie"; summary+=("lighthouse /ovelse: no world")
  fi

  # A logged-in persona (NemID: password, then a key off the card), via the browser.
  if post_cookie=$(cd end2end && node measure/session-cookie.mjs "$BASE" "Karen Jensen") && [ -n "$post_cookie" ]; then
    lighthouse_page "/post" /post "Logget på som" "$post_cookie"
  else
    fail "could not log Karen Jensen in"; summary+=("lighthouse /post: no login")
  fi
fi

echo
echo "==> summary (reports in $OUT/)"
for line in "${summary[@]}"; do echo "$line"; done
if [ "$errors" -gt 0 ]; then
  echo "$errors error(s), see above" >&2
  exit 1
fi
