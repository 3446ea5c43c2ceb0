//! The server's integration tests in one binary: one link instead of thirteen (the cold
//! `make test` spent its time compiling, each test file linked against the whole server on
//! its own). `tests/assets.rs` stays apart: it needs a process whose asset names are its own.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

mod common;

mod access;
mod drill;
mod ending;
mod fuldmagt;
mod fuzz;
mod guide;
mod hold;
mod injection;
mod kiosk;
mod limits;
mod material;
mod metrics;
mod mitid;
mod nemid;
mod pages;
mod pair;
mod post;
mod redis;
mod redis_holds;
mod router;
