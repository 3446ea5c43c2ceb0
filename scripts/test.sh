#!/usr/bin/env bash
# Every check and test, from a fresh machine: setup, format, lint, unit and router tests,
# the release build, and the Playwright suite (JS on and off) against the release server.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
started=$SECONDS
step() { echo; echo "==> $* (at $((SECONDS - started)) s)"; }

step "setup"
scripts/setup.sh --test

step "format"
cargo fmt --all --check

step "code shape: no file over 400 lines without its tests, no import circle"
python3 scripts/structure.py

step "lint (server side and browser side)"
cargo clippy --locked -p domain -p islands -p app -p server -p loadtest --all-targets -- -D warnings
cargo clippy --locked -p frontend --target wasm32-unknown-unknown -- -D warnings

step "release build"
scripts/build.sh

step "unit and in-process router tests (release profile: shares the build's artefacts)"
# One test at a time: each #[tokio::test] has its own runtime, and Leptos's global task
# spawner can hand a rendering task to another test's runtime, which then never finishes
# (seen: ~1 run in 5 hung with parallel tests, 0 in 25 sequential; a single-runtime server
# under 16 concurrent clients never hung). The whole step takes a few seconds.
# --tests: the libraries' unit tests (domain, server; app has `test = false` and keeps its
# tests in app/tests/units, so the whole app crate is not compiled a second time with
# cfg(test)), app/tests/units and server/tests/integration (one binary each), not the
# examples (clippy checks them) and no doctests (there are none).
# The load tool apart: its HTTP client (reqwest) turns on hyper and tower features that,
# unified with the server's in one invocation, would rebuild axum, Leptos, app and server.
# (Checked with `--message-format=json`: this step adds only test harnesses and test-only
# crates to what scripts/build.sh compiled.)
cargo test --locked --release -p domain -p app -p server --tests -- --test-threads=1
cargo test --locked --release -p loadtest --bins

step "browser tests: Debian chromium-headless-shell, JS on and JS off"
(cd end2end && npx playwright test --project js-on --project js-off)

step "done: every check passed in $((SECONDS - started)) s"
