//! The pages, rendered on the server in one synchronous pass and sent as one body with its
//! length (issue 20); every other address is a built file or the friendly 404 page.
//!
//! Every page reads its world synchronously (the store is not async), so nothing on a page
//! ever waits. `leptos_axum`'s handlers render through its async, streaming path anyway:
//! every nested view collects into its own buffer and is copied into its parent's, the
//! answer goes out chunked in several writes, and the client reads it in as many. Measured
//! on the inbox (13 KB): the streaming path cost ~95 µs of server time per page in-process
//! and made the 8-connection benchmark ~25 % slower than one body with `Content-Length`.
//! This handler does what `leptos_axum`'s does for an `SsrMode::Async` route (the same
//! contexts, the hydration data script, the status and headers a page set), rendering with
//! `to_html` into one buffer, and writes the page's `<title>` into `<head>`
//! (`app::title`, instead of `leptos_meta`'s injection, which waits a tick of the executor).

use crate::AppState;
use app::html::{Html, IntoHtml};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use futures::StreamExt;
use hydration_context::{SharedContext, SsrSharedContext};
use leptos::prelude::*;
use leptos::tachys::view::Position;
use leptos_axum::ResponseOptions;
use leptos_router::location::RequestUrl;
use leptos_router::params::ParamsMap;
use std::sync::{Arc, LazyLock};
use tower_http::services::ServeDir;

/// Adds a GET route for every page of the app.
pub fn routes(router: axum::Router<AppState>) -> axum::Router<AppState> {
    // Leptos's executor, for anything a page might spawn (none does today).
    let _ = any_spawner::Executor::init_tokio();
    // The pages' matcher is built here, at start, never by a request.
    LazyLock::force(&PAGES);
    let mut router = router;
    for page in app::PAGES {
        router = router.route(page.path, axum::routing::get(self::page));
    }
    router
}

/// The pages by their paths (the same matcher axum routes with).
static PAGES: LazyLock<matchit::Router<fn() -> Html>> = LazyLock::new(|| {
    let mut pages = matchit::Router::new();
    for page in app::PAGES {
        if let Err(e) = pages.insert(page.path, page.view) {
            // Two pages at one address: a mistake in app::PAGES, found when the server starts
            // (and by the test of every page).
            panic!("app::PAGES: {}: {e}", page.path);
        }
    }
    pages
});

/// The page at `path` and its address's parameters; the 404 page where there is none
/// (a refused form re-rendered at an address that is no page).
fn page_at(path: &str) -> (fn() -> Html, ParamsMap) {
    match PAGES.at(path) {
        Ok(found) => (
            *found.value,
            found
                .params
                .iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect(),
        ),
        Err(_) => (|| app::world::NotFound().into_html(), ParamsMap::new()),
    }
}

/// Every other address: the built files in `site_root`, else the friendly 404 page.
pub fn files(
    router: axum::Router<AppState>,
    site_root: &std::path::Path,
) -> axum::Router<AppState> {
    // Text files were compressed at build time (brotli and gzip beside each file).
    let files = ServeDir::new(site_root)
        .precompressed_br()
        .precompressed_gzip();
    // A file that cannot be opened (a name too long for the file system, a directory) is
    // not found: a client's odd address is never a server error.
    let static_files = tower::service_fn(move |request: axum::extract::Request| {
        let mut files = files.clone();
        async move {
            Ok::<_, std::convert::Infallible>(match files.try_call(request).await {
                Ok(found) if found.status() != http::StatusCode::NOT_FOUND => {
                    found.map(axum::body::Body::new)
                }
                Ok(_) => crate::errors::error_response(http::StatusCode::NOT_FOUND),
                Err(e) => {
                    tracing::debug!(error = %e, "a static address that is no file");
                    crate::errors::error_response(http::StatusCode::NOT_FOUND)
                }
            })
        }
    });
    router.fallback_service(static_files)
}

/// What a page's buffer starts with: most pages are 8–20 KiB (the inbox ~13 KiB).
const PAGE_BUFFER: usize = 24 * 1024;

/// One page for one request.
async fn page(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    render(&state, parts, || {}).await
}

/// The page for the request head `parts`, with the contexts `extra` provides besides the
/// usual ones (a refused form's feedback, `forms::show_again`).
pub async fn render(
    state: &AppState,
    parts: http::request::Parts,
    extra: impl FnOnce(),
) -> Response {
    let url = format!(
        "http://leptos.dev{}",
        parts.uri.path_and_query().map_or("/", |p| p.as_str())
    );
    let (view, params) = page_at(parts.uri.path());
    let options = ResponseOptions::default();
    let title = app::title::PageTitle::default();
    let shared: Arc<dyn SharedContext + Send + Sync> = Arc::new(SsrSharedContext::new());
    let owner = Owner::new_root(Some(shared.clone()));
    let (html, data) = owner.with(|| {
        provide_context(RequestUrl::new(&url));
        provide_context(title.clone());
        provide_context(parts);
        provide_context(options.clone());
        // The page's one read of its world, filled by the first that asks.
        provide_context(app::world::RequestWorld::default());
        leptos::nonce::provide_nonce();
        state.provide_contexts();
        extra();
        let page = app::shell(view, params);
        // Sized for a whole page up front: grown from the view's own estimate (a few hundred
        // bytes), the buffer was reallocated and copied a dozen times per page.
        let mut html = String::with_capacity(page.html_len().max(PAGE_BUFFER));
        page.to_html_with_buf(&mut html, &mut Position::FirstChild, true, false, vec![]);
        // The hydration data the islands' loader reads (no resource ever waits here).
        let nonce = leptos::nonce::use_nonce()
            .map(|n| format!(" nonce=\"{n}\""))
            .unwrap_or_default();
        (html, (shared.pending_data(), nonce))
    });
    let (pending, nonce) = data;
    let mut body = html;
    // The page's title, set while rendering, into <head>.
    if let Some(at) = memchr::memmem::find(body.as_bytes(), b"</head>") {
        body.insert_str(at, &title.element());
    }
    if let Some(mut chunks) = pending {
        while let Some(chunk) = chunks.next().await {
            for part in ["<script", &nonce, ">", &chunk, "</script>"] {
                body.push_str(part);
            }
        }
    }
    owner.unset_with_forced_cleanup();
    let mut response = Response::new(Body::from(body));
    // Room for the headers every page gets here and in the layers (security, caching,
    // length): grown from empty, the map was reallocated and rehashed twice a page.
    *response.headers_mut() = http::HeaderMap::with_capacity(16);
    {
        let mut set = options.0.write().unwrap_or_else(|e| e.into_inner());
        if let Some(status) = set.status {
            *response.status_mut() = status;
        }
        response
            .headers_mut()
            .extend(std::mem::take(&mut set.headers));
    }
    response
        .headers_mut()
        .entry(http::header::CONTENT_TYPE)
        .or_insert(http::HeaderValue::from_static("text/html; charset=utf-8"));
    response
}
