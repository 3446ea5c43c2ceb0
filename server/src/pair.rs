//! "Øv sammen": the Parkode a learner offers her world with, and the partner joining with
//! it from her own browser (a second session id for the same world, with a seat of her
//! own: `WorldStore::pair`). Plain form posts answered with a redirect.

use crate::AppState;
use crate::errors::error_response;
use crate::forms::{see_other, show_again};
use crate::session::set_cookie;
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
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a Parkode works.
const CODE_LIFE: Duration =
    Duration::from_secs(domain::class::model::PAIR_CODE_LIFE_SECS.unsigned_abs());
/// Most codes offered at once (the oldest go first).
const MAX_CODES: usize = 10_000;

/// The Parkoder on offer: code → the world's session id, and when it was made.
#[derive(Default)]
pub struct PairCodes {
    codes: Mutex<HashMap<HoldCode, (SessionId, Instant)>>,
}

impl PairCodes {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<HoldCode, (SessionId, Instant)>> {
        self.codes.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A new code for the world of `id` (its older codes stop working).
    pub fn offer(&self, id: &SessionId, now: Instant) -> HoldCode {
        let mut codes = self.lock();
        codes.retain(|_, (owner, made)| owner != id && now.duration_since(*made) < CODE_LIFE);
        if codes.len() >= MAX_CODES
            && let Some(oldest) = codes.iter().min_by_key(|(_, (_, m))| *m).map(|(c, _)| *c)
        {
            codes.remove(&oldest);
        }
        let mut code = crate::classes::new_code();
        while codes.contains_key(&code) {
            code = crate::classes::new_code();
        }
        codes.insert(code, (*id, now));
        code
    }

    /// The world a code offers, if it still works.
    pub fn find(&self, code: &HoldCode, now: Instant) -> Option<SessionId> {
        self.lock()
            .get(code)
            .filter(|(_, made)| now.duration_since(*made) < CODE_LIFE)
            .map(|(id, _)| *id)
    }

    pub fn remove(&self, code: &HoldCode) {
        self.lock().remove(code);
    }

    /// The world of `old` is now under `new` (a login gives a new session id): its code
    /// keeps working.
    pub fn rekey(&self, old: &SessionId, new: &SessionId) {
        for (owner, _) in self.lock().values_mut() {
            if owner == old {
                *owner = *new;
            }
        }
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
        let p = PairCodes::default();
        let t = Instant::now();
        let a = p.offer(&sid(1), t);
        assert_eq!(p.find(&a, t), Some(sid(1)));
        let b = p.offer(&sid(1), t);
        assert_eq!(p.find(&a, t), None, "the older code stops working");
        assert_eq!(p.find(&b, t + Duration::from_secs(29 * 60)), Some(sid(1)));
        assert_eq!(p.find(&b, t + CODE_LIFE), None);
    }
}
