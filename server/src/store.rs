//! The embedded world store: bounded, in memory, with idle and absolute expiry.

use app::session::{SessionId, StoreFull, WorldStore};
use domain::World;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

struct Entry {
    world: World,
    created: Instant,
    last_seen: Instant,
}

/// Live worlds keyed by session id. Admission is capped; nothing live is ever evicted.
pub struct MemoryStore {
    entries: Mutex<HashMap<SessionId, Entry>>,
    /// Bytes of learners' attached files in all live worlds (changed under the lock).
    uploads: AtomicUsize,
    max_worlds: usize,
    idle: Duration,
    absolute: Duration,
}

impl MemoryStore {
    pub fn new(max_worlds: usize, idle: Duration, absolute: Duration) -> Self {
        Self {
            entries: Mutex::new(HashMap::new()),
            uploads: AtomicUsize::new(0),
            max_worlds,
            idle,
            absolute,
        }
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<SessionId, Entry>> {
        // A panic elsewhere while holding the lock leaves the map itself consistent
        // (every mutation is a single insert/remove), so keep serving.
        self.entries.lock().unwrap_or_else(|p| p.into_inner())
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

    /// Removes the entries `keep` rejects, counting their files out.
    fn remove_where(
        &self,
        map: &mut HashMap<SessionId, Entry>,
        mut gone: impl FnMut(&Entry) -> bool,
    ) {
        map.retain(|_, e| {
            let remove = gone(e);
            if remove {
                self.removed(e.world.upload_bytes());
            }
            !remove
        });
    }

    fn is_expired(&self, entry: &Entry, now: Instant) -> bool {
        now.saturating_duration_since(entry.last_seen) >= self.idle
            || now.saturating_duration_since(entry.created) >= self.absolute
    }

    /// The live entry of `id`, removing it if it has expired.
    fn live<'a>(
        &self,
        map: &'a mut HashMap<SessionId, Entry>,
        id: &SessionId,
        now: Instant,
    ) -> Option<&'a mut Entry> {
        if map.get(id).is_some_and(|e| self.is_expired(e, now))
            && let Some(e) = map.remove(id)
        {
            self.removed(e.world.upload_bytes());
        }
        map.get_mut(id)
    }

    fn insert_fresh(
        map: &mut HashMap<SessionId, Entry>,
        world: World,
        created: Instant,
        now: Instant,
    ) -> SessionId {
        let mut id = new_session_id();
        while map.contains_key(&id) {
            id = new_session_id();
        }
        map.insert(
            id.clone(),
            Entry {
                world,
                created,
                last_seen: now,
            },
        );
        id
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
        let mut map = self.lock();
        if map.len() >= self.max_worlds {
            self.remove_where(&mut map, |e| self.is_expired(e, now));
            if map.len() >= self.max_worlds {
                return Err(StoreFull);
            }
        }
        self.added(world.upload_bytes());
        Ok(Self::insert_fresh(&mut map, world, now, now))
    }

    fn touch(&self, id: &SessionId, now: Instant) -> bool {
        let mut map = self.lock();
        match self.live(&mut map, id, now) {
            Some(entry) => {
                entry.last_seen = now;
                true
            }
            None => false,
        }
    }

    fn load(&self, id: &SessionId, now: Instant) -> Option<World> {
        let mut map = self.lock();
        let entry = self.live(&mut map, id, now)?;
        entry.last_seen = now;
        Some(entry.world.clone())
    }

    fn save(&self, id: &SessionId, world: World, now: Instant) -> bool {
        let mut map = self.lock();
        match self.live(&mut map, id, now) {
            Some(entry) => {
                self.changed(entry.world.upload_bytes(), world.upload_bytes());
                entry.world = world;
                entry.last_seen = now;
                true
            }
            None => false,
        }
    }

    fn update(&self, id: &SessionId, now: Instant, change: &mut dyn FnMut(&mut World)) -> bool {
        let mut map = self.lock();
        match self.live(&mut map, id, now) {
            Some(entry) => {
                let before = entry.world.upload_bytes();
                change(&mut entry.world);
                self.changed(before, entry.world.upload_bytes());
                entry.last_seen = now;
                true
            }
            None => false,
        }
    }

    fn rotate(&self, old: &SessionId, now: Instant) -> Option<SessionId> {
        let mut map = self.lock();
        self.live(&mut map, old, now)?;
        let entry = map.remove(old)?;
        Some(Self::insert_fresh(
            &mut map,
            entry.world,
            entry.created,
            now,
        ))
    }

    fn replace(&self, old: &SessionId, world: World, now: Instant) -> Option<SessionId> {
        let mut map = self.lock();
        self.live(&mut map, old, now)?;
        if let Some(e) = map.remove(old) {
            self.removed(e.world.upload_bytes());
        }
        self.added(world.upload_bytes());
        // A reset starts the world's life anew; the slot is reused, so the cap holds.
        Some(Self::insert_fresh(&mut map, world, now, now))
    }

    fn delete(&self, id: &SessionId) -> bool {
        match self.lock().remove(id) {
            Some(e) => {
                self.removed(e.world.upload_bytes());
                true
            }
            None => false,
        }
    }

    fn expire(&self, now: Instant) -> usize {
        let mut map = self.lock();
        let before = map.len();
        self.remove_where(&mut map, |e| self.is_expired(e, now));
        let removed = before - map.len();
        if removed > 0 && map.capacity() > 64 && map.capacity() > map.len() * 4 {
            map.shrink_to_fit();
        }
        removed
    }

    fn len(&self) -> usize {
        self.lock().len()
    }

    fn upload_bytes(&self) -> usize {
        self.uploads.load(Ordering::Relaxed)
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
}
