//! The app's view of sessions and worlds (server side only). The app knows the
//! [`WorldStore`] trait, never which backend implements it.

use domain::World;
use std::sync::Arc;
use std::time::Instant;

/// An opaque session id: 128 random bits, never 0, written as 32 hex digits in the cookie.
/// Never logged, never in a URL. Kept as the bits (16 bytes, no allocation): a hold's
/// directory and the store hold many.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionId(domain::class::WorldRef);

impl SessionId {
    /// The id of 16 random bytes; `None` for the all-zero value (never a session).
    pub fn from_bytes(bytes: [u8; 16]) -> Option<Self> {
        domain::class::WorldRef::new(u128::from_be_bytes(bytes)).map(Self)
    }

    /// The id a cookie carries: exactly 32 hex digits, any case.
    pub fn parse(hex: &str) -> Option<Self> {
        if hex.len() != 32 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u128::from_str_radix(hex, 16)
            .ok()
            .and_then(domain::class::WorldRef::new)
            .map(Self)
    }

    /// The 32 hex digits the cookie carries.
    pub fn to_hex(self) -> String {
        format!("{:032x}", self.0.get())
    }

    /// The handle a hold keeps for the learner's world.
    pub fn world_ref(self) -> domain::class::WorldRef {
        self.0
    }

    pub fn from_world_ref(world: domain::class::WorldRef) -> Self {
        Self(world)
    }
}

impl std::fmt::Debug for SessionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionId(…)")
    }
}

/// What the session middleware found for this request, put in the request extensions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionLookup {
    /// No session cookie.
    None,
    /// A cookie for no live world: expired, ended or forged. Never adopted.
    Unknown,
    /// A cookie for a live world.
    Live(SessionId),
}

/// Why [`WorldStore::pair`] refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairRefused {
    /// The session is gone (expired, ended).
    Gone,
    /// The world has two learners already (or the id is a partner's).
    TwoAlready,
    /// Every place for a session is taken.
    StoreFull,
}

/// The store refused to create a world because the cap on live worlds is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoreFull;

