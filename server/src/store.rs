//! The embedded world store: bounded, in memory, with idle and absolute expiry. Each world
//! has a lock of its own: the map of worlds is locked only to find, add or remove one, so
//! one world's work never waits on another's, and pages read a world in place (no copy).

use app::session::{SessionId, StoreFull, WorldStore};
use domain::World;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::time::{Duration, Instant};

struct Entry {
    world: World,
    created: Instant,
    last_seen: Instant,
    /// A hold's world: no idle expiry (the hold ends it).
    pinned: bool,
}

type Shared = Arc<Mutex<Entry>>;

/// What a session id points at: a world, and whether this browser is the partner of two who
/// practise together in it ("Øv sammen"), whose seat is swapped in for its requests.
#[derive(Clone)]
struct Slot {
    shared: Shared,
    partner: bool,
}

/// Live worlds keyed by session id (two ids for a world two practise in). Admission is
/// capped; nothing live is ever evicted.
pub struct MemoryStore {
    entries: RwLock<HashMap<SessionId, Slot>>,
    /// Bytes of learners' attached files in all live worlds.
    uploads: AtomicUsize,
    max_worlds: usize,
    idle: Duration,
    absolute: Duration,
}

/// A lock that a panic elsewhere left poisoned still guards consistent data (every change
/// is a single assignment or insert/remove), so keep serving.
fn entry(shared: &Shared) -> MutexGuard<'_, Entry> {
    shared.lock().unwrap_or_else(|p| p.into_inner())
}

impl MemoryStore {
    pub fn new(max_worlds: usize, idle: Duration, absolute: Duration) -> Self {
        Self {
            entries: RwLock::new(HashMap::new()),
            uploads: AtomicUsize::new(0),
            max_worlds,
            idle,
            absolute,
        }
    }

    fn map(&self) -> std::sync::RwLockReadGuard<'_, HashMap<SessionId, Slot>> {
        self.entries.read().unwrap_or_else(|p| p.into_inner())
    }

    fn map_mut(&self) -> std::sync::RwLockWriteGuard<'_, HashMap<SessionId, Slot>> {
        self.entries.write().unwrap_or_else(|p| p.into_inner())
    }

    fn added(&self, bytes: usize) {
        self.uploads.fetch_add(bytes, Ordering::Relaxed);
    }

    /// Changes the count from `before` to `after` bytes in one step, so a reader never sees
    /// a total that is too low in between.
    fn changed(&self, before: usize, after: usize) {
        let _ = self
            .uploads
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |u| {
                Some(u.saturating_sub(before).saturating_add(after))
            });
    }

    fn removed(&self, bytes: usize) {
        // Never below zero, whatever happens.
        let _ = self
            .uploads
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |u| {
                Some(u.saturating_sub(bytes))
            });
    }

    /// Counts out the files of `shared` if no session id points at it any more (a world two
    /// practise in goes when its last id does). `shared` is out of the map already.
    fn released(&self, shared: &Shared) {
        if Arc::strong_count(shared) == 1 {
            self.removed(entry(shared).world.upload_bytes());
        }
    }

    fn is_expired(&self, entry: &Entry, now: Instant) -> bool {
        (!entry.pinned && now.saturating_duration_since(entry.last_seen) >= self.idle)
            || now.saturating_duration_since(entry.created) >= self.absolute
    }

    /// Removes `id` if it is still the world `shared` and has expired.
    fn remove_expired(&self, id: &SessionId, shared: &Shared, now: Instant) {
        let mut map = self.map_mut();
        if map.get(id).is_some_and(|s| Arc::ptr_eq(&s.shared, shared)) {
            let expired = self.is_expired(&entry(shared), now);
            if expired && let Some(slot) = map.remove(id) {
                drop(slot);
                // `shared` is the caller's copy: the last id if only it is left.
                if Arc::strong_count(shared) == 1 {
                    self.removed(entry(shared).world.upload_bytes());
                }
            }
        }
    }

    /// Runs `f` on the live entry of `id` under that world's own lock, counting as
    /// activity, with the partner's seat in use for a partner's id; an expired world is
    /// removed instead. `None` if there is none.
    fn with_live<T>(
        &self,
        id: &SessionId,
        now: Instant,
        f: impl FnOnce(&mut Entry) -> T,
    ) -> Option<T> {
        self.with_entry(id, now, true, f)
    }

    /// [`Self::with_live`], counting as activity only if `activity`.
    fn with_entry<T>(
        &self,
        id: &SessionId,
        now: Instant,
        activity: bool,
        f: impl FnOnce(&mut Entry) -> T,
    ) -> Option<T> {
        let slot = self.map().get(id)?.clone();
        let mut e = entry(&slot.shared);
        if self.is_expired(&e, now) {
            drop(e);
            self.remove_expired(id, &slot.shared, now);
            return None;
        }
        if activity {
            e.last_seen = now;
        }
        if slot.partner {
            e.world.swap_seats();
        }
        let result = f(&mut e);
        if slot.partner {
            e.world.swap_seats();
        }
        Some(result)
    }

    fn insert_fresh(map: &mut HashMap<SessionId, Slot>, slot: Slot) -> SessionId {
        let mut id = new_session_id();
        while map.contains_key(&id) {
            id = new_session_id();
        }
        map.insert(id.clone(), slot);
        id
    }

    fn fresh(world: World, created: Instant, now: Instant) -> Slot {
        Slot {
            shared: Arc::new(Mutex::new(Entry {
                world,
                created,
                last_seen: now,
                pinned: false,
            })),
            partner: false,
        }
    }

    /// Removes every expired world from `map`, counting their files out.
    fn sweep(&self, map: &mut HashMap<SessionId, Slot>, now: Instant) {
        let mut gone: Vec<Shared> = Vec::new();
        map.retain(|_, slot| {
            // A world busy right now is in use, so not expired.
            let Ok(e) = slot.shared.try_lock() else {
                return true;
            };
            let expired = self.is_expired(&e, now);
            drop(e);
            if expired {
                gone.push(slot.shared.clone());
            }
            !expired
        });
        // A world two practise in is in `gone` twice: count its files out once.
        gone.sort_by_key(|s| Arc::as_ptr(s) as usize);
        gone.dedup_by(|a, b| Arc::ptr_eq(a, b));
        for shared in &gone {
            self.released(shared);
        }
    }
}

