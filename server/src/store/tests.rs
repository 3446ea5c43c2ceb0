//! The embedded store: cap, expiry, rotation, pinning, pairs.

use super::*;
use std::collections::HashSet;

fn world() -> World {
    let scenario =
        crate::scenario::load(&crate::scenario::default_dir()).unwrap_or_else(|e| panic!("{e}"));
    World::new(
        std::sync::Arc::new(scenario),
        1,
        domain::Timestamp(1_795_392_000),
    )
}

fn store(cap: usize) -> MemoryStore {
    MemoryStore::new(
        cap,
        Duration::from_secs(30 * 60),
        Duration::from_secs(8 * 3600),
    )
}

/// Logs Karen in at the seat of session `id`: password, then the key her card asks for.
fn log_in_with_key_card(s: &MemoryStore, id: &SessionId, t: Instant) {
    use domain::{Command, Login};
    assert!(s.update(id, t, &mut |w| {
        let now = domain::Timestamp(0);
        let _ = w.handle(
            &Command::SubmitPassword {
                user_id: "318204657".into(),
                password: "7913".into(),
            },
            now,
        );
        let Login::AwaitingKey {
            persona, key_index, ..
        } = w.login().clone()
        else {
            panic!("no key step");
        };
        let key = w.key_card(&persona).keys[usize::from(key_index)]
            .key
            .clone();
        w.handle(&Command::SubmitKey { key }, now).unwrap();
    }));
}

#[test]
fn the_cap_refuses_new_worlds_and_keeps_live_ones() {
    let s = store(2);
    let t = Instant::now();
    let a = s.create(world(), t).unwrap();
    let b = s.create(world(), t).unwrap();
    assert_eq!(s.create(world(), t), Err(StoreFull));
    assert!(s.load(&a, t).is_some() && s.load(&b, t).is_some());
}

#[test]
fn an_expired_world_frees_its_slot_for_a_new_one() {
    let s = store(1);
    let t = Instant::now();
    let a = s.create(world(), t).unwrap();
    let later = t + Duration::from_secs(31 * 60);
    assert!(s.create(world(), later).is_ok());
    assert!(s.load(&a, later).is_none());
}

#[test]
fn idle_expiry_counts_from_the_last_use() {
    let s = store(10);
    let t = Instant::now();
    let a = s.create(world(), t).unwrap();
    assert!(s.touch(&a, t + Duration::from_secs(29 * 60)));
    assert!(s.touch(&a, t + Duration::from_secs(58 * 60)));
    assert!(!s.touch(&a, t + Duration::from_secs(89 * 60)));
    assert_eq!(s.len(), 0, "expiry really removes the world");
}

#[test]
fn time_left_is_the_nearer_limit_and_is_not_activity() {
    let s = store(10);
    let t = Instant::now();
    let a = s.create(world(), t).unwrap();
    assert_eq!(
        s.time_left(&a, t + Duration::from_secs(10 * 60)),
        Some(Duration::from_secs(20 * 60))
    );
    // Asking did not keep it alive: idle still counts from t.
    assert_eq!(
        s.time_left(&a, t + Duration::from_secs(25 * 60)),
        Some(Duration::from_secs(5 * 60))
    );
    assert_eq!(s.time_left(&a, t + Duration::from_secs(30 * 60)), None);
    // A busy world nears its absolute limit (60 minutes here) instead.
    let s = MemoryStore::new(10, Duration::from_secs(30 * 60), Duration::from_secs(3600));
    let b = s.create(world(), t).unwrap();
    for minute in (20..=50).step_by(20) {
        assert!(s.touch(&b, t + Duration::from_secs(minute * 60)));
    }
    assert_eq!(
        s.time_left(&b, t + Duration::from_secs(50 * 60)),
        Some(Duration::from_secs(10 * 60))
    );
}

