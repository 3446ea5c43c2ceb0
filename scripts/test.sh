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

# Lint and build in one pass: the workspace's own crates are compiled by clippy-driver
# (rustc plus Clippy's lints, warnings denied: scripts/clippy-rustc.sh), so the release build
# that the tests run is also the lint, and the dependencies are compiled once instead of a
# second time in `cargo clippy`'s check mode (that pass cost ~4.5 of a cold run's 28 minutes
# on a slow 2-core machine). Every target `cargo clippy --all-targets` checked is compiled
# below: the wasm islands (frontend, islands), the server's libraries and binary, their unit
# and integration tests, the examples, the load tool and its tests.
export RUSTC_WORKSPACE_WRAPPER="$PWD/scripts/clippy-rustc.sh"
step "lint + release build (wasm islands, server)"
scripts/build.sh

step "unit and in-process router tests (release profile: shares the build's artefacts)"
# One test at a time: each #[tokio::test] has its own runtime, and Leptos's global task
# spawner can hand a rendering task to another test's runtime, which then never finishes
# (seen: ~1 run in 5 hung with parallel tests, 0 in 25 sequential; a single-runtime server
# under 16 concurrent clients never hung). The whole step takes a few seconds.
# --tests: the libraries' unit tests (domain, server; app has `test = false` and keeps its
# tests in app/tests/units, so the whole app crate is not compiled a second time with
# cfg(test)), app/tests/units and server/tests/integration (one binary each), not the
# examples and no doctests (there are none). The examples are compiled (and so linted)
# after, with the same features.
# The load tool apart: its HTTP client (reqwest) turns on hyper and tower features that,
# unified with the server's in one invocation, would rebuild axum, Leptos, app and server.
cargo test --locked --release -p domain -p app -p server --tests \
  -- --test-threads=1
cargo build --locked --release -p server --examples
cargo test --locked --release -p loadtest --bins
cargo build --locked --release -p loadtest --bins
unset RUSTC_WORKSPACE_WRAPPER

step "browser tests: Debian chromium-headless-shell, JS on and JS off"
(cd end2end && npx playwright test --project js-on --project js-off)

step "done: every check passed in $((SECONDS - started)) s"
