//! Learners' own phones as practice phones. The MitID box's QR code carries a one-time
//! token (5 minutes, one use); opening it gives that phone a cookie of its own, valid on
//! `/telefon` only, for one persona's phone in one world. The session middleware turns
//! that cookie into the world's session for `/telefon` requests and marks them with
//! [`PairedPhone`], so the phone never reaches the world's other pages nor another
//! persona's phone.

use crate::AppState;
use crate::errors::error_response;
use crate::shared_keys::{SharedKeys, wall_ms};
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
use std::sync::Arc;
use std::time::{Duration, Instant};

const TOKEN_LIFE: Duration = Duration::from_secs(TOKEN_LIFE_SECS);
/// How long a paired phone is remembered: as long as a world can live, a day.
const PHONE_LIFE: Duration = Duration::from_secs(24 * 60 * 60);

type Phone = (SessionId, String);

/// The tokens on offer and the phones paired, in the keys every app server shares:
/// `phonetoken:<token>` → world, persona and when it was made; `phone:<cookie id>` → world
/// and persona; `phonesof:<world>` → the world's tokens and phones (to unpair a persona's
/// phones, and to follow the world to its new session id at a login).
pub struct Phones {
    keys: Arc<dyn SharedKeys>,
}

/// One entry of a world's list: persona, `t` (token) or `p` (phone), and its id.
type Entry = (String, char, SessionId);

fn parse_list(value: &str) -> Vec<Entry> {
    value
        .split(';')
        .filter_map(|e| {
            let mut parts = e.split('|');
            let persona = parts.next()?.to_owned();
            let kind = parts.next()?.chars().next()?;
            let id = SessionId::parse(parts.next()?)?;
            Some((persona, kind, id))
        })
        .collect()
}

fn key_of(kind: char, id: &SessionId) -> String {
    if kind == 't' {
        format!("phonetoken:{}", id.to_hex())
    } else {
        format!("phone:{}", id.to_hex())
    }
}

/// `<world>|<persona>[|<made, unix ms>]`.
fn parse_phone(value: &str) -> Option<(Phone, Option<i64>)> {
    let mut parts = value.split('|');
    let world = SessionId::parse(parts.next()?)?;
    let persona = parts.next()?.to_owned();
    Some(((world, persona), parts.next().and_then(|m| m.parse().ok())))
}

impl Phones {
    pub fn new(keys: Arc<dyn SharedKeys>) -> Self {
        Self { keys }
    }

    fn list(&self, world: &SessionId) -> Vec<Entry> {
        self.keys
            .get(&format!("phonesof:{}", world.to_hex()))
            .map(|v| parse_list(&v))
            .unwrap_or_default()
    }

    fn set_list(&self, world: &SessionId, list: &[Entry]) {
        let key = format!("phonesof:{}", world.to_hex());
        if list.is_empty() {
            self.keys.remove(&key);
            return;
        }
        let value: Vec<String> = list
            .iter()
            .map(|(p, k, id)| format!("{p}|{k}|{}", id.to_hex()))
            .collect();
        self.keys.set(&key, &value.join(";"), PHONE_LIFE);
    }

    /// Removes the entries of `world`'s list that `drop` picks, and their keys.
    fn drop_where(&self, world: &SessionId, drop: impl Fn(&Entry) -> bool) {
        let (gone, kept): (Vec<Entry>, Vec<Entry>) = self.list(world).into_iter().partition(drop);
        for (_, kind, id) in &gone {
            self.keys.remove(&key_of(*kind, id));
        }
        if !gone.is_empty() {
            self.set_list(world, &kept);
        }
    }

    fn add(&self, world: &SessionId, entry: Entry) {
        let mut list = self.list(world);
        list.push(entry);
        self.set_list(world, &list);
    }

    /// A new token for `persona`'s phone in `world` at `now` (its older ones stop working).
    pub fn offer_at(&self, world: &SessionId, persona: &str, now: Instant) -> SessionId {
        self.drop_where(world, |(p, k, _)| p == persona && *k == 't');
        let token = new_session_id();
        let value = format!("{}|{persona}|{}", world.to_hex(), wall_ms(now));
        self.keys.set(&key_of('t', &token), &value, TOKEN_LIFE);
        self.add(world, (persona.to_owned(), 't', token));
        token
    }

    /// Spends `token`: the phone it pairs, if it is fresh and unused.
    pub fn redeem(&self, token: &SessionId, now: Instant) -> Option<Phone> {
        let value = self.keys.take(&key_of('t', token))?;
        let (phone, made) = parse_phone(&value)?;
        let age = wall_ms(now).saturating_sub(made?);
        (age < i64::try_from(TOKEN_LIFE.as_millis()).unwrap_or(i64::MAX)).then_some(phone)
    }

    /// Pairs a phone: the id its cookie carries.
    pub fn pair(&self, phone: Phone, _now: Instant) -> SessionId {
        let id = new_session_id();
        let (world, persona) = phone;
        self.keys.set(
            &key_of('p', &id),
            &format!("{}|{persona}", world.to_hex()),
            PHONE_LIFE,
        );
        self.add(&world, (persona, 'p', id));
        id
    }

    /// The world and persona of a paired phone's cookie.
    pub fn lookup(&self, id: &SessionId) -> Option<Phone> {
        parse_phone(&self.keys.get(&key_of('p', id))?).map(|(phone, _)| phone)
    }

    /// Unpairs one phone (`Some`) or every phone of `persona` in `world`; the persona's
    /// tokens stop working either way.
    pub fn unpair(&self, world: &SessionId, persona: &str, only: Option<&SessionId>) {
        self.drop_where(world, |(p, k, id)| {
            p == persona && (*k == 't' || only.is_none_or(|o| o == id))
        });
        if let Some(id) = only {
            self.keys.remove(&key_of('p', id));
        }
    }

    /// The world of `old` is now under `new` (a login gives a new session id).
    pub fn rekey(&self, old: &SessionId, new: &SessionId) {
        let list = self.list(old);
        if list.is_empty() {
            return;
        }
        for (persona, kind, id) in &list {
            let key = key_of(*kind, id);
            let Some(((_, _), made)) = self.keys.get(&key).as_deref().and_then(parse_phone) else {
                continue;
            };
            let (value, life) = match made {
                Some(made) => (format!("{}|{persona}|{made}", new.to_hex()), TOKEN_LIFE),
                None => (format!("{}|{persona}", new.to_hex()), PHONE_LIFE),
            };
            self.keys.set(&key, &value, life);
        }
        self.set_list(new, &list);
        self.keys.remove(&format!("phonesof:{}", old.to_hex()));
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
        let p = Phones::new(Arc::new(crate::shared_keys::MemoryKeys::new(100)));
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
        let p = Phones::new(Arc::new(crate::shared_keys::MemoryKeys::new(100)));
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
