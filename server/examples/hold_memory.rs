//! Benchmark: memory of holds held at once, against the same learners practising alone.
//!
//! `cargo run --release -p server --example hold_memory [-- HOLDS LEARNERS]` (default 50
//! holds × 31 learners: 30 and one spare). It first makes HOLDS × LEARNERS worlds for the
//! same exercise as learners alone would get them ("alone"), then as many again through
//! holds: a hold per HOLDS with its learners joined, each world seeded from its seat, pinned
//! in the store and seated in the hold directory ("holds"). It reports the growth of the
//! process's resident memory for each, per world, and what the holds cost beyond their
//! worlds, per hold. Target (issue 12): the per-world figure plus a few KB per hold.

use app::session::{ClassDirectory, WorldStore};

use domain::World;
use domain::class::{Class, ClassPlan, HoldCode, Joined, MemberName};
use server::classes::MemoryClasses;
use server::scenario;
use server::store::MemoryStore;
use std::sync::Arc;
use std::time::{Duration, Instant};

#[path = "common/memory.rs"]
mod memory;
use memory::{heap_bytes, resident_bytes};

fn main() {
    let arg = |n: usize, default: usize| {
        std::env::args()
            .nth(n)
            .and_then(|a| a.parse().ok())
            .unwrap_or(default)
    };
    let (holds, learners) = (arg(1, 50), arg(2, 31));
    let scenario = match scenario::load(&scenario::default_dir()) {
        Ok(s) => Arc::new(s),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let exercise = scenario
        .exercises
        .iter()
        .position(|e| e.id == "post-mappe-sundhed")
        .unwrap_or(0);
    let now = domain::Timestamp(1_795_392_000);
    let worlds = holds * learners;
    // Each way gets a store of its own, so both pay for the same growth of the store's map.
    let new_store = || {
        MemoryStore::new(
            worlds,
            Duration::from_secs(7200),
            Duration::from_secs(8 * 3600),
        )
    };
    let store = new_store();

    let (before, heap_before) = (resident_bytes(), heap_bytes());
    for seed in 0..worlds as u64 {
        let world = World::for_exercise(scenario.clone(), seed, now, exercise, "da")
            .unwrap_or_else(|e| panic!("{e}"));
        if store.create(world, Instant::now()).is_err() {
            std::process::exit(1);
        }
    }
    let alone = resident_bytes().saturating_sub(before);
    let alone_heap = heap_bytes().saturating_sub(heap_before);

    let alone_store = store;
    let store = new_store();
    let classes = MemoryClasses::new(holds);
    let (before, heap_before) = (resident_bytes(), heap_bytes());
    for h in 0..holds {
        let plan = ClassPlan::new(
            &format!("Hold {h}"),
            vec![exercise],
            "da",
            0,
            scenario.exercises.len(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let mut code = [0u8; 6];
        for (i, b) in code.iter_mut().enumerate() {
            *b = ((h * 7 + i * 13) % 251) as u8;
        }
        let class = Class::new(plan, HoldCode::from_random(code), h as u64, now);
        let ip = std::net::IpAddr::V4(std::net::Ipv4Addr::new(
            10,
            0,
            (h / 250) as u8,
            (h % 250) as u8,
        ));
        let key = classes.create(class, ip).unwrap_or_else(|e| panic!("{e}"));
        for l in 0..learners {
            let name =
                MemberName::parse(&format!("Deltager {l}")).unwrap_or_else(|e| panic!("{e}"));
            let mut seated = None;
            classes.with_class(&key, &mut |c| {
                if let Ok(Joined::New(seat)) = c.join(name.clone(), None) {
                    seated = Some((seat, c.clone()));
                }
            });
            let Some((seat, class)) = seated else {
                std::process::exit(1);
            };
            let world = app::class::data::seat_world(scenario.clone(), &class, seat, now)
                .unwrap_or_else(|e| panic!("{e}"));
            let Ok(id) = store.create(world, Instant::now()) else {
                std::process::exit(1);
            };
            store.pin(&id, Instant::now());
            classes.seat_world(&key, seat, &id, None);
        }
    }
    let in_holds = resident_bytes().saturating_sub(before);
    let holds_heap = heap_bytes().saturating_sub(heap_before);
    let per_world = alone as f64 / worlds as f64;
    println!(
        "{worlds} worlds alone: +{:.2} MiB ({per_world:.0} B each); in {holds} holds × {learners}: +{:.2} MiB ({:.0} B each); holds beyond their worlds: {:.0} B per hold",
        alone as f64 / 1048576.0,
        in_holds as f64 / 1048576.0,
        in_holds as f64 / worlds as f64,
        (in_holds as f64 - alone as f64) / holds as f64,
    );
    println!(
        "heap (bytes held, exact): {:.0} B per world alone, {:.0} B per world in holds; holds beyond their worlds: {:.0} B per hold",
        alone_heap as f64 / worlds as f64,
        holds_heap as f64 / worlds as f64,
        (holds_heap as f64 - alone_heap as f64) / holds as f64,
    );
    println!(
        "{} worlds alone, {} in holds, {} holds live",
        alone_store.len(),
        store.len(),
        classes.len()
    );
}
