//! Worlds in Redis (`--redis-url`), so several app servers share them and a restart or a
//! deploy loses none. A world is one hash holding its bytes (`World::to_bytes`: a format
//! byte, then postcard) and a version; every write checks the version it read (a Lua
//! script, atomic in Redis) and a change that lost the race is applied again to the newer
//! world, a bounded number of times. Idle and absolute expiry are the keys' own expiry; the
//! live-world cap and the upload budget are counted in Redis, so they hold across servers.
//! The key layout is in `scripts.rs`.
//!
//! When Redis cannot be reached, a call fails fast (within [`bridge::RESPONSE_TIMEOUT`])
//! and [`WorldStore::failures`] moves on, which the server answers with a friendly 503
//! instead of the page (`unavailable` in lib.rs): never as if the world had ended, so the
//! learner's cookie and world survive the outage.

mod bridge;
mod classes;
mod keys;
mod materials;
mod scripts;

use app::session::{SessionId, StoreFull};
use domain::file_bytes::SetAside;
use domain::{Scenario, World};
use redis::RedisResult;
use scripts::Scripts;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How often a change is applied again after another server wrote the world first. Between
/// tries a random pause that doubles (0.1–0.2 ms, then up to 13–26 ms), so two writers racing
/// in step fall out of step; enough tries that a writer in a tight loop on the same world
/// (a stress test; a learner clicks far slower) cannot starve the other: the loser waits at
/// most about half a second in all.
const RETRIES: usize = 32;
/// After a failed call, calls fail at once for this long (Redis is down: pages answer 503
/// at once instead of each waiting for the timeout).
const BACK_OFF_MS: u64 = 300;

pub struct RedisStore {
    bridge: bridge::Bridge,
    scripts: Arc<Scripts>,
    prefix: String,
    max_worlds: usize,
    idle: Duration,
    absolute: Duration,
    scenario: Arc<Scenario>,
    /// Holds' own material, built once here: a world made from one is tagged with its
    /// digest, so any server reads it back with the right scenario.
    materials: materials::Materials,
    max_holds: usize,
    failures: AtomicU64,
    down_until: AtomicU64,
}

/// A world as read: where it is, which version, and the world with the caller's seat.
struct Loaded {
    wid: String,
    partner: bool,
    version: String,
    bytes: Vec<u8>,
    world: World,
    /// When it ends if unused (Unix ms).
    ends: Option<u64>,
}

/// One script call's arguments after the common four.
type Args = Vec<Vec<u8>>;

