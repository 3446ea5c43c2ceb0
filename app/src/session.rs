//! The app's view of sessions and worlds (server side only). The app knows the
//! [`WorldStore`] trait, never which backend implements it.

use domain::World;
use std::sync::Arc;
use std::time::Instant;

/// An opaque session id: 128 random bits, hex-encoded. Never logged, never in a URL.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SessionId(String);

impl SessionId {
    /// Wraps a value the store created or the cookie carried; it is only ever compared.
    pub fn from_raw(raw: String) -> Self {
        Self(raw)
    }

    pub fn as_str(&self) -> &str {
        &self.0
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
    fn is_empty(&self) -> bool {
        self.len() == 0
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
    let parts = leptos::prelude::use_context::<http::request::Parts>()?;
    parts
        .headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|h| h.to_str().ok())
        .flat_map(|h| h.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == remember_cookie_name(false) || *k == remember_cookie_name(true))
        .map(|(_, v)| v.to_owned())
        .filter(|v| rememberable(v))
}

/// The store, as the app finds it in the Leptos context.
#[derive(Clone)]
pub struct Store(pub Arc<dyn WorldStore>);

/// The session of the current request, from the extensions the middleware filled in.
pub fn current_session() -> SessionLookup {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<SessionLookup>().cloned())
        .unwrap_or(SessionLookup::None)
}
