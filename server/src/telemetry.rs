//! Prometheus metrics (issue 20), off unless `--metrics-addr` is given, and then served on
//! that separate address only, never on the public port: request counts and latency
//! histograms per route, live worlds, bytes of attached files, resident memory, and
//! rejected requests by reason. The load tool (`loadtest/`) reads server-side latency here,
//! because a client on the same 2-core machine distorts its own timings.

use app::session::WorldStore;
use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

static ENABLED: AtomicBool = AtomicBool::new(false);

/// Request latency buckets, in seconds: fine below 100 ms, where the goals are.
const BUCKETS: [f64; 22] = [
    0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15,
    0.2, 0.3, 0.5, 0.75, 1.0, 2.5, 5.0, 10.0,
];

/// Why a request was refused before (or instead of) its handler.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejected {
    /// All in-flight slots busy (503).
    Overloaded,
    /// The handler took too long (503).
    HandlerTimeout,
    /// A form body too slow to arrive (408).
    SlowBody,
    /// A body over the limit (413).
    BodyTooLarge,
    /// Too many requests for one world (429).
    WorldRate,
    /// Too many world starts from one address (429).
    StartRate,
    /// The live-world cap is reached (503).
    WorldsFull,
    /// All upload slots busy (503).
    UploadsBusy,
    /// A cross-site form post (403).
    CrossSite,
    /// One address holds its share of connections (closed at once).
    ConnectionCap,
    /// The world store (Redis) could not be reached (503).
    StoreDown,
}

impl Rejected {
    pub const fn label(self) -> &'static str {
        match self {
            Self::Overloaded => "overloaded",
            Self::HandlerTimeout => "handler_timeout",
            Self::SlowBody => "slow_body",
            Self::BodyTooLarge => "body_too_large",
            Self::WorldRate => "world_rate",
            Self::StartRate => "start_rate",
            Self::WorldsFull => "worlds_full",
            Self::UploadsBusy => "uploads_busy",
            Self::CrossSite => "cross_site",
            Self::ConnectionCap => "connection_cap",
            Self::StoreDown => "store_down",
        }
    }
}

/// Counts a refusal.
pub fn rejected(why: Rejected) {
    if ENABLED.load(Ordering::Relaxed) {
        metrics::counter!("demoborger_rejected_total", "reason" => why.label()).increment(1);
    }
}

/// Counts every request and times it, by route (the router's pattern, so the label set
/// stays small: "/post/brev/{id}", not every letter), method and status class.
pub async fn track(request: Request, next: Next) -> Response {
    if !ENABLED.load(Ordering::Relaxed) {
        return next.run(request).await;
    }
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "static".to_owned(), |m| m.as_str().to_owned());
    // A fixed set: any token a client sends must not become a series of its own.
    let method = match *request.method() {
        http::Method::GET => "GET",
        http::Method::HEAD => "HEAD",
        http::Method::POST => "POST",
        _ => "other",
    };
    let started = Instant::now();
    let response = next.run(request).await;
    let seconds = started.elapsed().as_secs_f64();
    let status = match response.status().as_u16() {
        100..=199 => "1xx",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        _ => "5xx",
    };
    metrics::histogram!(
        "demoborger_request_duration_seconds",
        "route" => route.clone(),
        "method" => method
    )
    .record(seconds);
    metrics::counter!(
        "demoborger_requests_total",
        "route" => route,
        "method" => method,
        "status" => status
    )
    .increment(1);
    response
}

/// This process's resident memory in bytes (Linux), 0 where it cannot be read.
pub fn resident_bytes() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<u64>().ok())
        .map_or(0, |pages| pages.saturating_mul(4096))
}

/// Installs the recorder and serves `GET /metrics` on `addr` (its own listener).
pub async fn serve(addr: SocketAddr, store: Arc<dyn WorldStore>) -> std::io::Result<()> {
    let handle = PrometheusBuilder::new()
        .set_buckets_for_metric(
            Matcher::Full("demoborger_request_duration_seconds".to_owned()),
            &BUCKETS,
        )
        .and_then(PrometheusBuilder::install_recorder)
        .map_err(std::io::Error::other)?;
    ENABLED.store(true, Ordering::Relaxed);
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!("metrics on http://{addr}/metrics");
    let scrape = move || render(&handle, store.as_ref());
    let app = axum::Router::new().route(
        "/metrics",
        axum::routing::get(move || {
            let scrape = scrape.clone();
            async move { scrape() }
        }),
    );
    axum::serve(listener, app).await
}

fn render(handle: &PrometheusHandle, store: &dyn WorldStore) -> String {
    #[allow(clippy::cast_precision_loss)]
    {
        metrics::gauge!("demoborger_live_worlds").set(store.len() as f64);
        metrics::gauge!("demoborger_upload_bytes").set(store.upload_bytes() as f64);
        metrics::gauge!("demoborger_resident_bytes").set(resident_bytes() as f64);
    }
    handle.run_upkeep();
    handle.render()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resident_memory_is_read_from_the_kernel() {
        let rss = resident_bytes();
        assert!(rss > 1024 * 1024, "{rss}");
    }
}
