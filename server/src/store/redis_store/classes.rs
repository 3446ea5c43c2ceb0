//! Holds in Redis, so a class works across app servers: the teacher's board on one, her
//! learners on any. A hold is read, changed and written back with the same version check
//! as a world (scripts `hold_*`); its material and draft are kept as their sources and
//! built once per server ([`super::materials`]). The board already refreshes by itself (every
//! 5 seconds, or its island), so every server's board shows what any server changed.

use super::{RedisStore, arg};
use app::session::{BoardKey, ClassDirectory, Seated, SessionId};
use domain::Timestamp;
use domain::class::{Class, ClassRefusal, HoldCode};
use std::sync::Arc;

/// A hold and its index keys live at most this long (holds end after 8 hours anyway).
const LIFE_MS: u64 = (domain::class::model::MAX_AGE_SECS as u64 + 3600) * 1000;
/// How long an ended hold's code still answers "Holdet er afsluttet".
const ENDED_MS: u64 = domain::class::model::MAX_AGE_SECS as u64 * 1000;

struct LoadedClass {
    version: String,
    class: Class,
    bytes: Vec<u8>,
    sources: (String, String),
}

fn source(m: &Option<Arc<domain::material::Material>>) -> String {
    m.as_ref().map_or_else(String::new, |m| m.source.clone())
}

impl RedisStore {
    fn hold_key(&self, key: &BoardKey) -> String {
        format!("{}h:{}", self.prefix, key.as_str())
    }

    fn member_key(&self, session: &SessionId) -> String {
        format!("{}hm:{}", self.prefix, session.to_hex())
    }

    fn material_key(&self, digest: &str) -> String {
        format!("{}mat:{digest}", self.prefix)
    }

    /// A material's source where every server finds it by digest (for worlds made from it).
    fn publish(&self, material: &Option<Arc<domain::material::Material>>) {
        if let Some(m) = material {
            let digest = self.materials.adopt(m);
            let mut cmd = redis::cmd("SET");
            cmd.arg(self.material_key(&digest))
                .arg(&m.source)
                .arg("PX")
                .arg(LIFE_MS);
            let _ = self.key_cmd::<Option<String>>(cmd);
        }
    }

    /// The source of the material `digest` names, built here (for a world of a hold made
    /// on another server).
    pub(super) fn material_scenario(&self, digest: &str) -> Option<Arc<domain::Scenario>> {
        if let Some(s) = self.materials.scenario_of(digest) {
            return Some(s);
        }
        let mut cmd = redis::cmd("GET");
        cmd.arg(self.material_key(digest));
        let source = self.key_cmd::<Option<String>>(cmd).flatten()?;
        self.materials.build(&source).map(|m| m.scenario.clone())
    }

    fn load_class(&self, key: &BoardKey) -> Option<LoadedClass> {
        let mut cmd = redis::cmd("HMGET");
        cmd.arg(self.hold_key(key)).arg(&["v", "b", "m", "d"]);
        type Row = (
            Option<String>,
            Option<Vec<u8>>,
            Option<String>,
            Option<String>,
        );
        let (version, bytes, m, d): Row = self.key_cmd(cmd)?;
        let (version, bytes) = (version?, bytes?);
        let mut class = Class::from_bytes(&bytes)?;
        let (m, d) = (m.unwrap_or_default(), d.unwrap_or_default());
        let build = |s: &str| (!s.is_empty()).then(|| self.materials.build(s)).flatten();
        class.material = build(&m);
        class.draft = build(&d);
        Some(LoadedClass {
            version,
            class,
            bytes,
            sources: (m, d),
        })
    }

    /// Reads the hold of `key`, lets `f` change it and writes it back if it changed (again
    /// on a newer hold if another server wrote first). `None` if there is none.
    fn change_class<T>(&self, key: &BoardKey, mut f: impl FnMut(&mut Class) -> T) -> Option<T> {
        for attempt in 0..super::RETRIES {
            let mut loaded = self.load_class(key)?;
            let out = f(&mut loaded.class);
            let bytes = loaded.class.to_bytes();
            let sources = (source(&loaded.class.material), source(&loaded.class.draft));
            if bytes == loaded.bytes && sources == loaded.sources {
                return Some(out);
            }
            self.publish(&loaded.class.material);
            self.publish(&loaded.class.draft);
            let args = vec![
                arg(key.as_str()),
                arg(&loaded.version),
                bytes,
                sources.0.into_bytes(),
                sources.1.into_bytes(),
            ];
            match self.call::<i64>(|s| &s.hold_save, args)? {
                1 => return Some(out),
                0 => super::after_conflict(attempt),
                _ => return None,
            }
        }
        self.failed("a hold kept changing under this server");
        None
    }

    fn set_member(&self, session: &SessionId, code: &HoldCode, seat: u16) {
        let mut cmd = redis::cmd("SET");
        cmd.arg(self.member_key(session))
            .arg(format!("{}:{seat}", code.as_str()))
            .arg("PX")
            .arg(LIFE_MS);
        let _ = self.key_cmd::<Option<String>>(cmd);
    }

    fn forget_member(&self, session: &SessionId) {
        let mut cmd = redis::cmd("DEL");
        cmd.arg(self.member_key(session));
        let _ = self.key_cmd::<i64>(cmd);
    }

    fn code_key(&self, code: &HoldCode) -> String {
        format!("{}hc:{}", self.prefix, code.as_str())
    }

    fn exists(&self, key: String) -> bool {
        let mut cmd = redis::cmd("EXISTS");
        cmd.arg(key);
        self.key_cmd::<i64>(cmd) == Some(1)
    }
}

