//! The NemID form posts: the login's steps, "Afbryd" and "Log af". The typed form and where
//! each step leads are in `app/src/nemid/form.rs`; the one write path (`forms::submit`)
//! runs them, rotates the session id at login and shows the spærret page when NemID locks.

use crate::AppState;
use crate::forms::{see_other, submit, submit_form};
use crate::session::WorldSession;
use app::nemid::form::{LoginForm, login_plan};
use app::paths;
use app::session::SessionLookup;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;
use domain::Command;

/// `POST /log-paa`: a step of the login ("adgangskode", "noegle" or "ny-adgangskode").
pub async fn login_step(
    State(state): State<AppState>,
    session: WorldSession,
    body: Bytes,
) -> Response {
    submit_form(&state, &session.id, paths::LOG_IN, &body, LoginForm::plan).await
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
