//! A world store in another process (Redis) can be unreachable for a while: a restart, a
//! network blip. A request during which the store failed is answered with a friendly
//! Danish 503 ("Vi kan ikke hente din øvelse lige nu"), whatever the page would have said
//! (without the world it could only have said the world was gone, and dropped the
//! learner's cookie). Worlds stay in Redis, so the learner continues when it is back.

use crate::AppState;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::header::{CONTENT_TYPE, RETRY_AFTER};
use http::{HeaderValue, StatusCode};
use std::cell::Cell;

tokio::task_local! {
    /// Set by the store when one of its calls failed while serving this request.
    static FAILED: Cell<bool>;
}

/// Marks the request being served (if any) as failed by the store.
pub fn note_failure() {
    let _ = FAILED.try_with(|f| f.set(true));
}

pub async fn guard(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if crate::session::is_static(request.uri().path()) {
        return next.run(request).await;
    }
    let before = state.store.failures();
    let (response, failed) = FAILED
        .scope(Cell::new(false), async {
            let response = next.run(request).await;
            (response, FAILED.with(Cell::get))
        })
        .await;
    // Work the page handed to other tasks is not in the task-local: the store's count of
    // failures catches it (during an outage every page fails anyway).
    if !failed && state.store.failures() == before {
        return response;
    }
    crate::telemetry::rejected(crate::telemetry::Rejected::StoreDown);
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [
            (
                CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (RETRY_AFTER, HeaderValue::from_static("5")),
        ],
        app::error_page::store_down(),
    )
        .into_response()
}
