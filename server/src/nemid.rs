//! The NemID form posts: password, key, cancel, new password, log out. Each runs one domain
//! command on the learner's world. A refusal shows the same page again with the message
//! and what was typed (never a secret); success redirects. The session id rotates at login.

use crate::AppState;
use crate::forms::{bounded, see_other, show_again, unix_now};
use crate::session::set_cookie;
use app::paths;
use app::session::SessionLookup;
use app::world::FormFeedback;
use axum::Extension;
use axum::extract::{Form, State};
use axum::response::Response;
use domain::{Command, Event, Refusal};
use http::header::SET_COOKIE;
use serde::Deserialize;
use std::time::Instant;

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
            let feedback = FormFeedback {
                errors,
                ..Default::default()
            };
            show_again(state, lookup, paths::LOG_IN, feedback).await
        }
        Err(refusal) => {
            let feedback = FormFeedback {
                errors: vec![refusal.to_string()],
                user_id: keep_user_id,
                ..Default::default()
            };
            show_again(state, lookup, paths::LOG_IN, feedback).await
        }
        Ok(events) => {
            // Starting over may lock the persona whose key step was left; the learner is
            // now at the key step of the one they typed, so show that.
            if events
                .iter()
                .any(|e| matches!(e, Event::KeyChallengeIssued { .. }))
            {
                return see_other(paths::LOG_IN);
            }
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