/// Where worlds live between requests.
pub trait WorldStore: Send + Sync + 'static {
    /// Stores a new world under a fresh session id, or refuses when full. Never evicts a
    /// live world to make room.
    fn create(&self, world: World, now: Instant) -> Result<SessionId, StoreFull>;
    /// Whether `id` has a live world, counting as activity.
    fn touch(&self, id: &SessionId, now: Instant) -> bool;
    /// How long the world of `id` lives if nobody uses it: the nearer of its idle and
    /// absolute limits. Not counting as activity (the warning before a world ends must not
    /// keep it alive). `None` if unknown or expired.
    fn time_left(&self, id: &SessionId, now: Instant) -> Option<std::time::Duration>;
    /// The live world of `id`, counting as activity. `None` if unknown or expired.
    fn load(&self, id: &SessionId, now: Instant) -> Option<World>;
    /// Lets `look` at the live world of `id` in place, under that world's own lock (no
    /// copy), counting as activity. `look` may let due events arrive (an authority's
    /// answer); nothing else changes a world on a read. `false` if the session is gone.
    fn read(&self, id: &SessionId, now: Instant, look: &mut dyn FnMut(&mut World)) -> bool;
    /// The live world of `id` for one request to read as often as it likes (issue 20: one
    /// read of the world per request): `prepare` runs on it in place first (answers that
    /// have arrived are delivered). A store that keeps its worlds shared hands out the
    /// world itself (the in-memory store); this default reads it once and keeps a copy
    /// (a store outside the process has made one anyway, loading it).
    fn snapshot(
        &self,
        id: &SessionId,
        now: Instant,
        prepare: &mut dyn FnMut(&mut World),
    ) -> Option<std::sync::Arc<World>> {
        let mut out = None;
        self.read(id, now, &mut |world| {
            prepare(world);
            out = Some(std::sync::Arc::new(world.clone()));
        });
        out
    }
    /// Replaces the world of a live session. `false` if the session is gone.
    fn save(&self, id: &SessionId, world: World, now: Instant) -> bool;
    /// Changes the world of a live session in place, atomically. `false` if it is gone.
    fn update(&self, id: &SessionId, now: Instant, change: &mut dyn FnMut(&mut World)) -> bool;
    /// Moves a live world to a new session id (at login); the old id stops working and the
    /// world's age is kept. `None` if the session is gone.
    fn rotate(&self, old: &SessionId, now: Instant) -> Option<SessionId>;
    /// Puts a fresh world under a new id and removes the old one (reset, login rotation).
    /// `None` if the old session is gone.
    fn replace(&self, old: &SessionId, world: World, now: Instant) -> Option<SessionId>;
    /// Deletes a world. `false` if it was not there.
    fn delete(&self, id: &SessionId) -> bool;
    /// Frees every world past its idle or absolute limit; returns how many.
    fn expire(&self, now: Instant) -> usize;
    /// Number of live worlds held.
    fn len(&self) -> usize;
    /// Bytes of files learners attached, in all live worlds (for the upload budget).
    fn upload_bytes(&self) -> usize;
    /// Keeps the world of `id` alive however long it goes unused (a hold's learner, whose
    /// teacher may talk for half an hour): only its absolute limit, or its hold's end,
    /// ends it. `false` if the session is gone.
    fn pin(&self, id: &SessionId, now: Instant) -> bool;
    /// Gives the world of `id` an idle limit of its own (a library's kiosk: a short one, so
    /// the next person never finds it). `false` if the session is gone.
    fn limit_idle(&self, id: &SessionId, idle: std::time::Duration, now: Instant) -> bool;
    /// "Øv sammen": a second session id for the world of `id`, for a partner at another PC
    /// with a seat of her own (who is logged in there), or why not.
    fn pair(&self, id: &SessionId, now: Instant) -> Result<SessionId, PairRefused>;
    /// Lets `look` at the live world of `id` without counting as activity (a page's
    /// background check whether its world changed). `false` if the session is gone.
    fn peek(&self, id: &SessionId, now: Instant, look: &mut dyn FnMut(&World)) -> bool;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// How many calls have failed so far because the store could not be reached (a store
    /// in another process: Redis). A request during which it moves is answered with a
    /// friendly 503, never as if the world had ended. The in-memory store never fails.
    fn failures(&self) -> u64 {
        0
    }
    /// The bytes of a file attached in the world of `id`, for a store that keeps files
    /// apart from the world (a world read from it names its files without their bytes:
    /// `FileBytes::data` is `None`). The in-memory store keeps them in the world.
    fn file(&self, id: &SessionId, file: u64) -> Option<std::sync::Arc<[u8]>> {
        let _ = (id, file);
        None
    }
}

/// How long worlds live, as the server is configured (for the landing page's promise and the
/// warning before a world ends).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lifetime {
    pub idle: std::time::Duration,
    pub absolute: std::time::Duration,
}

/// The cookie in which the browser remembers a bruger-id ("Husk bruger-id"), as the real
/// NemID box did; it ends with the browser session, like the world's.
pub fn remember_cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-demoborger-bruger"
    } else {
        "demoborger-bruger"
    }
}

/// A bruger-id fit to remember: 1–20 letters or digits, not like a real CPR number.
pub fn rememberable(id: &str) -> bool {
    (1..=20).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_alphanumeric())
        && !domain::nemid::looks_like_real_cpr(id)
}

/// The bruger-id this browser remembers, if any (from the request being rendered).
pub fn remembered_user_id() -> Option<String> {
    request_cookie(remember_cookie_name(false), remember_cookie_name(true))
        .filter(|v| rememberable(v))
}

/// The value of cookie `plain` or `https` (its two spellings) in the request being rendered.
pub fn request_cookie(plain: &str, https: &str) -> Option<String> {
    // Borrowed, not cloned: the request's head is read on every page (issue 20).
    leptos::prelude::with_context::<http::request::Parts, _>(|parts| {
        cookie_in(&parts.headers, &[plain, https])
    })
    .flatten()
}

