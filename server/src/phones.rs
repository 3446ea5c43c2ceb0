//! Learners' own phones as practice phones. The MitID box's QR code carries a one-time
//! token (5 minutes, one use); opening it gives that phone a cookie of its own, valid on
//! `/telefon` only, for one persona's phone in one world. The session middleware turns
//! that cookie into the world's session for `/telefon` requests and marks them with
//! [`PairedPhone`], so the phone never reaches the world's other pages nor another
//! persona's phone.

use crate::AppState;
use crate::errors::error_response;
use crate::store::new_session_id;
use app::mitid::pairing::{
    PHONE_COOKIE as COOKIE, PairedPhone, PhonePairing, TOKEN_LIFE_SECS, phone_cookie,
};
use app::paths;
use app::session::{SessionId, SessionLookup};
use axum::Extension;
use axum::extract::{Path, State};
use axum::response::Response;
use http::StatusCode;
use http::header::SET_COOKIE;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

const TOKEN_LIFE: Duration = Duration::from_secs(TOKEN_LIFE_SECS);
/// Most tokens waiting, and most phones paired, at once (the oldest go first).
const MAX: usize = 20_000;

type Phone = (SessionId, String);

#[derive(Default)]
struct Inner {
    /// Token → the phone it pairs (world, persona), and when it was made.
    tokens: HashMap<SessionId, (Phone, Instant)>,
    /// A paired phone's cookie → world and persona, and when it was paired.
    paired: HashMap<SessionId, (Phone, Instant)>,
}

/// The tokens on offer and the phones paired.
#[derive(Default)]
pub struct Phones {
    inner: Mutex<Inner>,
}

fn drop_oldest(map: &mut HashMap<SessionId, (Phone, Instant)>) {
    if map.len() >= MAX
        && let Some(oldest) = map.iter().min_by_key(|(_, (_, t))| *t).map(|(k, _)| *k)
    {
        map.remove(&oldest);
    }
}

impl Phones {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A new token for `persona`'s phone in `world` at `now` (its older ones stop working).
    pub fn offer_at(&self, world: &SessionId, persona: &str, now: Instant) -> SessionId {
        let mut inner = self.lock();
        inner.tokens.retain(|_, ((w, p), made)| {
            !(w == world && p == persona) && now.duration_since(*made) < TOKEN_LIFE
        });
        drop_oldest(&mut inner.tokens);
        let token = new_session_id();
        inner
            .tokens
            .insert(token, ((*world, persona.to_owned()), now));
        token
    }

    /// Spends `token`: the phone it pairs, if it is fresh and unused.
    pub fn redeem(&self, token: &SessionId, now: Instant) -> Option<Phone> {
        let (phone, made) = self.lock().tokens.remove(token)?;
        (now.duration_since(made) < TOKEN_LIFE).then_some(phone)
    }

    /// Pairs a phone: the id its cookie carries.
    pub fn pair(&self, phone: Phone, now: Instant) -> SessionId {
        let mut inner = self.lock();
        drop_oldest(&mut inner.paired);
        let id = new_session_id();
        inner.paired.insert(id, (phone, now));
        id
    }

    /// The world and persona of a paired phone's cookie.
    pub fn lookup(&self, id: &SessionId) -> Option<Phone> {
        self.lock().paired.get(id).map(|(p, _)| p.clone())
    }

    /// Unpairs one phone (`Some`) or every phone of `persona` in `world`.
    pub fn unpair(&self, world: &SessionId, persona: &str, only: Option<&SessionId>) {
        let mut inner = self.lock();
        match only {
            Some(id) => {
                inner.paired.remove(id);
            }
            None => inner
                .paired
                .retain(|_, ((w, p), _)| !(w == world && p == persona)),
        }
        inner
            .tokens
            .retain(|_, ((w, p), _)| !(w == world && p == persona));
    }

    /// The world of `old` is now under `new` (a login gives a new session id).
    pub fn rekey(&self, old: &SessionId, new: &SessionId) {
        let mut inner = self.lock();
        let Inner { tokens, paired } = &mut *inner;
        for ((w, _), _) in tokens.values_mut().chain(paired.values_mut()) {
            if w == old {
                *w = *new;
            }
        }
    }
}

