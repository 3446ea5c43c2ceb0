//! Kiosk mode on the server (see `app::kiosk`): `/kiosk` makes one browser a kiosk; a world
//! started in a kiosk gets the kiosk's short idle limit; the warning page asks "Er du her
//! stadig?" and, when the time is up, ends the world itself and shows the start page.

use crate::AppState;
use crate::redirect::see_other;
use app::kiosk::{COOKIE, KioskTimes, active_in};
use app::session::{SessionId, SessionLookup};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use http::header::{CONTENT_TYPE, SET_COOKIE};
use http::{HeaderMap, HeaderValue};
use std::time::{Duration, Instant};

/// Where the kiosk returns when a world has ended.
pub const START_AGAIN: &str = "/?afsluttet=1";

/// `GET /kiosk`: this browser is a kiosk from now on (until it closes), and the start page.
pub async fn enter(State(state): State<AppState>) -> Response {
    let secure = if state.config.https { "; Secure" } else { "" };
    let mut r = see_other("/");
    if let Ok(cookie) = HeaderValue::from_str(&format!(
        "{COOKIE}=1; Path=/; HttpOnly; SameSite=Lax{secure}"
    )) {
        r.headers_mut().insert(SET_COOKIE, cookie);
    }
    r
}

/// The session cookie of a world just started for a request, which in kiosk mode gets the
/// kiosk's idle limit first.
pub fn started(state: &AppState, headers: &HeaderMap, id: &SessionId) -> HeaderValue {
    let times = state.config.kiosk();
    if active_in(&times, headers) {
        state.store.limit_idle(id, times.idle, Instant::now());
    }
    crate::session::set_cookie(id, state.config.https)
}

/// The warning page in kiosk mode, or `None` when the request is not in one. A world not
/// near its end sends the browser back; one within the countdown gets "Er du her
/// stadig?"; one whose time is up (or gone) is ended, its cookie removed, and the start
/// page shown.
pub fn ending(
    state: &AppState,
    headers: &HeaderMap,
    lookup: &SessionLookup,
    back: &str,
) -> Option<Response> {
    let times: KioskTimes = state.config.kiosk();
    if !active_in(&times, headers) {
        return None;
    }
    let again = app::world::ending::warning_address(back);
    let left = match lookup {
        SessionLookup::Live(id) => state.store.time_left(id, Instant::now()),
        _ => None,
    };
    Some(match left {
        Some(left) if left > times.countdown + Duration::from_secs(5) => see_other(back),
        Some(left) if left.as_secs() > 0 => (
            [(
                CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            )],
            app::error_page::kiosk_warning(left.as_secs(), back, &again, &words(state, lookup)),
        )
            .into_response(),
        _ => {
            if let SessionLookup::Live(id) = lookup
                && state.store.delete(id)
            {
                tracing::info!(live_worlds = state.store.len(), "kiosk world ended");
            }
            let mut r = see_other(START_AGAIN);
            r.headers_mut()
                .insert(SET_COOKIE, crate::session::clear_cookie(state.config.https));
            r
        }
    })
}

/// The guide's words in the language the learner of the world chose (Danish without one).
fn words(state: &AppState, lookup: &SessionLookup) -> app::guide::words::Words {
    let mut lang = String::new();
    if let SessionLookup::Live(id) = lookup {
        state.store.peek(id, Instant::now(), &mut |w| {
            lang = w
                .progress()
                .map(|(_, p)| p.lang.clone())
                .unwrap_or_default();
        });
    }
    app::guide::words(&state.scenario, &lang)
}