/// 128 bits from the operating system's CSPRNG, as 32 hex digits.
pub fn new_session_id() -> SessionId {
    let mut bytes = [0u8; 16];
    if getrandom::fill(&mut bytes).is_err() {
        // Without OS randomness no safe id can be made; stop rather than hand out a guessable one.
        std::process::abort();
    }
    SessionId::from_raw(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

impl WorldStore for MemoryStore {
    fn create(&self, world: World, now: Instant) -> Result<SessionId, StoreFull> {
        let mut map = self.map_mut();
        if map.len() >= self.max_worlds {
            self.sweep(&mut map, now);
            if map.len() >= self.max_worlds {
                return Err(StoreFull);
            }
        }
        self.added(world.upload_bytes());
        Ok(Self::insert_fresh(&mut map, Self::fresh(world, now, now)))
    }

    fn touch(&self, id: &SessionId, now: Instant) -> bool {
        self.with_live(id, now, |_| ()).is_some()
    }

    fn time_left(&self, id: &SessionId, now: Instant) -> Option<Duration> {
        let slot = self.map().get(id)?.clone();
        let e = entry(&slot.shared);
        if self.is_expired(&e, now) {
            drop(e);
            self.remove_expired(id, &slot.shared, now);
            return None;
        }
        let idle = if e.pinned {
            Duration::MAX
        } else {
            self.idle
                .saturating_sub(now.saturating_duration_since(e.last_seen))
        };
        let absolute = self
            .absolute
            .saturating_sub(now.saturating_duration_since(e.created));
        Some(idle.min(absolute))
    }

    fn load(&self, id: &SessionId, now: Instant) -> Option<World> {
        self.with_live(id, now, |e| e.world.clone())
    }

    fn read(&self, id: &SessionId, now: Instant, look: &mut dyn FnMut(&mut World)) -> bool {
        self.with_live(id, now, |e| {
            let before = e.world.upload_bytes();
            look(&mut e.world);
            self.changed(before, e.world.upload_bytes());
        })
        .is_some()
    }

    fn save(&self, id: &SessionId, world: World, now: Instant) -> bool {
        self.with_live(id, now, |e| {
            self.changed(e.world.upload_bytes(), world.upload_bytes());
            e.world = world;
        })
        .is_some()
    }

    fn update(&self, id: &SessionId, now: Instant, change: &mut dyn FnMut(&mut World)) -> bool {
        self.with_live(id, now, |e| {
            let before = e.world.upload_bytes();
            change(&mut e.world);
            self.changed(before, e.world.upload_bytes());
        })
        .is_some()
    }

    fn rotate(&self, old: &SessionId, now: Instant) -> Option<SessionId> {
        self.with_live(old, now, |_| ())?;
        let mut map = self.map_mut();
        // The same world (and lock) under a new id: a request still working on it finishes
        // its change on the world the learner keeps.
        let slot = map.remove(old)?;
        Some(Self::insert_fresh(&mut map, slot))
    }

    fn replace(&self, old: &SessionId, world: World, now: Instant) -> Option<SessionId> {
        self.with_live(old, now, |_| ())?;
        let mut map = self.map_mut();
        if let Some(slot) = map.remove(old) {
            self.released(&slot.shared);
        }
        self.added(world.upload_bytes());
        // A reset starts the world's life anew; the slot is reused, so the cap holds.
        Some(Self::insert_fresh(&mut map, Self::fresh(world, now, now)))
    }

    fn delete(&self, id: &SessionId) -> bool {
        let removed = self.map_mut().remove(id);
        match removed {
            Some(slot) => {
                self.released(&slot.shared);
                true
            }
            None => false,
        }
    }

    fn expire(&self, now: Instant) -> usize {
        let mut map = self.map_mut();
        let before = map.len();
        self.sweep(&mut map, now);
        let removed = before - map.len();
        if removed > 0 && map.capacity() > 64 && map.capacity() > map.len() * 4 {
            map.shrink_to_fit();
        }
        removed
    }

    fn len(&self) -> usize {
        self.map().len()
    }

    fn upload_bytes(&self) -> usize {
        self.uploads.load(Ordering::Relaxed)
    }

    fn pin(&self, id: &SessionId, now: Instant) -> bool {
        self.with_live(id, now, |e| e.pinned = true).is_some()
    }

    fn peek(&self, id: &SessionId, now: Instant, look: &mut dyn FnMut(&World)) -> bool {
        self.with_entry(id, now, false, |e| look(&e.world))
            .is_some()
    }

    fn pair(&self, id: &SessionId, now: Instant) -> Option<SessionId> {
        let slot = self.map().get(id)?.clone();
        if slot.partner {
            return None;
        }
        let added = self.with_live(id, now, |e| e.world.add_partner())?;
        if !added {
            return None;
        }
        let mut map = self.map_mut();
        if map.len() >= self.max_worlds {
            drop(map);
            // No room for the partner's id: the world stays one learner's.
            self.with_live(id, now, |e| e.world.remove_partner());
            return None;
        }
        Some(Self::insert_fresh(
            &mut map,
            Slot {
                shared: slot.shared,
                partner: true,
            },
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn world() -> World {
        let scenario = crate::scenario::load(&crate::scenario::default_dir())
            .unwrap_or_else(|e| panic!("{e}"));
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
        use domain::{Command, Login};
        let s = store(10);
        let t = Instant::now();
        let a = s.create(world(), t).unwrap();
        let b = s.pair(&a, t).unwrap();
        assert_eq!(s.pair(&a, t), None, "two learners at most");
        assert_eq!(s.pair(&b, t), None, "a partner cannot pair again");
        // The partner logs in at her PC; the first learner is still logged out at hers.
        assert!(s.update(&b, t, &mut |w| {
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
            let _ = w.handle(&Command::AdvanceClock { minutes: 5 }, domain::Timestamp(0));
        }));
        assert_eq!(
            s.load(&b, t).unwrap().log().len(),
            s.load(&a, t).unwrap().log().len()
        );
        // The partner's login gives her a new id, still a partner's.
        let b2 = s.rotate(&b, t).unwrap();
        assert_eq!(s.pair(&b2, t), None);
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
        let ids: HashSet<String> = (0..1_000_000)
            .map(|_| new_session_id().as_str().to_owned())
            .collect();
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
}