#[test]
fn absolute_expiry_ends_even_a_busy_world() {
    let s = store(10);
    let t = Instant::now();
    let a = s.create(world(), t).unwrap();
    for minute in (10..480).step_by(10) {
        assert!(
            s.touch(&a, t + Duration::from_secs(minute * 60)),
            "minute {minute}"
        );
    }
    assert!(s.load(&a, t + Duration::from_secs(8 * 3600)).is_none());
}

#[test]
fn expire_frees_every_expired_world() {
    let s = store(100);
    let t = Instant::now();
    let keep = s.create(world(), t).unwrap();
    for _ in 0..20 {
        s.create(world(), t).unwrap();
    }
    assert!(s.touch(&keep, t + Duration::from_secs(20 * 60)));
    assert_eq!(s.expire(t + Duration::from_secs(40 * 60)), 20);
    assert_eq!(s.len(), 1);
}

#[test]
fn replace_gives_a_new_id_and_the_old_one_stops_working() {
    let s = store(1);
    let t = Instant::now();
    let old = s.create(world(), t).unwrap();
    let new = s.replace(&old, world(), t).unwrap();
    assert_ne!(old, new);
    assert!(s.load(&old, t).is_none());
    assert!(s.load(&new, t).is_some());
    assert_eq!(s.len(), 1);
    assert!(s.replace(&old, world(), t).is_none());
}

#[test]
fn rotate_moves_the_world_and_keeps_its_age() {
    // Idle expiry out of the way: this is about the absolute limit.
    let s = MemoryStore::new(
        5,
        Duration::from_secs(24 * 3600),
        Duration::from_secs(8 * 3600),
    );
    let t = Instant::now();
    let old = s.create(world(), t).unwrap();
    assert!(s.update(&old, t, &mut |w| {
        let _ = w.handle(
            &domain::Command::AdvanceClock { minutes: 5 },
            domain::Timestamp(0),
        );
    }));
    let later = t + Duration::from_secs(7 * 3600);
    let new = s.rotate(&old, later).unwrap();
    assert!(s.load(&old, later).is_none());
    assert_eq!(
        s.load(&new, later).unwrap().log().len(),
        1,
        "the same world"
    );
    assert!(
        s.load(&new, t + Duration::from_secs(8 * 3600)).is_none(),
        "absolute age kept"
    );
}

#[test]
fn a_pinned_world_outlives_its_idle_limit_but_not_its_absolute_one() {
    let s = store(10);
    let t = Instant::now();
    let a = s.create(world(), t).unwrap();
    let b = s.create(world(), t).unwrap();
    assert!(s.pin(&a, t));
    let later = t + Duration::from_secs(3 * 3600);
    assert_eq!(s.expire(later), 1, "the unpinned one idled out");
    assert!(s.load(&a, later).is_some() && s.load(&b, later).is_none());
    assert_eq!(
        s.time_left(&a, later),
        Some(Duration::from_secs(5 * 3600)),
        "only the absolute limit counts"
    );
    let new = s.rotate(&a, later).unwrap();
    assert!(
        s.load(&new, t + Duration::from_secs(7 * 3600)).is_some(),
        "pinned after a login"
    );
    assert!(s.load(&new, t + Duration::from_secs(8 * 3600)).is_none());
}

