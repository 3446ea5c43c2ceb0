//! Digital fuldmagt form posts: the overview's buttons (`/fuldmagt`: "Godkend", "Afvis",
//! "Slet fuldmagt", and the betroet medarbejder's answers), "Giv fuldmagt", "Anmod om
//! fuldmagt", and the self-services "Skift læge" and "Flytning". The typed forms are in
//! `app/src/fuldmagt/form.rs`; the signature is `access::sign`. The one write path
//! (`forms::submit`) runs them: a refusal shows the page again with the message next to
//! its field and what was typed (never a real-looking CPR number); success redirects.

use crate::AppState;
use crate::errors::error_response;
use crate::forms::submit;
use crate::session::LiveSession;
use app::forms::kept_fields;
use app::fuldmagt::form::{FuldmagtForm, OverviewForm, ServiceForm};
use app::paths;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;
use http::StatusCode;

/// `POST /fuldmagt`: the overview's buttons.
pub async fn overview(State(state): State<AppState>, live: LiveSession, body: Bytes) -> Response {
    let Some(form) = OverviewForm::parse(&body) else {
        return error_response(StatusCode::BAD_REQUEST);
    };
    submit(
        &state,
        &live,
        paths::FULDMAGT,
        form.plan(),
        Vec::new(),
        |_| None,
    )
    .await
}

/// `POST /fuldmagt/giv`: step 1 of "Giv fuldmagt".
pub async fn give(State(state): State<AppState>, live: LiveSession, body: Bytes) -> Response {
    let Some(form) = FuldmagtForm::parse(&body) else {
        return error_response(StatusCode::BAD_REQUEST);
    };
    let kept = kept_fields(&body, &[]);
    submit(
        &state,
        &live,
        paths::FULDMAGT_GIVE,
        form.give(),
        kept,
        FuldmagtForm::field_of,
    )
    .await
}

/// `POST /fuldmagt/anmod`: "Anmod om fuldmagt".
pub async fn request(State(state): State<AppState>, live: LiveSession, body: Bytes) -> Response {
    let Some(form) = FuldmagtForm::parse(&body) else {
        return error_response(StatusCode::BAD_REQUEST);
    };
    let kept = kept_fields(&body, &[]);
    let plan = form.request();
    submit(
        &state,
        &live,
        paths::FULDMAGT_REQUEST,
        plan,
        kept,
        FuldmagtForm::field_of,
    )
    .await
}

/// `POST /selvbetjening/skift-laege`.
pub async fn doctor(State(state): State<AppState>, live: LiveSession, body: Bytes) -> Response {
    let Some(form) = ServiceForm::parse(&body) else {
        return error_response(StatusCode::BAD_REQUEST);
    };
    let kept = kept_fields(&body, &[]);
    submit(
        &state,
        &live,
        paths::DOCTOR,
        form.doctor(),
        kept,
        ServiceForm::field_of,
    )
    .await
}

/// `POST /selvbetjening/flytning`.
pub async fn move_home(State(state): State<AppState>, live: LiveSession, body: Bytes) -> Response {
    let Some(form) = ServiceForm::parse(&body) else {
        return error_response(StatusCode::BAD_REQUEST);
    };
    let kept = kept_fields(&body, &[]);
    submit(
        &state,
        &live,
        paths::MOVE,
        form.move_home(),
        kept,
        ServiceForm::field_of,
    )
    .await
}