impl ClassDirectory for RedisStore {
    fn create(
        &self,
        mut class: Class,
        creator: std::net::IpAddr,
    ) -> Result<BoardKey, ClassRefusal> {
        let key = crate::classes::new_board_key();
        self.publish(&class.material);
        self.publish(&class.draft);
        for _ in 0..8 {
            let args = vec![
                arg(key.as_str()),
                arg(class.code.as_str()),
                class.to_bytes(),
                source(&class.material).into_bytes(),
                source(&class.draft).into_bytes(),
                arg(creator),
                arg(self.max_holds),
                arg(crate::classes::MAX_PER_ADDRESS),
                arg(LIFE_MS),
            ];
            match self.call::<i64>(|s| &s.hold_create, args) {
                Some(1) => return Ok(key),
                Some(0) => class.code = crate::classes::new_code(),
                Some(-2) => return Err(ClassRefusal::TooManyFromAddress),
                _ => return Err(ClassRefusal::TooManyHolds),
            }
        }
        Err(ClassRefusal::TooManyHolds)
    }

    fn with_class(&self, key: &BoardKey, f: &mut dyn FnMut(&mut Class)) -> bool {
        self.change_class(key, |c| f(c)).is_some()
    }

    fn find(&self, code: &HoldCode) -> Result<BoardKey, ClassRefusal> {
        let mut cmd = redis::cmd("GET");
        cmd.arg(self.code_key(code));
        match self.key_cmd::<Option<String>>(cmd).flatten() {
            Some(key) => BoardKey::parse(&key).ok_or(ClassRefusal::CodeUnknown),
            None if self.has_ended(code) => Err(ClassRefusal::Ended),
            None => Err(ClassRefusal::CodeUnknown),
        }
    }

    fn member_of(&self, session: &SessionId) -> Option<(BoardKey, u16)> {
        let mut cmd = redis::cmd("GET");
        cmd.arg(self.member_key(session));
        let value = self.key_cmd::<Option<String>>(cmd).flatten()?;
        let (code, seat) = value.split_once(':')?;
        let key = self.find(&HoldCode::parse(code)?).ok()?;
        Some((key, seat.parse().ok()?))
    }

    fn seat_world(
        &self,
        key: &BoardKey,
        seat: u16,
        session: &SessionId,
        expected: Option<SessionId>,
    ) -> Seated {
        let done = self.change_class(key, |class| {
            let taken = class.take_seat(
                seat,
                session.world_ref(),
                expected.map(SessionId::world_ref),
            );
            (taken, class.code)
        });
        match done {
            None | Some((Err(None), _)) => Seated::Ended,
            Some((Err(Some(first)), _)) => Seated::Taken(SessionId::from_world_ref(first)),
            Some((Ok(old), code)) => {
                if let Some(old) = old {
                    self.forget_member(&SessionId::from_world_ref(old));
                }
                self.set_member(session, &code, seat);
                Seated::Done
            }
        }
    }

    fn rekey(&self, old: &SessionId, new: &SessionId) -> bool {
        let Some((key, seat)) = self.member_of(old) else {
            return false;
        };
        let moved = self.change_class(&key, |class| {
            let code = class.code;
            class.member_mut(seat).map(|m| {
                m.world = Some(new.world_ref());
                code
            })
        });
        let Some(Some(code)) = moved else {
            return false;
        };
        self.forget_member(old);
        self.set_member(new, &code, seat);
        true
    }

    fn end(&self, key: &BoardKey) -> Vec<SessionId> {
        let Some(loaded) = self.load_class(key) else {
            return Vec::new();
        };
        let worlds: Vec<SessionId> = loaded
            .class
            .members
            .iter()
            .filter_map(|m| m.world.map(SessionId::from_world_ref))
            .collect();
        if self.call::<i64>(|s| &s.hold_end, vec![arg(key.as_str()), arg(ENDED_MS)]) != Some(1) {
            return Vec::new();
        }
        for w in &worlds {
            self.forget_member(w);
        }
        worlds
    }

    fn expire(
        &self,
        now: Timestamp,
        last_action: &dyn Fn(&SessionId) -> Option<Timestamp>,
    ) -> Vec<SessionId> {
        let mut cmd = redis::cmd("SMEMBERS");
        cmd.arg(format!("{}holds", self.prefix));
        let keys: Vec<String> = self.key_cmd(cmd).unwrap_or_default();
        let mut ended = Vec::new();
        let failures = self.failures.load(std::sync::atomic::Ordering::Relaxed);
        for key in keys.iter().filter_map(|k| BoardKey::parse(k)) {
            // A world that could not be read is no proof of an idle hold: stop.
            if self.failures.load(std::sync::atomic::Ordering::Relaxed) != failures {
                break;
            }
            let over = match self.load_class(&key) {
                Some(l) => {
                    let last = l
                        .class
                        .members
                        .iter()
                        .filter_map(|m| last_action(&SessionId::from_world_ref(m.world?)))
                        .max()
                        .unwrap_or(l.class.created);
                    let read = self.failures.load(std::sync::atomic::Ordering::Relaxed) == failures;
                    read && l.class.is_over(now, last)
                }
                // Its keys expired: only the set still names it.
                None => true,
            };
            if over {
                ended.extend(self.end(&key));
                let mut cmd = redis::cmd("SREM");
                cmd.arg(format!("{}holds", self.prefix)).arg(key.as_str());
                let _ = self.key_cmd::<i64>(cmd);
            }
        }
        ended
    }

    fn has_ended(&self, code: &HoldCode) -> bool {
        self.exists(format!("{}he:{}", self.prefix, code.as_str()))
    }

    fn len(&self) -> usize {
        let mut cmd = redis::cmd("SCARD");
        cmd.arg(format!("{}holds", self.prefix));
        self.key_cmd(cmd).unwrap_or(0)
    }
}