#[test]
fn a_partner_shares_the_world_with_a_seat_of_her_own_and_files_are_counted_once() {
    let s = store(10);
    let t = Instant::now();
    let a = s.create(world(), t).unwrap();
    let b = s.pair(&a, t).unwrap();
    assert_eq!(
        s.pair(&a, t),
        Err(PairRefused::TwoAlready),
        "two learners at most"
    );
    assert_eq!(
        s.pair(&b, t),
        Err(PairRefused::TwoAlready),
        "a partner cannot pair again"
    );
    // The partner logs in at her PC; the first learner is still logged out at hers.
    log_in_with_key_card(&s, &b, t);
    let (mut seen_a, mut seen_b) = (None, None);
    s.read(&a, t, &mut |w| {
        seen_a = w.logged_in().map(|p| p.id.to_string())
    });
    s.read(&b, t, &mut |w| {
        seen_b = w.logged_in().map(|p| p.id.to_string())
    });
    assert_eq!(seen_a, None, "nobody is logged in at the first PC");
    assert_eq!(seen_b.as_deref(), Some("karen"));
    // One world: what one does, the other sees.
    assert!(s.update(&a, t, &mut |w| {
        let _ = w.handle(
            &domain::Command::AdvanceClock { minutes: 5 },
            domain::Timestamp(0),
        );
    }));
    assert_eq!(
        s.load(&b, t).unwrap().log().len(),
        s.load(&a, t).unwrap().log().len()
    );
    // The partner's login gives her a new id, still a partner's.
    let b2 = s.rotate(&b, t).unwrap();
    assert_eq!(s.pair(&b2, t), Err(PairRefused::TwoAlready));
    assert!(s.delete(&a));
    assert!(
        s.load(&b2, t).is_some(),
        "the world lives while one of them is in it"
    );
    assert_eq!(s.len(), 1);
    assert_eq!(s.expire(t + Duration::from_secs(9 * 3600)), 1);
    assert_eq!(s.upload_bytes(), 0);
}

#[test]
fn when_one_of_two_leaves_the_other_has_the_world_alone_at_her_own_seat() {
    use domain::{Command, Login};
    let s = store(10);
    let t = Instant::now();
    let a = s.create(world(), t).unwrap();
    let b = s.pair(&a, t).unwrap();
    assert!(s.update(&b, t, &mut |w| {
        let _ = w.handle(
            &Command::SubmitPassword {
                user_id: "318204657".into(),
                password: "7913".into(),
            },
            domain::Timestamp(0),
        );
    }));
    let awaiting = |id: &SessionId| {
        let mut l = None;
        s.read(id, t, &mut |w| {
            l = Some(matches!(w.login(), Login::AwaitingKey { .. }))
        });
        l.unwrap()
    };
    assert!(awaiting(&b) && !awaiting(&a));
    // The first learner leaves: the partner keeps her own seat, alone.
    assert!(s.delete(&a));
    assert!(awaiting(&b), "her login step is still hers");
    assert!(!s.load(&b, t).unwrap().is_paired());
    assert!(s.pair(&b, t).is_ok(), "she can practise with someone new");
    // A reset keeps two who practise together paired, both at the start.
    let c = s.create(world(), t).unwrap();
    let d = s.pair(&c, t).unwrap();
    assert!(s.save(&d, world(), t));
    assert!(s.load(&c, t).unwrap().is_paired() && s.load(&d, t).unwrap().is_paired());
    assert_eq!(s.pair(&c, t), Err(PairRefused::TwoAlready));
}

#[test]
fn a_full_store_refuses_a_partner_as_full() {
    let s = store(1);
    let t = Instant::now();
    let a = s.create(world(), t).unwrap();
    assert_eq!(s.pair(&a, t), Err(PairRefused::StoreFull));
    assert!(!s.load(&a, t).unwrap().is_paired(), "nothing half done");
}

#[test]
fn delete_removes_and_save_then_fails() {
    let s = store(3);
    let t = Instant::now();
    let a = s.create(world(), t).unwrap();
    assert!(s.delete(&a));
    assert!(!s.delete(&a));
    assert!(!s.save(&a, world(), t));
}

