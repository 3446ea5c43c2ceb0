//! Benchmark: memory per live world in the embedded store.
//!
//! `cargo run --release -p server --example world_memory [-- N]` creates N worlds (default
//! 50 000, the default cap) from the default scenario, as "Start øvelse" does, and reports
//! the growth of the process's resident memory per world. Target: ≤ 4 KiB per world.

use app::session::WorldStore;
use domain::World;
use server::scenario;
use server::store::MemoryStore;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn resident_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50_000);
    let scenario = match scenario::load(&scenario::default_dir()) {
        Ok(s) => Arc::new(s),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let store = MemoryStore::new(n, Duration::from_secs(1800), Duration::from_secs(8 * 3600));
    let before = resident_bytes();
    let started = Instant::now();
    for seed in 0..n as u64 {
        if store
            .create(
                World::new(scenario.clone(), seed, domain::Timestamp(1_795_392_000)),
                Instant::now(),
            )
            .is_err()
        {
            eprintln!("store refused world {seed}");
            std::process::exit(1);
        }
    }
    let elapsed = started.elapsed();
    let grown = resident_bytes().saturating_sub(before);
    println!(
        "{n} worlds: resident memory +{:.1} MiB, {:.0} bytes per world, created in {:.0} ms ({:.2} µs each)",
        grown as f64 / (1024.0 * 1024.0),
        grown as f64 / n as f64,
        elapsed.as_secs_f64() * 1000.0,
        elapsed.as_secs_f64() * 1e6 / n as f64,
    );
    let freed = store.expire(Instant::now() + Duration::from_secs(9 * 3600));
    println!("expired {freed} worlds; {} left", store.len());
}
