//! What the store keeps per world (`Entry`) and per session id (`Slot`), and the seat
//! swap of a partner's request ("Øv sammen").

use domain::World;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

pub(super) struct Entry {
    /// Shared with the pages reading it (`WorldStore::snapshot`), changed copy-on-write.
    pub(super) world: Arc<World>,
    pub(super) created: Instant,
    pub(super) last_seen: Instant,
    /// Its own idle limit instead of the store's: `Duration::MAX` for a hold's world (no
    /// idle expiry: the hold ends it), a short one in a library's kiosk.
    pub(super) idle: Option<Duration>,
    /// Session ids pointing at this world: 2 while two practise in it. Counted under the
    /// map's lock; the world (and its files) goes with the last.
    pub(super) ids: u8,
}

/// Puts a partner's seat in use for the life of a request, and back when it ends, panic or
/// not (a lock recovered after a panic must not serve the seats swapped).
pub(super) struct SeatInUse<'a> {
    pub(super) entry: &'a mut Entry,
    pub(super) partner: bool,
}

impl<'a> SeatInUse<'a> {
    pub(super) fn new(entry: &'a mut Entry, partner: bool) -> Self {
        if partner {
            Arc::make_mut(&mut entry.world).swap_seats();
        }
        Self { entry, partner }
    }
}

impl Drop for SeatInUse<'_> {
    fn drop(&mut self) {
        if self.partner {
            Arc::make_mut(&mut self.entry.world).swap_seats();
        }
    }
}

pub(super) type Shared = Arc<Mutex<Entry>>;

/// What a session id points at: a world, and whether this browser is the partner of two who
/// practise together in it ("Øv sammen"), whose seat is swapped in for its requests.
#[derive(Clone)]
pub(super) struct Slot {
    pub(super) shared: Shared,
    pub(super) partner: bool,
}

/// A lock that a panic elsewhere left poisoned still guards consistent data (every change
/// is a single assignment or insert/remove), so keep serving.
pub(super) fn entry(shared: &Shared) -> MutexGuard<'_, Entry> {
    shared.lock().unwrap_or_else(|p| p.into_inner())
}