fn arg(s: impl ToString) -> Vec<u8> {
    s.to_string().into_bytes()
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

fn ms(d: Duration) -> u64 {
    d.as_millis().min(i64::MAX as u128) as u64
}

/// A script's last arguments for a world's files: every id it names (comma separated: the
/// store drops any other file of the world), then each new file's id and bytes.
fn file_args(files: SetAside) -> Args {
    let ids: Vec<String> = files.ids.iter().map(u64::to_string).collect();
    let mut args = vec![arg(ids.join(","))];
    for (id, data) in files.files {
        args.push(arg(id));
        args.push(data.to_vec());
    }
    args
}

/// The pause after the `attempt`th write that lost the race (from 0).
pub(super) fn after_conflict(attempt: usize) {
    let mut byte = [0u8; 1];
    let _ = getrandom::fill(&mut byte);
    let base = 100u64 << attempt.min(7);
    let jitter = base * u64::from(byte[0]) / 255;
    bridge::pause(Duration::from_micros(base + jitter));
}

/// A fresh random id (128 bits, hex) for a world.
fn new_world_id() -> String {
    super::new_session_id().to_hex()
}

impl RedisStore {
    /// A store on the Redis at `url` (`redis://host:port/db`), keys prefixed by `prefix`.
    /// Connects on first use.
    pub fn new(
        url: &str,
        prefix: &str,
        scenario: Arc<Scenario>,
        (max_worlds, max_holds): (usize, usize),
        idle: Duration,
        absolute: Duration,
    ) -> Result<Self, String> {
        Ok(Self {
            bridge: bridge::Bridge::new(url)?,
            scripts: Arc::new(Scripts::new()),
            prefix: prefix.to_owned(),
            max_worlds,
            idle,
            absolute,
            materials: materials::Materials::new(scenario.clone()),
            max_holds,
            scenario,
            failures: AtomicU64::new(0),
            down_until: AtomicU64::new(0),
        })
    }

    /// Whether Redis answers (for the server's start).
    pub fn ping(&self) -> Result<(), String> {
        let mut conn = self.bridge.conn.clone();
        self.bridge
            .run(async move { redis::cmd("PING").query_async::<String>(&mut conn).await })
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

    /// Runs `work` (a call to Redis, given the time now) unless Redis failed a moment ago;
    /// a failure is counted (the request is answered 503) and `None`.
    fn guarded<T, F>(&self, work: impl FnOnce(u64) -> F) -> Option<T>
    where
        T: Send + 'static,
        F: std::future::Future<Output = RedisResult<T>> + Send + 'static,
    {
        let now = now_ms();
        if now < self.down_until.load(Ordering::Relaxed) {
            crate::unavailable::note_failure();
            self.failures.fetch_add(1, Ordering::Relaxed);
            return None;
        }
        match self.bridge.run(work(now)) {
            Ok(v) => Some(v),
            Err(e) => {
                self.failed(&e.to_string());
                None
            }
        }
    }

    fn call<T>(&self, pick: fn(&Scripts) -> &redis::Script, args: Args) -> Option<T>
    where
        T: redis::FromRedisValue + Send + 'static,
    {
        let scripts = self.scripts.clone();
        let mut conn = self.bridge.conn.clone();
        let (prefix, absolute, idle) = (arg(&self.prefix), ms(self.absolute), ms(self.idle));
        self.guarded(move |now| async move {
            let common = [prefix, arg(now), arg(absolute), arg(idle)];
            let script = pick(&scripts);
            let mut call = script.prepare_invoke();
            for a in common.iter().chain(args.iter()) {
                call.arg(a.as_slice());
            }
            call.invoke_async(&mut conn).await
        })
    }

    fn failed(&self, why: &str) {
        crate::unavailable::note_failure();
        self.failures.fetch_add(1, Ordering::Relaxed);
        self.down_until
            .store(now_ms() + BACK_OFF_MS, Ordering::Relaxed);
        tracing::warn!(why, "the world store (Redis) did not answer");
    }

    /// The tag under which a world's scenario is found again: empty for the server's own,
    /// `m:<digest>` for a hold's material, `?` for one unknown here (read back as gone).
    fn tag(&self, world: &World) -> String {
        let scenario = world.shared_scenario();
        if Arc::ptr_eq(scenario, &self.scenario) {
            return String::new();
        }
        match self.materials.digest_of(scenario) {
            Some(digest) => format!("m:{digest}"),
            None => {
                tracing::warn!("a world of a scenario this server did not build");
                "?".to_owned()
            }
        }
    }

    fn scenario_of(&self, tag: &str) -> Option<Arc<Scenario>> {
        if tag.is_empty() {
            return Some(self.scenario.clone());
        }
        self.material_scenario(tag.strip_prefix("m:")?)
    }

    /// The world of `id`: `Err` if Redis failed, `Ok(None)` if the session is gone.
    fn load_entry(&self, id: &SessionId, activity: bool) -> Result<Option<Loaded>, ()> {
        type Row = Option<(String, String, String, Vec<u8>, String, String)>;
        let row: Row = self
            .call(|s| &s.load, vec![arg(id.to_hex()), arg(u8::from(activity))])
            .ok_or(())?;
        let Some((wid, partner, version, bytes, tag, ends)) = row else {
            return Ok(None);
        };
        let Some(scenario) = self.scenario_of(&tag) else {
            tracing::warn!("a world whose hold's material is gone");
            return Ok(None);
        };
        let mut world = match World::from_bytes(&bytes, scenario) {
            Ok(w) => w,
            Err(e) => {
                // Written by another version of the server: for this one it has ended.
                tracing::warn!(error = %e, "a world in Redis could not be read");
                return Ok(None);
            }
        };
        let partner = partner == "1";
        if partner {
            world.swap_seats();
        }
        Ok(Some(Loaded {
            wid,
            partner,
            version,
            bytes,
            world,
            ends: ends.parse().ok(),
        }))
    }

    /// The bytes to store for `loaded`'s world (in the owner's seat), its files apart.
    fn bytes_of(loaded: &mut Loaded) -> (Vec<u8>, SetAside) {
        if loaded.partner {
            loaded.world.swap_seats();
        }
        let out = loaded.world.to_bytes_without_files();
        if loaded.partner {
            loaded.world.swap_seats();
        }
        out
    }

    /// Reads the world of `id`, lets `change` change it and writes it back if it changed,
    /// again on a newer world if another server wrote first. `None` if gone (or failed).
    fn change(
        &self,
        id: &SessionId,
        activity: bool,
        change: &mut dyn FnMut(&mut World),
    ) -> Option<()> {
        for attempt in 0..RETRIES {
            let mut loaded = self.load_entry(id, activity).ok()??;
            change(&mut loaded.world);
            let (bytes, files) = Self::bytes_of(&mut loaded);
            if bytes == loaded.bytes {
                return Some(());
            }
            let uploads = loaded.world.upload_bytes();
            let mut args = vec![arg(&loaded.wid), arg(&loaded.version), bytes, arg(uploads)];
            args.extend(file_args(files));
            let written: i64 = self.call(|s| &s.save, args)?;
            match written {
                1 => return Some(()),
                0 => after_conflict(attempt),
                _ => return None,
            }
        }
        self.failed("a world kept changing under this server");
        None
    }

    fn create_at(&self, world: World, max: usize) -> Result<SessionId, StoreFull> {
        let id = super::new_session_id();
        let (bytes, files) = world.to_bytes_without_files();
        let mut args = vec![
            arg(new_world_id()),
            arg(id.to_hex()),
            bytes,
            arg(world.upload_bytes()),
            arg(self.tag(&world)),
            arg(max),
        ];
        args.extend(file_args(files));
        match self.call::<i64>(|s| &s.create, args) {
            Some(1) => Ok(id),
            // Full, or Redis is down (`failures` has moved: the page says which).
            _ => Err(StoreFull),
        }
    }

    fn set_idle(&self, id: &SessionId, idle_ms: i64) -> bool {
        self.call::<i64>(|s| &s.set_idle, vec![arg(id.to_hex()), arg(idle_ms)]) == Some(1)
    }
}

mod world_store;