impl PhonePairing for Phones {
    fn offer(&self, world: &SessionId, persona: &str) -> String {
        self.offer_at(world, persona, Instant::now()).to_hex()
    }
}

fn cookie(value: &str, max_age: u64, https: bool) -> http::HeaderValue {
    let secure = if https { "; Secure" } else { "" };
    http::HeaderValue::from_str(&format!(
        "{COOKIE}={value}; Path=/telefon; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}"
    ))
    .unwrap_or_else(|_| http::HeaderValue::from_static(""))
}

/// `GET /telefon/par/<token>`: the QR code's address, opened on the learner's own phone.
pub async fn redeem(State(state): State<AppState>, Path(token): Path<String>) -> Response {
    let now = Instant::now();
    let Some((world, persona)) = SessionId::parse(&token)
        .and_then(|t| state.phones.redeem(&t, now))
        .filter(|(w, _)| state.store.time_left(w, now).is_some())
    else {
        return error_response(StatusCode::GONE);
    };
    let id = state.phones.pair((world, persona.clone()), now);
    let mut r = crate::redirect::see_other(&paths::phone(&persona));
    // As long as a world can live: a day.
    r.headers_mut().insert(
        SET_COOKIE,
        cookie(&id.to_hex(), 24 * 60 * 60, state.config.https),
    );
    r
}

/// `POST /telefon/<person>/fjern`: on the phone, it stops being a practice phone; on the
/// PC, every own phone of the persona stops.
pub async fn unpair(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    paired: Option<Extension<PairedPhone>>,
    headers: http::HeaderMap,
    Path(persona): Path<String>,
) -> Response {
    let SessionLookup::Live(world) = lookup else {
        return crate::redirect::see_other(paths::WORLD);
    };
    match paired {
        Some(Extension(PairedPhone(p))) if p == persona => {
            state
                .phones
                .unpair(&world, &persona, phone_cookie(&headers).as_ref());
            let mut r = crate::redirect::see_other(paths::WORLD);
            r.headers_mut()
                .insert(SET_COOKIE, cookie("", 0, state.config.https));
            r
        }
        Some(_) => error_response(StatusCode::NOT_FOUND),
        None => {
            state.phones.unpair(&world, &persona, None);
            crate::redirect::see_other(&format!("{}?svar=fjernet", paths::phone(&persona)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sid(n: u8) -> SessionId {
        SessionId::from_bytes([n; 16]).unwrap()
    }

    #[test]
    fn a_token_works_once_and_for_5_minutes() {
        let p = Phones::default();
        let t0 = Instant::now();
        let token = p.offer_at(&sid(1), "karen", t0);
        assert_eq!(p.redeem(&token, t0), Some((sid(1), "karen".to_owned())));
        assert_eq!(p.redeem(&token, t0), None, "used");
        let token = p.offer_at(&sid(1), "karen", t0);
        assert_eq!(p.redeem(&token, t0 + TOKEN_LIFE), None, "expired");
        // A newer token replaces the older one for the same phone.
        let old = p.offer_at(&sid(1), "karen", t0);
        let new = p.offer_at(&sid(1), "karen", t0);
        assert_eq!(p.redeem(&old, t0), None);
        assert!(p.redeem(&new, t0).is_some());
    }

    #[test]
    fn a_paired_phone_follows_its_world_and_can_be_unpaired() {
        let p = Phones::default();
        let t0 = Instant::now();
        let phone = p.pair((sid(1), "karen".to_owned()), t0);
        let other = p.pair((sid(1), "mette".to_owned()), t0);
        p.rekey(&sid(1), &sid(2));
        assert_eq!(p.lookup(&phone), Some((sid(2), "karen".to_owned())));
        p.unpair(&sid(2), "karen", None);
        assert_eq!(p.lookup(&phone), None);
        assert!(p.lookup(&other).is_some(), "another persona's phone stays");
        p.unpair(&sid(2), "mette", Some(&other));
        assert_eq!(p.lookup(&other), None);
    }
}
