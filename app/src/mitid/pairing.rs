//! A learner's own phone as the persona's practice phone: the MitID box shows a QR code of
//! a one-time address (5 minutes, one use) that gives that phone a cookie for this
//! persona's phone in this world only — never the world's other pages, never another
//! persona. The server keeps the tokens (`server/src/phones.rs`); the app asks for one
//! through [`Pairing`].

use crate::session::{SessionId, SessionLookup, current_session};
use leptos::prelude::use_context;
use std::sync::Arc;

/// The cookie of a learner's own phone paired as a practice phone (on `/telefon` only).
pub const PHONE_COOKIE: &str = "demoborger_telefon";

/// The paired phone's id in a request's cookies, if any.
pub fn phone_cookie(headers: &http::HeaderMap) -> Option<SessionId> {
    crate::session::cookie_in(headers, &[PHONE_COOKIE]).and_then(|v| SessionId::parse(&v))
}

/// How long a QR code's address works.
pub const TOKEN_LIFE_SECS: u64 = 5 * 60;

/// Makes the one-time addresses (the server's phone registry).
pub trait PhonePairing: Send + Sync {
    /// A new token for `persona`'s phone in the world of `world`; older tokens for the same
    /// phone stop working.
    fn offer(&self, world: &SessionId, persona: &str) -> String;
}

/// The registry, as the app finds it in the Leptos context.
#[derive(Clone)]
pub struct Pairing(pub Arc<dyn PhonePairing>);

/// Put in the request extensions by the session middleware when the request comes from a
/// paired phone: the persona whose phone it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairedPhone(pub String);

/// The persona of the paired phone this request comes from, if it does.
pub fn paired_phone() -> Option<String> {
    use_context::<http::request::Parts>()
        .and_then(|p| p.extensions.get::<PairedPhone>().cloned())
        .map(|p| p.0)
}

/// The address a phone opens to pair, with a fresh token, for `persona` in this request's
/// world (`None` without a world or a registry, and never for a paired phone itself).
pub fn pair_address(persona: &str) -> Option<String> {
    if paired_phone().is_some() {
        return None;
    }
    let SessionLookup::Live(world) = current_session() else {
        return None;
    };
    let token = use_context::<Pairing>()?.0.offer(&world, persona);
    let base = crate::class::board::join_address("x");
    let base = base.split("/hold/").next().unwrap_or_default();
    Some(format!("{base}{}", crate::paths::phone_pair(&token)))
}
