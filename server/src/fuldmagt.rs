//! Digital fuldmagt form posts: the overview's buttons (`/fuldmagt`: "Godkend", "Afvis",
//! "Slet fuldmagt", and the betroet medarbejder's answers), "Giv fuldmagt", "Anmod om
//! fuldmagt", and the self-services "Skift læge" and "Flytning". The typed forms are in
//! `app/src/fuldmagt/form.rs`; the signature is `access::sign`. The one write path
//! (`forms::submit`) runs them: a refusal shows the page again with the message next to
//! its field and what was typed (never a real-looking CPR number); success redirects.

use crate::AppState;
use crate::forms::submit_form;
use crate::session::LiveSession;
use app::fuldmagt::form::{FuldmagtForm, OverviewForm, ServiceForm};
use app::paths;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;

/// `POST /fuldmagt`: the overview's buttons.
pub async fn overview(State(state): State<AppState>, live: LiveSession, body: Bytes) -> Response {
    submit_form(&state, &live.id, paths::FULDMAGT, &body, OverviewForm::plan).await
}

/// `POST /fuldmagt/giv`: step 1 of "Giv fuldmagt".
pub async fn give(State(state): State<AppState>, live: LiveSession, body: Bytes) -> Response {
    submit_form(
        &state,
        &live.id,
        paths::FULDMAGT_GIVE,
        &body,
        FuldmagtForm::give,
    )
    .await
}

/// `POST /fuldmagt/anmod`: "Anmod om fuldmagt".
pub async fn request(State(state): State<AppState>, live: LiveSession, body: Bytes) -> Response {
    submit_form(
        &state,
        &live.id,
        paths::FULDMAGT_REQUEST,
        &body,
        FuldmagtForm::request,
    )
    .await
}

/// `POST /selvbetjening/skift-laege`.
pub async fn doctor(State(state): State<AppState>, live: LiveSession, body: Bytes) -> Response {
    submit_form(&state, &live.id, paths::DOCTOR, &body, ServiceForm::doctor).await
}

/// `POST /selvbetjening/flytning`.
pub async fn move_home(State(state): State<AppState>, live: LiveSession, body: Bytes) -> Response {
    submit_form(&state, &live.id, paths::MOVE, &body, ServiceForm::move_home).await
}
