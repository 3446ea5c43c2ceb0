//! "Øv sammen": the Parkode a learner offers her world with, and the partner joining with
//! it from her own browser (a second session id for the same world, with a seat of her
//! own: `WorldStore::pair`). Plain form posts answered with a redirect.

use crate::AppState;
use crate::errors::error_response;
use crate::forms::{see_other, show_again};
use crate::session::set_cookie;
use crate::shared_keys::{SharedKeys, wall_ms};
use app::paths;
use app::session::{PairRefused, SessionId, SessionLookup};
use app::text::class::pair as t;
use app::world::FormFeedback;
use axum::Extension;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use domain::class::HoldCode;
use http::StatusCode;
use http::header::SET_COOKIE;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long a Parkode works.
const CODE_LIFE: Duration =
    Duration::from_secs(domain::class::model::PAIR_CODE_LIFE_SECS.unsigned_abs());

/// The Parkoder on offer, in the keys every app server shares: `pair:<code>` → the world's
/// session id and when the code was made; `pairof:<session>` → its code (a new code
/// replaces the world's older one).
pub struct PairCodes {
    keys: Arc<dyn SharedKeys>,
}

/// `<session id>:<made, unix ms>`.
fn entry(id: &SessionId, made: i64) -> String {
    format!("{}:{made}", id.to_hex())
}

fn parse_entry(value: &str) -> Option<(SessionId, i64)> {
    let (id, made) = value.split_once(':')?;
    Some((SessionId::parse(id)?, made.parse().ok()?))
}

impl PairCodes {
    pub fn new(keys: Arc<dyn SharedKeys>) -> Self {
        Self { keys }
    }

    /// A new code for the world of `id` (its older code stops working).
    pub fn offer(&self, id: &SessionId, now: Instant) -> HoldCode {
        let made = wall_ms(now);
        let mut code = crate::classes::new_code();
        // A code in use is drawn again (a handful of tries: 30 bits of codes).
        for _ in 0..8 {
            if self.keys.put_new(
                &format!("pair:{}", code.as_str()),
                &entry(id, made),
                CODE_LIFE,
            ) {
                break;
            }
            code = crate::classes::new_code();
        }
        let own = format!("pairof:{}", id.to_hex());
        if let Some(old) = self.keys.get(&own) {
            self.keys.remove(&format!("pair:{old}"));
        }
        self.keys.set(&own, code.as_str(), CODE_LIFE);
        code
    }

    /// The world a code offers, if it still works.
    pub fn find(&self, code: &HoldCode, now: Instant) -> Option<SessionId> {
        let (id, made) = parse_entry(&self.keys.get(&format!("pair:{}", code.as_str()))?)?;
        let age = wall_ms(now).saturating_sub(made);
        (age < i64::try_from(CODE_LIFE.as_millis()).unwrap_or(i64::MAX)).then_some(id)
    }

    pub fn remove(&self, code: &HoldCode) {
        self.keys.remove(&format!("pair:{}", code.as_str()));
    }

    /// The world of `old` is now under `new` (a login gives a new session id): its code
    /// keeps working, with the life it had.
    pub fn rekey(&self, old: &SessionId, new: &SessionId) {
        let own = format!("pairof:{}", old.to_hex());
        let Some(code) = self.keys.get(&own) else {
            return;
        };
        let key = format!("pair:{}", code.as_str());
        if let Some((_, made)) = self.keys.get(&key).as_deref().and_then(parse_entry) {
            self.keys.set(&key, &entry(new, made), CODE_LIFE);
            self.keys
                .set(&format!("pairof:{}", new.to_hex()), &code, CODE_LIFE);
        }
        self.keys.remove(&own);
    }
}

/// "Lav en parkode" on `/ovelse/sammen`.
pub async fn offer(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
) -> Response {
    let SessionLookup::Live(id) = lookup else {
        return see_other(paths::PAIR);
    };
    let code = state.pairs.offer(&id, Instant::now());
    state.store.update(&id, Instant::now(), &mut |w| {
        if !w.is_paired() {
            w.offer_pair(code.as_str(), crate::forms::unix_now());
        }
    });
    see_other(paths::PAIR)
}