/// The value of the first cookie called one of `names` in `headers`.
pub fn cookie_in(headers: &http::HeaderMap, names: &[&str]) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|h| h.to_str().ok())
        .flat_map(|h| h.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| names.contains(k))
        .map(|(_, v)| v.to_owned())
}

/// The store, as the app finds it in the Leptos context.
#[derive(Clone)]
pub struct Store(pub Arc<dyn WorldStore>);

/// The session of the current request, from the extensions the middleware filled in.
pub fn current_session() -> SessionLookup {
    leptos::prelude::with_context::<http::request::Parts, _>(|parts| {
        parts.extensions.get::<SessionLookup>().cloned()
    })
    .flatten()
    .unwrap_or(SessionLookup::None)
}

/// A teacher's key to a hold's board: 128 random bits, hex-encoded. It is the board's
/// address (a capability: whoever has it may run the hold) and the teacher's cookie.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct BoardKey(Arc<str>);

impl BoardKey {
    /// A key as typed in an address or a cookie: 32 hex digits, else `None`.
    pub fn parse(raw: &str) -> Option<Self> {
        (raw.len() == 32 && raw.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| Self(Arc::from(raw.to_ascii_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for BoardKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BoardKey(…)")
    }
}

/// Where holds live between requests (server side). The learners' worlds are in the
/// [`WorldStore`]; a hold knows each learner's world by its session id.
pub trait ClassDirectory: Send + Sync + 'static {
    /// Keeps a new hold made from address `creator`; its board key, or why not (the server
    /// holds all it may, or that address has made its share).
    fn create(
        &self,
        class: domain::class::Class,
        creator: std::net::IpAddr,
    ) -> Result<BoardKey, domain::class::ClassRefusal>;
    /// Runs `f` on the live hold of `key` (ended holds are gone). `false` if none.
    fn with_class(&self, key: &BoardKey, f: &mut dyn FnMut(&mut domain::class::Class)) -> bool;
    /// The hold a learner joins with `code`, or why not ("findes ikke", "afsluttet").
    fn find(&self, code: &domain::class::HoldCode)
    -> Result<BoardKey, domain::class::ClassRefusal>;
    /// The hold and seat whose world `session` is.
    fn member_of(&self, session: &SessionId) -> Option<(BoardKey, u16)>;
    /// The world of `seat` in hold `key` becomes that of `session`, if the seat still has
    /// the world `expected` (its id, or `None` for none): two browsers joining with one name at
    /// once get one world between them.
    fn seat_world(
        &self,
        key: &BoardKey,
        seat: u16,
        session: &SessionId,
        expected: Option<SessionId>,
    ) -> Seated;
    /// A learner's world moved from `old` to `new` (a login gives a new session id);
    /// `false` if `old` was no hold's learner.
    fn rekey(&self, old: &SessionId, new: &SessionId) -> bool;
    /// Ends the hold of `key`: the learners' worlds, for the caller to end.
    fn end(&self, key: &BoardKey) -> Vec<SessionId>;
    /// Ends the holds over by `now` (8 hours, or an idle hour: `last_action` reads a
    /// learner's world); their learners' worlds, for the caller to end.
    fn expire(
        &self,
        now: domain::Timestamp,
        last_action: &dyn Fn(&SessionId) -> Option<domain::Timestamp>,
    ) -> Vec<SessionId>;
    /// Whether `code` named a hold that has ended (for "Holdet er afsluttet").
    fn has_ended(&self, code: &domain::class::HoldCode) -> bool;
    /// Live holds.
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What [`ClassDirectory::seat_world`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seated {
    Done,
    /// The hold has ended meanwhile.
    Ended,
    /// Another browser seated its world first: this one.
    Taken(SessionId),
}

/// The holds, as the app finds them in the Leptos context.
#[derive(Clone)]
pub struct Classes(pub Arc<dyn ClassDirectory>);

/// Whether the site is served over HTTPS (for addresses the pages print, like the join
/// address under the QR code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Https(pub bool);
