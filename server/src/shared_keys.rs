//! Short-lived keys that every app server must see the same: a Parkode and the world it
//! offers, a practice phone's pairing. One server keeps them in memory; several keep them
//! in Redis with the worlds (`RedisStore` implements this too), so a partner who types a
//! code on another server than the one that made it still finds the world.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub trait SharedKeys: Send + Sync + 'static {
    /// Sets `key` to `value` for `life` unless it is taken: `false` if it was (or the
    /// keys cannot be reached).
    fn put_new(&self, key: &str, value: &str, life: Duration) -> bool;
    /// Sets `key` to `value` for `life`, taken or not.
    fn set(&self, key: &str, value: &str, life: Duration);
    fn get(&self, key: &str) -> Option<String>;
    /// Gets and removes `key` in one step (a one-time token spent on two servers at once
    /// works for one of them only).
    fn take(&self, key: &str) -> Option<String>;
    fn remove(&self, key: &str);
    /// Takes a token from the bucket `key` (`capacity`, refilled at `per_second`) that
    /// every server shares: `Err` with the wait when empty; `None` when these keys keep no
    /// buckets (one server: its own limiter counts) or cannot be reached.
    fn take_token(
        &self,
        key: &str,
        capacity: f64,
        per_second: f64,
    ) -> Option<Result<(), Duration>> {
        let _ = (key, capacity, per_second);
        None
    }
}

/// "Start øvelse" (and guessed codes) per client address: counted in the shared keys when
/// they keep buckets (Redis: one share per address however many servers), else here.
pub struct Starts {
    local: crate::security::StartLimiter,
    keys: std::sync::Arc<dyn SharedKeys>,
    per_minute: f64,
}

impl Starts {
    pub fn new(per_minute: u32, keys: std::sync::Arc<dyn SharedKeys>) -> Self {
        Self {
            local: crate::security::StartLimiter::new(per_minute),
            keys,
            per_minute: f64::from(per_minute.max(1)),
        }
    }

    /// Takes one start for `ip`, or says how long to wait.
    pub fn check(&self, ip: &std::net::IpAddr, now: Instant) -> Result<(), Duration> {
        let key = format!("starts:{ip}");
        self.keys
            .take_token(&key, self.per_minute, self.per_minute / 60.0)
            .unwrap_or_else(|| self.local.check(ip, now))
    }
}

/// Unix milliseconds at `at` (an `Instant` the caller chose, so tests can look ahead),
/// by one fixed pairing of the two clocks per process: instants the same time apart are
/// always the same milliseconds apart.
pub fn wall_ms(at: Instant) -> i64 {
    static ANCHOR: std::sync::OnceLock<(i128, Instant)> = std::sync::OnceLock::new();
    let (unix_ns, here) = *ANCHOR.get_or_init(|| {
        let unix = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as i128);
        (unix, Instant::now())
    });
    let offset = if at >= here {
        (at - here).as_nanos() as i128
    } else {
        -((here - at).as_nanos() as i128)
    };
    i64::try_from((unix_ns + offset).div_euclid(1_000_000)).unwrap_or(i64::MAX)
}

/// The keys of one server, in its memory: at most `max`, each gone after its life.
pub struct MemoryKeys {
    map: Mutex<HashMap<String, (String, Instant)>>,
    max: usize,
}

impl MemoryKeys {
    pub fn new(max: usize) -> Self {
        Self {
            map: Mutex::new(HashMap::new()),
            max,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (String, Instant)>> {
        self.map.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Room for one more: the expired go, and when still full the one ending soonest.
    fn make_room(&self, map: &mut HashMap<String, (String, Instant)>, now: Instant) {
        if map.len() < self.max {
            return;
        }
        map.retain(|_, (_, ends)| *ends > now);
        if map.len() >= self.max
            && let Some(first) = map
                .iter()
                .min_by_key(|(_, (_, e))| *e)
                .map(|(k, _)| k.clone())
        {
            map.remove(&first);
        }
    }
}

impl SharedKeys for MemoryKeys {
    fn put_new(&self, key: &str, value: &str, life: Duration) -> bool {
        let now = Instant::now();
        let mut map = self.lock();
        if map.get(key).is_some_and(|(_, ends)| *ends > now) {
            return false;
        }
        self.make_room(&mut map, now);
        map.insert(key.to_owned(), (value.to_owned(), now + life));
        true
    }

    fn set(&self, key: &str, value: &str, life: Duration) {
        let now = Instant::now();
        let mut map = self.lock();
        if !map.contains_key(key) {
            self.make_room(&mut map, now);
        }
        map.insert(key.to_owned(), (value.to_owned(), now + life));
    }

    fn get(&self, key: &str) -> Option<String> {
        let now = Instant::now();
        self.lock()
            .get(key)
            .filter(|(_, ends)| *ends > now)
            .map(|(v, _)| v.clone())
    }

    fn take(&self, key: &str) -> Option<String> {
        let now = Instant::now();
        self.lock()
            .remove(key)
            .filter(|(_, ends)| *ends > now)
            .map(|(v, _)| v)
    }

    fn remove(&self, key: &str) {
        self.lock().remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_taken_until_its_life_ends_and_the_oldest_makes_room() {
        let k = MemoryKeys::new(2);
        assert!(k.put_new("a", "1", Duration::from_secs(60)));
        assert!(!k.put_new("a", "2", Duration::from_secs(60)), "taken");
        assert_eq!(k.get("a").as_deref(), Some("1"));
        k.set("b", "2", Duration::from_secs(30));
        k.set("c", "3", Duration::from_secs(90));
        assert_eq!(k.get("b"), None, "full: the one ending soonest made room");
        assert_eq!(k.get("a").as_deref(), Some("1"));
        k.set("gone", "x", Duration::ZERO);
        assert_eq!(k.get("gone"), None, "a key past its life is not found");
        k.set("t", "once", Duration::from_secs(60));
        assert_eq!(k.take("t").as_deref(), Some("once"));
        assert_eq!(k.take("t"), None, "taken once");
        k.remove("c");
        assert_eq!(k.get("c"), None);
    }
}
