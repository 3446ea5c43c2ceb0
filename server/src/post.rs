//! Digital Post form posts: every mailbox action posts to the page it is on (`/post` or
//! `/post/brev/<id>`). The typed form (`app::post::form`) says what to do; the one write
//! path (`forms::submit`) runs it: success redirects (POST → redirect → GET), a refusal
//! shows that page again with the message next to its field. Opening a letter from the list
//! is a post too (it marks the letter read), so no GET changes anything.

use crate::AppState;
use crate::forms::{bounded, submit_form};
use crate::session::LiveSession;
use app::paths;
use app::post::drafts::DraftsForm;
use app::post::form::MailboxForm;
use app::post::settings::SettingsForm;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;

/// `POST /post` (the mailbox page).
pub async fn mailbox(
    State(state): State<AppState>,
    live: LiveSession,
    uri: http::Uri,
    body: Bytes,
) -> Response {
    // The form posts to the page it is on (with its query), so a refusal is shown there.
    let page = uri
        .path_and_query()
        .map_or(paths::POST, |p| p.as_str())
        .to_owned();
    handle(&state, &live, &body, &page).await
}

/// `POST /post/brev/<id>` (a letter's page).
pub async fn letter_page(
    State(state): State<AppState>,
    live: LiveSession,
    axum::extract::Path(id): axum::extract::Path<String>,
    body: Bytes,
) -> Response {
    handle(&state, &live, &body, &paths::letter(&bounded(&id))).await
}

/// `POST /post/indstillinger`: "Besked om ny post", for the mailbox open.
pub async fn settings(State(state): State<AppState>, live: LiveSession, body: Bytes) -> Response {
    let plan = |form: &SettingsForm| form.plan(live.mailbox.clone());
    submit_form(&state, &live.id, paths::SETTINGS, &body, plan).await
}

/// `POST /post/kladder`: "Slet kladde" (asked first), for the mailbox open.
pub async fn drafts(State(state): State<AppState>, live: LiveSession, body: Bytes) -> Response {
    let plan = |form: &DraftsForm| form.plan(live.mailbox.clone());
    submit_form(&state, &live.id, paths::DRAFTS, &body, plan).await
}

async fn handle(state: &AppState, live: &LiveSession, body: &[u8], page: &str) -> Response {
    let plan = |form: &MailboxForm| form.plan(live.mailbox.clone());
    submit_form(state, &live.id, page, body, plan).await
}
