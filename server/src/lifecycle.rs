//! Start, reset and end of a practice world, starting an exercise and the guide panel's
//! buttons: plain form posts answered with a redirect, so they work the same with and
//! without JavaScript. They make, replace or end sessions (cookies, the world cap, the start
//! limiter), which is the server's job; the typed forms are in `app/src/guide/form.rs`.

use crate::AppState;
use crate::errors::error_response;
use crate::forms::{client_ip, retry_after, seed};
use crate::redirect::see_other;
use crate::session::clear_cookie;
use app::guide::form::{GuideForm, StartForm};
use app::paths;
use app::session::{SessionId, SessionLookup, StoreFull};
use axum::Extension;
use axum::extract::{ConnectInfo, State};
use axum::response::{IntoResponse, Response};
use domain::World;
use http::header::SET_COOKIE;
use http::{HeaderValue, StatusCode};
use std::net::SocketAddr;
use std::time::{Duration, Instant};

/// How long a visitor refused by the cap is asked to wait.
const FULL_RETRY_AFTER_SECS: u64 = 120;

fn redirect(to: &'static str, cookie: Option<HeaderValue>) -> Response {
    let mut response = see_other(to);
    if let Some(cookie) = cookie {
        response.headers_mut().insert(SET_COOKIE, cookie);
    }
    response
}

fn fresh_world(state: &AppState) -> World {
    World::new(state.scenario.clone(), seed(), crate::forms::unix_now())
}

/// "Start" in the catalogue: a fresh world for exercise `ovelse` (its setup done), under a
/// new session id whether or not the browser had a world (starting an exercise replaces
/// it, as the catalogue says).
pub async fn start_exercise(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    connect: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: http::HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let Some(form) = StartForm::parse(&body) else {
        return error_response(StatusCode::BAD_REQUEST);
    };
    let Some(index) = form.exercise(&state.scenario) else {
        return error_response(StatusCode::NOT_FOUND);
    };
    let lang = form.language(&state.scenario);
    let now = Instant::now();
    let world = match World::for_exercise(
        state.scenario.clone(),
        seed(),
        crate::forms::unix_now(),
        index,
        &lang,
    ) {
        Ok(w) => w,
        Err(e) => {
            tracing::error!(error = %e, "an exercise's setup failed");
            return error_response(StatusCode::INTERNAL_SERVER_ERROR);
        }
    };
    // A live world is replaced; without one (or if it expired just now) a new one is made.
    let replaced = match &lookup {
        SessionLookup::Live(old) => state.store.replace(old, world.clone(), now),
        _ => None,
    };
    let id = match replaced {
        Some(id) => {
            if let SessionLookup::Live(old) = &lookup {
                crate::hold::moved(&state, old, &id);
            }
            Ok(id)
        }
        None => {
            if let Err(wait) = state.limiter.check(&client_ip(connect), now) {
                return retry_after(StatusCode::TOO_MANY_REQUESTS, wait);
            }
            state.store.create(world, now)
        }
    };
    match id {
        Ok(id) => redirect(
            paths::WORLD,
            Some(crate::kiosk::started(&state, &headers, &id)),
        ),
        Err(StoreFull) => retry_after(
            StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(FULL_RETRY_AFTER_SECS),
        ),
    }
}

/// The guide panel's buttons ("Vis hint", "Spring trin over", "Stop øvelsen", language),
/// back to the page they were pressed on.
pub async fn guide(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    body: axum::body::Bytes,
) -> Response {
    let Some(form) = GuideForm::parse(&body) else {
        return error_response(StatusCode::BAD_REQUEST);
    };
    if let (Some(action), SessionLookup::Live(id)) = (form.action(), &lookup) {
        state.store.update(id, Instant::now(), &mut |w| {
            // A guide button for a step already done (another tab) changes nothing.
            let _ = w.guide(&action, crate::forms::unix_now());
        });
    }
    see_other(&form.then())
}

