//! Friendly Danish error pages for every error response that is not already a page.

use axum::body::Body;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use http::{HeaderValue, StatusCode};

/// A complete error response: status and the friendly page.
pub fn error_response(status: StatusCode) -> Response {
    (
        status,
        [(
            CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        )],
        app::error_page::render(status.as_u16()),
    )
        .into_response()
}

/// Replaces the body of an error response made by a layer or an extractor (plain text such
/// as "length limit exceeded" or serde's messages) with the friendly page. HTML pages and
/// the JSON errors of server functions pass unchanged. Headers such as `Retry-After` stay.
pub async fn friendly(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let content_type = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if content_type.starts_with("text/html") || content_type.starts_with("application/json") {
        return response;
    }
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(CONTENT_LENGTH);
    parts.headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    Response::from_parts(parts, Body::from(app::error_page::render(status.as_u16())))
}

/// The response for a panic: the friendly 500 page, never the panic message.
pub fn panic_response(_payload: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked; answered 500");
    error_response(StatusCode::INTERNAL_SERVER_ERROR)
}
