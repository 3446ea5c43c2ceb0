#!/bin/sh
# RUSTC_WORKSPACE_WRAPPER for scripts/test.sh: compiles the workspace's own crates with
# clippy-driver (rustc plus Clippy's lints), warnings denied, so one release build both
# lints them and produces the binaries the tests run. Dependencies are compiled by plain
# rustc, once, instead of a second time in `cargo clippy`'s check mode.
exec clippy-driver "$@" -D warnings