/// "Start øvelse": a fresh world and a fresh session id. A browser that already has a live
/// world goes back to it: only "Nulstil øvelse" (after its confirmation) replaces a world.
pub async fn start(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    connect: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: http::HeaderMap,
) -> Response {
    if let SessionLookup::Live(_) = lookup {
        return redirect(paths::WORLD, None);
    }
    let now = Instant::now();
    if let Err(wait) = state.limiter.check(&client_ip(connect), now) {
        return retry_after(StatusCode::TOO_MANY_REQUESTS, wait);
    }
    match state.store.create(fresh_world(&state), now) {
        Ok(id) => {
            tracing::info!(live_worlds = state.store.len(), "world started");
            let mut r = redirect(
                paths::WORLD,
                Some(crate::kiosk::started(&state, &headers, &id)),
            );
            // Practising alone: a hold this browser was in no longer speaks for it.
            if app::class::data::hold_cookie(&headers).is_some() {
                r.headers_mut().append(
                    SET_COOKIE,
                    crate::hold::clear_hold_cookie(state.config.https),
                );
            }
            r
        }
        Err(StoreFull) => {
            tracing::warn!("world cap reached; start refused");
            retry_after(
                StatusCode::SERVICE_UNAVAILABLE,
                Duration::from_secs(FULL_RETRY_AFTER_SECS),
            )
        }
    }
}

/// "Nulstil øvelse" (after the confirmation page): a fresh world under a new id; the old
/// id stops working.
pub async fn reset(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    headers: http::HeaderMap,
) -> Response {
    let SessionLookup::Live(old) = lookup else {
        return redirect(paths::WORLD, None);
    };
    // A hold's learner starts their exercise over in the same world slot and seat.
    if crate::hold::restart_member(&state, &old) {
        return redirect("/ovelse?nulstillet=1", None);
    }
    match state
        .store
        .replace(&old, fresh_world(&state), Instant::now())
    {
        Some(id) => redirect(
            "/ovelse?nulstillet=1",
            Some(crate::kiosk::started(&state, &headers, &id)),
        ),
        None => redirect(paths::WORLD, None),
    }
}

/// "Afslut øvelse": deletes the world on the server and removes the cookie.
pub async fn end(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
) -> Response {
    if let SessionLookup::Live(id) = &lookup {
        delete(&state, id);
    }
    redirect("/?afsluttet=1", Some(clear_cookie(state.config.https)))
}

fn delete(state: &AppState, id: &SessionId) {
    if state.store.delete(id) {
        tracing::info!(live_worlds = state.store.len(), "world ended");
    }
}

/// `GET /ovelse/slutter-snart?tilbage=…`: "Din øvelse slutter om 5 minutter", opened by a
/// page's refresh when its world has gone unused. It does not count as activity (see
/// `session::resolve`), so only the learner's "Fortsæt øvelsen" keeps the world. A world
/// that is not near its end (used in another tab) sends the browser back; a world that has
/// ended goes to the world's front page, which says so.
pub async fn ending_soon(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    headers: http::HeaderMap,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Response {
    #[derive(serde::Deserialize, Default)]
    struct Back {
        #[serde(default)]
        tilbage: String,
    }
    let back: Back = serde_html_form::from_str(query.as_deref().unwrap_or("")).unwrap_or_default();
    let back = app::forms::local_path(&back.tilbage).unwrap_or_else(|| paths::WORLD.to_owned());
    if let Some(kiosk) = crate::kiosk::ending(&state, &headers, &lookup, &back) {
        return kiosk;
    }
    let SessionLookup::Live(id) = lookup else {
        return see_other(paths::WORLD);
    };
    let Some(left) = state.store.time_left(&id, Instant::now()) else {
        return see_other(paths::WORLD);
    };
    use app::world::ending::{Ending, decide, lead};
    match decide(left, lead(state.config.idle_limit())) {
        Ending::Back => see_other(&back),
        Ending::Warn { minutes, refresh } => (
            [(
                http::header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            )],
            app::error_page::ending_soon(minutes, &back, refresh),
        )
            .into_response(),
    }
}
