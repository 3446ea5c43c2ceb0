//! The store's interface over the scripts: the same behaviour as the in-memory store,
//! except that time is the wall clock (shared by every server), not the caller's `now`.

use super::{Loaded, RedisStore, arg, now_ms};
use app::session::{PairRefused, SessionId, StoreFull, WorldStore};
use domain::World;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

impl WorldStore for RedisStore {
    fn create(&self, world: World, _now: Instant) -> Result<SessionId, StoreFull> {
        self.create_at(world, self.max_worlds)
    }

    fn touch(&self, id: &SessionId, _now: Instant) -> bool {
        matches!(self.load_entry(id, true), Ok(Some(_)))
    }

    fn time_left(&self, id: &SessionId, _now: Instant) -> Option<Duration> {
        let loaded = self.load_entry(id, false).ok()??;
        let ends = loaded.ends?;
        Some(Duration::from_millis(ends.saturating_sub(now_ms())))
    }

    fn load(&self, id: &SessionId, _now: Instant) -> Option<World> {
        self.load_entry(id, true).ok()?.map(|l| l.world)
    }

    fn read(&self, id: &SessionId, _now: Instant, look: &mut dyn FnMut(&mut World)) -> bool {
        self.change(id, true, look).is_some()
    }

    fn save(&self, id: &SessionId, world: World, _now: Instant) -> bool {
        let mut world = Some(world);
        self.change(id, true, &mut |w| {
            // Two who practise together stay together in the new world, each at her seat.
            let paired = w.is_paired();
            if let Some(new) = world.take() {
                *w = new;
            }
            if paired && !w.is_paired() {
                w.add_partner();
            }
        })
        .is_some()
    }

    fn update(&self, id: &SessionId, _now: Instant, change: &mut dyn FnMut(&mut World)) -> bool {
        self.change(id, true, change).is_some()
    }

    fn rotate(&self, old: &SessionId, _now: Instant) -> Option<SessionId> {
        let new = super::super::new_session_id();
        let moved: i64 = self.call(|s| &s.rotate, vec![arg(old.to_hex()), arg(new.to_hex())])?;
        (moved == 1).then_some(new)
    }

    fn replace(&self, old: &SessionId, world: World, _now: Instant) -> Option<SessionId> {
        if !self.delete(old) {
            return None;
        }
        // A reset reuses the place of the world it replaces, so the cap never refuses it.
        self.create_at(world, usize::MAX).ok()
    }

    fn delete(&self, id: &SessionId) -> bool {
        for attempt in 0..super::RETRIES {
            let Ok(Some(loaded)) = self.load_entry(id, false) else {
                return false;
            };
            let Loaded {
                mut world, version, ..
            } = loaded;
            // Left alone, the other learner keeps the world in the owner's seat.
            // (From the partner's seat back to the owner's, or the partner into it.)
            if world.is_paired() {
                world.swap_seats();
            }
            world.remove_partner();
            let left: i64 = match self.call(
                |s| &s.leave,
                vec![
                    arg(id.to_hex()),
                    arg(&version),
                    world.to_bytes_without_files().0,
                ],
            ) {
                Some(v) => v,
                None => return false,
            };
            match left {
                -1 => super::after_conflict(attempt),
                n => return n == 1,
            }
        }
        false
    }

    fn expire(&self, _now: Instant) -> usize {
        self.call::<usize>(|s| &s.sweep, vec![arg(10_000)])
            .unwrap_or(0)
    }

    fn len(&self) -> usize {
        self.call::<(usize, usize)>(|s| &s.counts, vec![])
            .map_or(0, |(n, _)| n)
    }

    fn upload_bytes(&self) -> usize {
        // Unknown while Redis is down: count the budget as spent (no upload is taken).
        self.call::<(usize, usize)>(|s| &s.counts, vec![])
            .map_or(usize::MAX, |(_, u)| u)
    }

    fn pin(&self, id: &SessionId, _now: Instant) -> bool {
        self.set_idle(id, -1)
    }

    fn limit_idle(&self, id: &SessionId, idle: Duration, _now: Instant) -> bool {
        self.set_idle(id, super::ms(idle) as i64)
    }

    fn pair(&self, id: &SessionId, _now: Instant) -> Result<SessionId, PairRefused> {
        for attempt in 0..super::RETRIES {
            let mut loaded = match self.load_entry(id, true) {
                Ok(Some(l)) => l,
                Ok(None) => return Err(PairRefused::Gone),
                Err(()) => return Err(PairRefused::StoreFull),
            };
            if loaded.partner || !loaded.world.add_partner() {
                return Err(PairRefused::TwoAlready);
            }
            let new = super::super::new_session_id();
            let (bytes, _) = Self::bytes_of(&mut loaded);
            let args = vec![
                arg(&loaded.wid),
                arg(&loaded.version),
                bytes,
                arg(new.to_hex()),
                arg(self.max_worlds),
            ];
            match self.call::<i64>(|s| &s.pair, args) {
                Some(1) => return Ok(new),
                Some(0) => super::after_conflict(attempt),
                Some(-1) => return Err(PairRefused::Gone),
                _ => return Err(PairRefused::StoreFull),
            }
        }
        Err(PairRefused::StoreFull)
    }

    fn peek(&self, id: &SessionId, _now: Instant, look: &mut dyn FnMut(&World)) -> bool {
        match self.load_entry(id, false) {
            Ok(Some(loaded)) => {
                look(&loaded.world);
                true
            }
            _ => false,
        }
    }

    fn file(&self, id: &SessionId, file: u64) -> Option<std::sync::Arc<[u8]>> {
        let bytes: Option<Vec<u8>> = self.call(|s| &s.file, vec![arg(id.to_hex()), arg(file)])?;
        bytes.map(std::sync::Arc::from)
    }

    fn failures(&self) -> u64 {
        self.failures.load(Ordering::Relaxed)
    }
}
