//! Benchmark: memory per live world in the embedded store.
//!
//! `cargo run --release -p server --example world_memory [-- N [used|wrote]]` creates N
//! worlds (default 50 000, the default cap) from the default scenario, as "Start øvelse"
//! does, and reports the growth of the process's resident memory per world. `used` also
//! does in each world what the load test's learner does before writing (log in with a
//! key, open a letter, make a folder, move the letter there); `wrote` adds a message to an
//! authority (its copy, the receipt and the reply on its way). Targets (issue 20): a used
//! world ≤ 4 KiB; 50 000 used worlds < 250 MB.

use app::session::WorldStore;

use domain::World;
use server::scenario;
use server::store::MemoryStore;
use std::sync::Arc;
use std::time::{Duration, Instant};

#[path = "common/memory.rs"]
mod memory;
use memory::{heap_bytes, resident_bytes};

/// What the learner of the load test does to a world, in domain commands.
fn use_world(world: &mut World, write: bool) {
    use domain::{Command, FolderRef, LetterId, Login, MailboxAction, PersonaId, Timestamp};
    let now = Timestamp(1_795_392_060);
    let karen = PersonaId::parse("karen").unwrap_or_else(|_| unreachable!());
    let run = |w: &mut World, c: Command| {
        if let Err(r) = w.handle(&c, now) {
            eprintln!("{c:?} refused: {r}");
            std::process::exit(1);
        }
    };
    run(
        world,
        Command::SubmitPassword {
            user_id: "318204657".into(),
            password: "7913".into(),
        },
    );
    let Login::AwaitingKey { key_index, .. } = world.login().clone() else {
        unreachable!("no key step")
    };
    let key = world.key_card(&karen).keys[usize::from(key_index)]
        .key
        .clone();
    run(world, Command::SubmitKey { key });
    let letter: LetterId = world.letters_in(&karen, FolderRef::Inbox)[0]
        .letter
        .id()
        .clone();
    let mailbox = |action| Command::Mailbox {
        owner: karen.clone(),
        action,
    };
    run(
        world,
        mailbox(MailboxAction::Open {
            letter: letter.clone(),
        }),
    );
    run(
        world,
        mailbox(MailboxAction::CreateFolder {
            name: "Sundhed".into(),
        }),
    );
    run(
        world,
        mailbox(MailboxAction::Move {
            letters: vec![letter],
            to: FolderRef::Own(0),
        }),
    );
    if write {
        run(
            world,
            mailbox(MailboxAction::Write {
                to: domain::AuthorityId::parse("skattestyrelsen")
                    .unwrap_or_else(|_| unreachable!()),
                subject: "Spørgsmål om fradrag".into(),
                body: "Kan jeg få fradrag for kørsel til hospitalet?".into(),
                uploads: Vec::new(),
            }),
        );
    }
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50_000);
    let mode = std::env::args().nth(2).unwrap_or_default();
    let scenario = match scenario::load(&scenario::default_dir()) {
        Ok(s) => Arc::new(s),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let store = MemoryStore::new(n, Duration::from_secs(1800), Duration::from_secs(8 * 3600));
    let (before, heap_before) = (resident_bytes(), heap_bytes());
    let started = Instant::now();
    for seed in 0..n as u64 {
        let mut world = World::new(scenario.clone(), seed, domain::Timestamp(1_795_392_000));
        if mode == "used" || mode == "wrote" {
            use_world(&mut world, mode == "wrote");
        }
        if store.create(world, Instant::now()).is_err() {
            eprintln!("store refused world {seed}");
            std::process::exit(1);
        }
    }
    let elapsed = started.elapsed();
    let grown = resident_bytes().saturating_sub(before);
    let heap = heap_bytes().saturating_sub(heap_before);
    println!(
        "{n} {} worlds: resident memory +{:.1} MiB, {:.0} bytes per world (heap: {:.0}), created in {:.0} ms ({:.2} µs each)",
        if mode.is_empty() {
            "new"
        } else {
            mode.as_str()
        },
        grown as f64 / (1024.0 * 1024.0),
        grown as f64 / n as f64,
        heap as f64 / n as f64,
        elapsed.as_secs_f64() * 1000.0,
        elapsed.as_secs_f64() * 1e6 / n as f64,
    );
    // A world as bytes, for a store outside the process (Redis): postcard (what
    // `World::to_bytes` writes) against MessagePack, for one world like these.
    let mut world = World::new(scenario.clone(), 1, domain::Timestamp(1_795_392_000));
    if mode == "used" || mode == "wrote" {
        use_world(&mut world, mode == "wrote");
    }
    let started = Instant::now();
    let bytes = world.to_bytes();
    let encode = started.elapsed();
    let started = Instant::now();
    let back = World::from_bytes(&bytes, scenario.clone());
    let decode = started.elapsed();
    assert!(back.is_ok(), "the bytes read back");
    let rmp = rmp_serde::to_vec(&world).map_or(0, |b| b.len());
    let rmp_named = rmp_serde::to_vec_named(&world).map_or(0, |b| b.len());
    println!(
        "as bytes: postcard {} bytes (written in {:.1} µs, read in {:.1} µs); MessagePack {rmp} bytes, with field names {rmp_named}",
        bytes.len(),
        encode.as_secs_f64() * 1e6,
        decode.as_secs_f64() * 1e6,
    );
    let freed = store.expire(Instant::now() + Duration::from_secs(9 * 3600));
    println!("expired {freed} worlds; {} left", store.len());
}
