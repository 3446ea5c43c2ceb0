//! The NemID form posts: password, key, cancel, new password, log out. Each runs one domain
//! command on the learner's world. A refusal shows the same page again with the message
//! and what was typed (never a secret); success redirects. The session id rotates at login.

use crate::AppState;
use crate::session::set_cookie;
use app::paths;
use app::session::{SessionLookup, Store};
use app::world_api::FormFeedback;
use axum::Extension;
use axum::body::Body;
use axum::extract::{Form, State};
use axum::response::{IntoResponse, Response};
use domain::{Command, Event, Refusal, Timestamp};
use http::header::{LOCATION, SET_COOKIE};
use http::{HeaderValue, Request, StatusCode};
use leptos::prelude::provide_context;
use serde::Deserialize;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// Longest input kept from any field; longer input is cut, never an error page.
const MAX_FIELD: usize = 100;

fn bounded(s: &str) -> String {
    s.chars().take(MAX_FIELD).collect()
}

/// Every step of the login posts to the login page's own address (so that a refused post
/// can show the page again at an address the browser's router knows); `trin` says which.
#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    trin: String,
    #[serde(default)]
    bruger_id: String,
    #[serde(default)]
    adgangskode: String,
    #[serde(default)]
    noegle: String,
    #[serde(default)]
    ny_adgangskode: String,
    #[serde(default)]
    gentag_adgangskode: String,
}

pub fn unix_now() -> Timestamp {
    Timestamp(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64),
    )
}

fn see_other(to: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        r.headers_mut().insert(LOCATION, v);
    }
    r
}

/// Renders the login page again with `feedback`, as the answer to the refused post.
async fn show_again(state: &AppState, lookup: SessionLookup, feedback: FormFeedback) -> Response {
    let store = Store(state.store.clone());
    let options = state.leptos.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(store.clone());
            provide_context(feedback.clone());
        },
        move || app::shell(options.clone()),
    );
    let mut request = Request::get(paths::LOG_IN)
        .body(Body::empty())
        .unwrap_or_default();
    request.extensions_mut().insert(lookup);
    render(request).await
}

/// Runs `command` on the learner's world and answers as the login flow needs.
async fn act(
    state: &AppState,
    lookup: SessionLookup,
    command: Command,
    keep_user_id: Option<String>,
) -> Response {
    let SessionLookup::Live(id) = &lookup else {
        return see_other(paths::LOG_IN);
    };
    let now = Instant::now();
    let mut outcome = None;
    let live = state.store.update(id, now, &mut |world| {
        outcome = Some(world.handle(&command, unix_now()));
    });
    let Some(outcome) = outcome.filter(|_| live) else {
        return see_other(paths::LOG_IN);
    };
    match outcome {
        Err(Refusal::Locked { persona }) => see_other(&paths::locked(persona.as_str())),
        Err(Refusal::PasswordRules(rules)) => {
            let errors = rules.iter().map(|r| r.to_string()).collect();
            show_again(
                state,
                lookup,
                FormFeedback {
                    errors,
                    user_id: None,
                },
            )
            .await
        }
        Err(refusal) => {
            let feedback = FormFeedback {
                errors: vec![refusal.to_string()],
                user_id: keep_user_id,
            };
            show_again(state, lookup, feedback).await
        }
        Ok(events) => {
            if let Some(persona) = events.iter().find_map(|e| match e {
                Event::NemIdLocked { persona, .. } => Some(persona),
                _ => None,
            }) {
                return see_other(&paths::locked(persona.as_str()));
            }
            if events.iter().any(|e| matches!(e, Event::LoggedOut { .. })) {
                return see_other("/ovelse?logget_af=1");
            }
            if events.iter().any(|e| matches!(e, Event::LoggedIn { .. })) {
                // A new session id at login, as a real login would; the world stays.
                let Some(new_id) = state.store.rotate(id, now) else {
                    return see_other(paths::LOG_IN);
                };
                let mut r = see_other(paths::MY_PAGE);
                r.headers_mut()
                    .insert(SET_COOKIE, set_cookie(&new_id, state.config.https));
                return r;
            }
            see_other(paths::LOG_IN)
        }
    }
}

/// A step of the login: "adgangskode" (Bruger-id and Adgangskode), "noegle" (Nøgle), or
/// "ny-adgangskode" (the new password after the temporary one).
pub async fn login_step(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    Form(form): Form<LoginForm>,
) -> Response {
    match form.trin.as_str() {
        "noegle" => {
            let command = Command::SubmitKey {
                key: bounded(&form.noegle),
            };
            act(&state, lookup, command, None).await
        }
        "ny-adgangskode" => {
            let command = Command::ChooseNewPassword {
                password: bounded(&form.ny_adgangskode),
                repeat: bounded(&form.gentag_adgangskode),
            };
            act(&state, lookup, command, None).await
        }
        _ => {
            let user_id = bounded(&form.bruger_id);
            // A real-looking CPR number is neither kept nor shown back.
            let keep = (!domain::nemid::looks_like_real_cpr(&user_id)).then(|| user_id.clone());
            let command = Command::SubmitPassword {
                user_id,
                password: bounded(&form.adgangskode),
            };
            act(&state, lookup, command, keep).await
        }
    }
}

/// "Afbryd" on the key step: counts as a failed try.
pub async fn cancel(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
) -> Response {
    act(&state, lookup, Command::AbandonKeyStep, None).await
}

/// "Log af": ends the login, keeps the world.
pub async fn log_out(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
) -> Response {
    match &lookup {
        SessionLookup::Live(_) => act(&state, lookup, Command::LogOut, None).await,
        _ => see_other(paths::WORLD),
    }
}
