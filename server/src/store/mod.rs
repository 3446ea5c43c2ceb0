//! The embedded world store: bounded, in memory, with idle and absolute expiry. Each world
//! has a lock of its own: the map of worlds is locked only to find, add or remove one, so
//! one world's work never waits on another's, and pages read a world in place (no copy).

use app::session::{PairRefused, SessionId, StoreFull, WorldStore};
use domain::World;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

mod redis_store;
mod select;
mod slot;

pub use redis_store::RedisStore;
pub use select::from_config;

use slot::{Entry, SeatInUse, Shared, Slot, entry};

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

    /// One session id of a world is gone (`slot`, out of `map` already; the map's lock is
    /// held). With its last id the world goes and its files are counted out; a world two
    /// practised in becomes the remaining learner's alone, her seat its only one.
    fn unlink(&self, map: &mut HashMap<SessionId, Slot>, slot: &Slot) {
        let mut e = entry(&slot.shared);
        e.ids = e.ids.saturating_sub(1);
        if e.ids == 0 {
            self.removed(e.world.upload_bytes());
            return;
        }
        if !slot.partner {
            Arc::make_mut(&mut e.world).swap_seats();
            if let Some(other) = map
                .values_mut()
                .find(|s| Arc::ptr_eq(&s.shared, &slot.shared))
            {
                other.partner = false;
            }
        }
        Arc::make_mut(&mut e.world).remove_partner();
    }

    fn is_expired(&self, entry: &Entry, now: Instant) -> bool {
        now.saturating_duration_since(entry.last_seen) >= entry.idle.unwrap_or(self.idle)
            || now.saturating_duration_since(entry.created) >= self.absolute
    }

    /// Removes `id` if it is still the world `shared` and has expired.
    fn remove_expired(&self, id: &SessionId, shared: &Shared, now: Instant) {
        let mut map = self.map_mut();
        if map.get(id).is_some_and(|s| Arc::ptr_eq(&s.shared, shared)) {
            let expired = self.is_expired(&entry(shared), now);
            if expired && let Some(slot) = map.remove(id) {
                self.unlink(&mut map, &slot);
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
        let seat = SeatInUse::new(&mut e, slot.partner);
        Some(f(seat.entry))
    }

    fn insert_fresh(map: &mut HashMap<SessionId, Slot>, slot: Slot) -> SessionId {
        let mut id = new_session_id();
        while map.contains_key(&id) {
            id = new_session_id();
        }
        map.insert(id, slot);
        id
    }

    fn fresh(world: World, created: Instant, now: Instant) -> Slot {
        Slot {
            shared: Arc::new(Mutex::new(Entry {
                world: Arc::new(world),
                created,
                last_seen: now,
                idle: None,
                ids: 1,
            })),
            partner: false,
        }
    }

    /// Removes every expired world from `map`, counting their files out.
    fn sweep(&self, map: &mut HashMap<SessionId, Slot>, now: Instant) {
        map.retain(|_, slot| {
            // A world busy right now is in use, so not expired.
            let Ok(mut e) = slot.shared.try_lock() else {
                return true;
            };
            let expired = self.is_expired(&e, now);
            if expired {
                // Every id of a world expires with it; its files go with the last.
                e.ids = e.ids.saturating_sub(1);
                if e.ids == 0 {
                    self.removed(e.world.upload_bytes());
                }
            }
            !expired
        });
    }
}

/// 128 bits from the operating system's CSPRNG.
pub fn new_session_id() -> SessionId {
    loop {
        let mut bytes = [0u8; 16];
        if getrandom::fill(&mut bytes).is_err() {
            // Without OS randomness no safe id can be made; stop rather than hand out a
            // guessable one.
            std::process::abort();
        }
        // All zero is no id (1 in 2^128).
        if let Some(id) = SessionId::from_bytes(bytes) {
            return id;
        }
    }
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
        let idle = e
            .idle
            .unwrap_or(self.idle)
            .saturating_sub(now.saturating_duration_since(e.last_seen));
        let absolute = self
            .absolute
            .saturating_sub(now.saturating_duration_since(e.created));
        Some(idle.min(absolute))
    }

    fn load(&self, id: &SessionId, now: Instant) -> Option<World> {
        self.with_live(id, now, |e| World::clone(&e.world))
    }

    fn read(&self, id: &SessionId, now: Instant, look: &mut dyn FnMut(&mut World)) -> bool {
        self.with_live(id, now, |e| {
            let before = e.world.upload_bytes();
            look(Arc::make_mut(&mut e.world));
            self.changed(before, e.world.upload_bytes());
        })
        .is_some()
    }

    /// The world shared, not copied: the page holds it while the store goes on (a change
    /// meanwhile copies the world for itself, `Arc::make_mut`; a partner's swapped seat
    /// too, when it is swapped back).
    fn snapshot(
        &self,
        id: &SessionId,
        now: Instant,
        prepare: &mut dyn FnMut(&mut World),
    ) -> Option<Arc<World>> {
        self.with_live(id, now, |e| {
            let before = e.world.upload_bytes();
            prepare(Arc::make_mut(&mut e.world));
            self.changed(before, e.world.upload_bytes());
            Arc::clone(&e.world)
        })
    }

    fn save(&self, id: &SessionId, world: World, now: Instant) -> bool {
        self.with_live(id, now, |e| {
            self.changed(e.world.upload_bytes(), world.upload_bytes());
            // Two who practise together stay together in the new world, each at her seat.
            let paired = e.world.is_paired();
            e.world = Arc::new(world);
            if paired {
                Arc::make_mut(&mut e.world).add_partner();
            }
        })
        .is_some()
    }

    fn update(&self, id: &SessionId, now: Instant, change: &mut dyn FnMut(&mut World)) -> bool {
        self.with_live(id, now, |e| {
            let before = e.world.upload_bytes();
            change(Arc::make_mut(&mut e.world));
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
            self.unlink(&mut map, &slot);
        }
        self.added(world.upload_bytes());
        // A reset starts the world's life anew; the slot is reused, so the cap holds.
        Some(Self::insert_fresh(&mut map, Self::fresh(world, now, now)))
    }

    fn delete(&self, id: &SessionId) -> bool {
        let mut map = self.map_mut();
        match map.remove(id) {
            Some(slot) => {
                self.unlink(&mut map, &slot);
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
        self.with_live(id, now, |e| e.idle = Some(Duration::MAX))
            .is_some()
    }

    fn limit_idle(&self, id: &SessionId, idle: Duration, now: Instant) -> bool {
        self.with_live(id, now, |e| e.idle = Some(idle)).is_some()
    }

    fn peek(&self, id: &SessionId, now: Instant, look: &mut dyn FnMut(&World)) -> bool {
        self.with_entry(id, now, false, |e| look(&e.world))
            .is_some()
    }

    fn pair(&self, id: &SessionId, now: Instant) -> Result<SessionId, PairRefused> {
        let mut map = self.map_mut();
        if map.len() >= self.max_worlds {
            self.sweep(&mut map, now);
            if map.len() >= self.max_worlds {
                return Err(PairRefused::StoreFull);
            }
        }
        let slot = map.get(id).ok_or(PairRefused::Gone)?.clone();
        if slot.partner {
            return Err(PairRefused::TwoAlready);
        }
        {
            let mut e = entry(&slot.shared);
            if self.is_expired(&e, now) {
                return Err(PairRefused::Gone);
            }
            if !Arc::make_mut(&mut e.world).add_partner() {
                return Err(PairRefused::TwoAlready);
            }
            e.ids = e.ids.saturating_add(1);
            e.last_seen = now;
        }
        Ok(Self::insert_fresh(
            &mut map,
            Slot {
                shared: slot.shared,
                partner: true,
            },
        ))
    }
}

#[cfg(test)]
mod tests;
