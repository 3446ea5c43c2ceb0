//! The NemID form posts: the login's steps, "Afbryd" and "Log af". The typed form and where
//! each step leads are in `app/src/nemid/form.rs`; the one write path (`forms::submit`)
//! runs them, rotates the session id at login and shows the spærret page when NemID locks.

use crate::AppState;
use crate::forms::{see_other, submit, submit_form};
use crate::session::WorldSession;
use app::nemid::forgot::ForgotForm;
use app::nemid::form::{LoginForm, login_plan};
use app::paths;
use app::session::SessionLookup;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;
use domain::Command;

/// `POST /log-paa`: a step of the login ("adgangskode", "noegle" or "ny-adgangskode").
/// "Husk bruger-id" is answered when the password is accepted: the browser remembers the
/// bruger-id in a cookie of its own (or forgets it, unticked).
pub async fn login_step(
    State(state): State<AppState>,
    session: WorldSession,
    headers: http::HeaderMap,
    body: Bytes,
) -> Response {
    use app::forms::PageForm as _;
    // Forgetting is only said to a browser that remembers one.
    let name = app::session::remember_cookie_name(state.config.https);
    let has_one = headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|h| h.to_str().ok())
        .any(|h| {
            h.split(';')
                .any(|p| p.trim().starts_with(&format!("{name}=")))
        });
    let remember = LoginForm::parse(&body)
        .and_then(|f| f.remember())
        .filter(|r| r.is_some() || has_one);
    let mut response =
        submit_form(&state, &session.id, paths::LOG_IN, &body, LoginForm::plan).await;
    let accepted = response.status() == http::StatusCode::SEE_OTHER
        && response
            .headers()
            .get(http::header::LOCATION)
            .is_some_and(|l| l == paths::LOG_IN);
    if let (Some(remember), true) = (remember, accepted) {
        response.headers_mut().append(
            http::header::SET_COOKIE,
            crate::session::remember_cookie(remember.as_deref(), state.config.https),
        );
    }
    response
}

/// `POST /log-paa/glemt-adgangskode`: "Bestil midlertidig adgangskode".
pub async fn forgot(State(state): State<AppState>, session: WorldSession, body: Bytes) -> Response {
    submit_form(&state, &session.id, paths::FORGOT, &body, ForgotForm::plan).await
}

/// "Afbryd" on the key step: counts as a failed try.
pub async fn cancel(State(state): State<AppState>, session: WorldSession) -> Response {
    let plan = login_plan(Command::AbandonKeyStep);
    submit(&state, &session.id, paths::LOG_IN, plan, Vec::new(), |_| {
        None
    })
    .await
}

/// "Log af": ends the login, keeps the world. Without a world there is nothing to end.
pub async fn log_out(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
) -> Response {
    let SessionLookup::Live(id) = lookup else {
        return see_other(paths::WORLD);
    };
    let plan = login_plan(Command::LogOut);
    submit(&state, &id, paths::LOG_IN, plan, Vec::new(), |_| None).await
}