#[test]
fn session_ids_are_128_bit_hex_and_do_not_collide() {
    let ids: HashSet<String> = (0..1_000_000).map(|_| new_session_id().to_hex()).collect();
    // The cookie's value reads back as the same id; anything else is no id.
    let id = new_session_id();
    assert_eq!(SessionId::parse(&id.to_hex()), Some(id));
    assert_eq!(SessionId::parse(&id.to_hex().to_uppercase()), Some(id));
    for bad in [
        "",
        "0",
        &"0".repeat(32),
        &"g".repeat(32),
        &"a".repeat(33),
        "+1234567890abcdef1234567890abcde",
    ] {
        assert_eq!(SessionId::parse(bad), None, "{bad:?}");
    }
    assert_eq!(ids.len(), 1_000_000);
    assert!(
        ids.iter()
            .all(|i| i.len() == 32 && i.bytes().all(|b| b.is_ascii_hexdigit()))
    );
}

#[test]
fn one_worlds_work_never_waits_on_anothers() {
    use std::sync::mpsc::channel;
    let s = std::sync::Arc::new(store(10));
    let t = Instant::now();
    let a = s.create(world(), t).unwrap();
    let b = s.create(world(), t).unwrap();
    let (started, is_started) = channel();
    let (release, released) = channel::<()>();
    let busy = {
        let s = s.clone();
        std::thread::spawn(move || {
            s.update(&a, t, &mut |_| {
                started.send(()).unwrap();
                // World A is busy until the test says so.
                released.recv().unwrap();
            })
        })
    };
    is_started.recv().unwrap();
    let (done, is_done) = channel();
    let other = {
        let s = s.clone();
        std::thread::spawn(move || {
            let mut seen = false;
            s.read(&b, t, &mut |_| seen = true);
            s.update(&b, t, &mut |_| ());
            done.send(seen).unwrap();
        })
    };
    let served = is_done.recv_timeout(Duration::from_secs(2));
    release.send(()).unwrap();
    busy.join().unwrap();
    other.join().unwrap();
    assert_eq!(served, Ok(true), "world B waited for world A");
}

#[test]
fn a_page_reads_its_world_once_shared_and_a_change_meanwhile_leaves_its_copy_alone() {
    let s = store(10);
    let t = Instant::now();
    let a = s.create(world(), t).unwrap();
    let first = s.snapshot(&a, t, &mut |_| {}).unwrap();
    let at = Arc::as_ptr(&first);
    drop(first);
    // Once that page is done, the next reads the store's world itself again.
    let page = s.snapshot(&a, t, &mut |_| {}).unwrap();
    assert_eq!(Arc::as_ptr(&page), at, "the world itself, not a copy");
    let seen = page.version();
    assert!(s.update(&a, t, &mut |w| {
        let _ = w.handle(
            &domain::Command::AdvanceClock { minutes: 5 },
            domain::Timestamp(0),
        );
    }));
    assert_eq!(page.version(), seen, "the page's world stays as it read it");
    assert_ne!(
        s.load(&a, t).unwrap().version(),
        seen,
        "the store has the change"
    );
    let later = s.snapshot(&a, t, &mut |_| {}).unwrap();
    assert_eq!(later.version(), s.load(&a, t).unwrap().version());
}

#[test]
fn a_partner_reads_the_world_from_her_own_seat_and_leaves_it_as_it_was() {
    let s = store(10);
    let t = Instant::now();
    let a = s.create(world(), t).unwrap();
    let b = s.pair(&a, t).unwrap();
    // The partner logs in at her PC; the first learner is still logged out at hers.
    log_in_with_key_card(&s, &b, t);
    let hers = s.snapshot(&b, t, &mut |_| {}).unwrap();
    let his = s.snapshot(&a, t, &mut |_| {}).unwrap();
    assert!(hers.logged_in().is_some(), "her page sees her seat");
    assert!(his.logged_in().is_none(), "his page sees his, swapped back");
    // Read again after both pages: the seats are where they were.
    assert!(
        s.snapshot(&b, t, &mut |_| {})
            .unwrap()
            .logged_in()
            .is_some()
    );
    assert!(
        s.snapshot(&a, t, &mut |_| {})
            .unwrap()
            .logged_in()
            .is_none()
    );
}
