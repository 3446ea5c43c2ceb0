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

/// Live worlds keyed by session id. Admission is capped; nothing live is ever evicted.
pub struct MemoryStore {
    entries: RwLock<HashMap<SessionId, Shared>>,
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

    fn map(&self) -> std::sync::RwLockReadGuard<'_, HashMap<SessionId, Shared>> {
        self.entries.read().unwrap_or_else(|p| p.into_inner())
    }

    fn map_mut(&self) -> std::sync::RwLockWriteGuard<'_, HashMap<SessionId, Shared>> {
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

    fn is_expired(&self, entry: &Entry, now: Instant) -> bool {
        (!entry.pinned && now.saturating_duration_since(entry.last_seen) >= self.idle)
            || now.saturating_duration_since(entry.created) >= self.absolute
    }

    /// Removes `id` if it is still the world `shared` and has expired.
    fn remove_expired(&self, id: &SessionId, shared: &Shared, now: Instant) {
        let mut map = self.map_mut();
        if map.get(id).is_some_and(|s| Arc::ptr_eq(s, shared)) {
            let e = entry(shared);
            if self.is_expired(&e, now) {
                self.removed(e.world.upload_bytes());
                drop(e);
                map.remove(id);
            }
        }
    }

    /// Runs `f` on the live entry of `id` under that world's own lock, counting as
    /// activity; an expired world is removed instead. `None` if there is none.
    fn with_live<T>(
        &self,
        id: &SessionId,
        now: Instant,
        f: impl FnOnce(&mut Entry) -> T,
    ) -> Option<T> {
        let shared = self.map().get(id)?.clone();
        let mut e = entry(&shared);
        if self.is_expired(&e, now) {
            drop(e);
            self.remove_expired(id, &shared, now);
            return None;
        }
        e.last_seen = now;
        Some(f(&mut e))
    }

    fn insert_fresh(map: &mut HashMap<SessionId, Shared>, shared: Shared) -> SessionId {
        let mut id = new_session_id();
        while map.contains_key(&id) {
            id = new_session_id();
        }
        map.insert(id.clone(), shared);
        id
    }

    fn fresh(world: World, created: Instant, now: Instant) -> Shared {
        Arc::new(Mutex::new(Entry {
            world,
            created,
            last_seen: now,
            pinned: false,
        }))
    }

    /// Removes every expired world from `map`, counting their files out.
    fn sweep(&self, map: &mut HashMap<SessionId, Shared>, now: Instant) {
        map.retain(|_, shared| {
            // A world busy right now is in use, so not expired.
            let Ok(e) = shared.try_lock() else {
                return true;
            };
            let gone = self.is_expired(&e, now);
            if gone {
                self.removed(e.world.upload_bytes());
            }
            !gone
        });
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
        let shared = self.map().get(id)?.clone();
        let e = entry(&shared);
        if self.is_expired(&e, now) {
            drop(e);
            self.remove_expired(id, &shared, now);
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
        let shared = map.remove(old)?;
        Some(Self::insert_fresh(&mut map, shared))
    }

    fn replace(&self, old: &SessionId, world: World, now: Instant) -> Option<SessionId> {
        self.with_live(old, now, |_| ())?;
        let mut map = self.map_mut();
        if let Some(shared) = map.remove(old) {
            self.removed(entry(&shared).world.upload_bytes());
        }
        self.added(world.upload_bytes());
        // A reset starts the world's life anew; the slot is reused, so the cap holds.
        Some(Self::insert_fresh(&mut map, Self::fresh(world, now, now)))
    }

    fn delete(&self, id: &SessionId) -> bool {
        let removed = self.map_mut().remove(id);
        match removed {
            Some(shared) => {
                self.removed(entry(&shared).world.upload_bytes());
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