/// `GET /ovelse/udgave`: the world's version, for a page that watches for its partner's
/// doings (island `PartnerWatch`). Not the learner's activity: an open tab must not keep a
/// world alive.
pub async fn version(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
) -> Response {
    let SessionLookup::Live(id) = lookup else {
        return error_response(StatusCode::NOT_FOUND);
    };
    let mut version = None;
    state
        .store
        .peek(&id, Instant::now(), &mut |w| version = Some(w.version()));
    match version {
        Some(v) => (
            [(http::header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            v.to_string(),
        )
            .into_response(),
        None => error_response(StatusCode::NOT_FOUND),
    }
}

#[derive(serde::Deserialize)]
struct JoinForm {
    #[serde(default)]
    kode: String,
    #[serde(default)]
    person: String,
}

/// "Deltag" on `/par`: the partner's own session id for the offered world, then its login
/// with the chosen persona's bruger-id filled in.
pub async fn join(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    connect: Option<Extension<axum::extract::ConnectInfo<std::net::SocketAddr>>>,
    body: axum::body::Bytes,
) -> Response {
    let Ok(form) = serde_html_form::from_bytes::<JoinForm>(&body) else {
        return error_response(StatusCode::BAD_REQUEST);
    };
    let kept = vec![
        ("kode".to_owned(), app::forms::bounded(&form.kode)),
        ("person".to_owned(), app::forms::bounded(&form.person)),
    ];
    let refuse = |message: &str, field: &'static str| FormFeedback {
        errors: vec![message.to_owned()],
        field: Some(field),
        fields: kept.clone(),
    };
    let now = Instant::now();
    let code = HoldCode::parse(&form.kode);
    let Some((code, first)) = code.and_then(|c| Some((c, state.pairs.find(&c, now)?))) else {
        // Guessing codes costs starts from the address's share, as for Holdkoder.
        if let Err(wait) = state.limiter.check(&crate::forms::client_ip(connect), now) {
            return crate::forms::retry_after(StatusCode::TOO_MANY_REQUESTS, wait);
        }
        return show_again(&state, lookup, paths::PAIR_JOIN, refuse(t::UNKNOWN, "kode")).await;
    };
    let Some(persona) = state
        .scenario
        .personas
        .iter()
        .find(|p| p.id.as_str() == form.person)
    else {
        return show_again(
            &state,
            lookup,
            paths::PAIR_JOIN,
            refuse(t::CHOOSE, "person"),
        )
        .await;
    };
    if matches!(&lookup, SessionLookup::Live(own) if *own == first) {
        // Her own code, typed in her own browser: nothing to join.
        return see_other(paths::PAIR);
    }
    let partner = match state.store.pair(&first, now) {
        Ok(id) => id,
        Err(PairRefused::Gone) => {
            return show_again(&state, lookup, paths::PAIR_JOIN, refuse(t::UNKNOWN, "kode")).await;
        }
        Err(PairRefused::TwoAlready) => {
            return show_again(&state, lookup, paths::PAIR_JOIN, refuse(t::FULL, "kode")).await;
        }
        Err(PairRefused::StoreFull) => return error_response(StatusCode::SERVICE_UNAVAILABLE),
    };
    state.pairs.remove(&code);
    // The partner's own world, if she had one, is left for her new place in this one.
    let own = match &lookup {
        SessionLookup::Live(own) => Some(*own),
        _ => None,
    };
    crate::hold::partner_joined(&state, own, &first, &partner);
    let mut r = see_other(&paths::login_as(persona.login_id()));
    r.headers_mut()
        .insert(SET_COOKIE, set_cookie(&partner, state.config.https));
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sid(n: u8) -> SessionId {
        SessionId::parse(&format!("{n:032x}")).unwrap()
    }

    #[test]
    fn a_code_offers_one_world_for_half_an_hour_and_a_new_one_replaces_it() {
        let p = PairCodes::new(Arc::new(crate::shared_keys::MemoryKeys::new(100)));
        let t = Instant::now();
        let a = p.offer(&sid(1), t);
        assert_eq!(p.find(&a, t), Some(sid(1)));
        let b = p.offer(&sid(1), t);
        assert_eq!(p.find(&a, t), None, "the older code stops working");
        assert_eq!(p.find(&b, t + Duration::from_secs(29 * 60)), Some(sid(1)));
        assert_eq!(p.find(&b, t + CODE_LIFE), None);
    }
}
