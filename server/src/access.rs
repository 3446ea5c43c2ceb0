//! Læseadgang form posts: the overview's buttons (`/post/adgang`: "Fjern adgang",
//! "Godkend", "Afvis", "Åbn postkassen"), "Giv adgang", "Anmod om adgang" and the
//! signature (for fuldmagt too). The typed forms are in `app/src/access/form.rs`; the one
//! write path (`forms::submit`) runs them: a refusal shows the page again with the message
//! next to its field and what was typed (never a real-looking CPR number, and never the
//! key); success redirects.

use crate::AppState;
use crate::forms::submit_form;
use crate::session::LiveSession;
use app::access::form::{GrantForm, OverviewForm, SignForm};
use app::paths;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;

/// `POST /post/adgang`: the overview's buttons.
pub async fn overview(State(state): State<AppState>, live: LiveSession, body: Bytes) -> Response {
    submit_form(&state, &live.id, paths::ACCESS, &body, OverviewForm::plan).await
}

/// `POST /post/adgang/giv`: step 1 of "Giv adgang".
pub async fn give(State(state): State<AppState>, live: LiveSession, body: Bytes) -> Response {
    submit_form(&state, &live.id, paths::ACCESS_GIVE, &body, GrantForm::give).await
}

/// `POST /post/adgang/anmod`: "Anmod om adgang".
pub async fn request(State(state): State<AppState>, live: LiveSession, body: Bytes) -> Response {
    submit_form(
        &state,
        &live.id,
        paths::ACCESS_REQUEST,
        &body,
        GrantForm::request,
    )
    .await
}

/// `POST /post/adgang/underskriv` and `POST /fuldmagt/underskriv`: "Underskriv" with a key,
/// or "Afbryd" — one handler for every signature; where it lands follows from what is
/// signed. A refusal shows the page the form came from again.
pub async fn sign(
    State(state): State<AppState>,
    live: LiveSession,
    uri: http::Uri,
    body: Bytes,
) -> Response {
    let mut what = None;
    state
        .store
        .read(&live.id, std::time::Instant::now(), &mut |w| {
            what = w.signing().map(|s| s.what.clone());
        });
    let page = if uri.path() == paths::FULDMAGT_SIGN {
        paths::FULDMAGT_SIGN
    } else {
        paths::ACCESS_SIGN
    };
    let plan = |form: &SignForm| form.plan(what.as_ref());
    submit_form(&state, &live.id, page, &body, plan).await
}
