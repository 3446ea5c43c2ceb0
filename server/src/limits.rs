//! Limits that keep one client from slowing or breaking the others:
//!
//! - a form's body is read in full, within [`Limits::form_body`], *before* the request
//!   takes one of the in-flight slots — a client that drips bodies holds no slot, and gets
//!   408 when its time is up;
//! - "Skriv ny besked" (files) takes one of a few upload slots, and its body must keep
//!   arriving at a minimum rate (`write.rs`), its bytes counted against the upload budget
//!   as they arrive;
//! - the in-flight limit is one for the whole server (tower's global concurrency limit),
//!   not one per route;
//! - each world may send only so many requests a second ([`Limits::world_rate`]);
//! - each client address may hold only so many connections (`serve` in lib.rs).

use crate::AppState;
use crate::errors::error_response;
use crate::security::RateLimiter;
use app::session::{SessionId, SessionLookup};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::header::RETRY_AFTER;
use http::{HeaderValue, Method, StatusCode};
use http_body_util::BodyExt;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;

/// The server's shared limits.
pub struct Limits {
    /// Longest a form's body may take to arrive, all of it.
    pub form_body: Duration,
    /// Longest a request may take before it is answered 503.
    pub handler: Duration,
    /// Longest "Skriv ny besked" may take: its largest body at the slowest allowed pace,
    /// then the handler's time.
    pub upload: Duration,
    /// "Skriv ny besked" posts handled at once (each may hold ~8 MiB of files).
    pub uploads: Arc<Semaphore>,
    /// Requests per world: a burst, refilled per second.
    pub world_rate: RateLimiter<SessionId>,
    /// Connections per client address.
    pub connections: ConnectionCounter,
}

impl Limits {
    pub fn new(config: &crate::config::Config) -> Self {
        let form_body = Duration::from_secs(config.body_timeout_secs.max(1));
        let handler = Duration::from_secs(config.handler_timeout_secs.max(1));
        let slowest = f64::from(config.upload_min_kib_per_sec.max(1)) * 1024.0;
        let upload = form_body
            + Duration::from_secs_f64(crate::write::REQUEST_LIMIT as f64 / slowest)
            + handler;
        Self {
            form_body,
            handler,
            upload,
            uploads: Arc::new(Semaphore::new(config.max_uploads_in_flight.max(1))),
            world_rate: RateLimiter::with_rate(
                f64::from(config.world_burst),
                f64::from(config.world_requests_per_second),
            ),
            connections: ConnectionCounter::new(config.max_connections_per_ip.max(1)),
        }
    }
}

/// Reads a form's body in full before the request goes on (so it holds no in-flight slot
/// while it arrives): 408 if it takes longer than [`Limits::form_body`], 413 if it is
/// larger than `max_body`, 400 if it breaks off. "Skriv ny besked" instead takes an upload
/// slot (503 when all are busy) and reads its own body as it goes.
pub async fn read_body(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return next.run(request).await;
    }
    if request.uri().path() == app::paths::WRITE {
        let Ok(_slot) = state.limits.uploads.clone().try_acquire_owned() else {
            crate::telemetry::rejected(crate::telemetry::Rejected::UploadsBusy);
            return busy(Duration::from_secs(10));
        };
        return next.run(request).await;
    }
    let limit = crate::hold::material::form_limit(
        request.uri().path(),
        state.config.max_body_kib.saturating_mul(1024),
    );
    let (parts, body) = request.into_parts();
    let limited = http_body_util::Limited::new(body, limit);
    let bytes = match tokio::time::timeout(state.limits.form_body, limited.collect()).await {
        Err(_) => {
            crate::telemetry::rejected(crate::telemetry::Rejected::SlowBody);
            return error_response(StatusCode::REQUEST_TIMEOUT);
        }
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => {
            crate::telemetry::rejected(crate::telemetry::Rejected::BodyTooLarge);
            return error_response(StatusCode::PAYLOAD_TOO_LARGE);
        }
        Ok(Err(_)) => return error_response(StatusCode::BAD_REQUEST),
        Ok(Ok(collected)) => collected.to_bytes(),
    };
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// Answers 503 when a request takes longer than its time ([`Limits::handler`]), so no
/// request hangs forever. "Skriv ny besked" has [`Limits::upload`]: a message with files
/// from a slow phone is not cut off while it keeps the pace `write.rs` asks for (which stops
/// a drip long before this).
pub async fn handler_timeout(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let limit = if request.uri().path() == app::paths::WRITE {
        state.limits.upload
    } else {
        state.limits.handler
    };
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => {
            crate::telemetry::rejected(crate::telemetry::Rejected::HandlerTimeout);
            error_response(StatusCode::SERVICE_UNAVAILABLE)
        }
    }
}

/// Refuses a world's request past its rate with 429 and `Retry-After`. Static files do not
/// count: a page's styles and scripts are not the learner's clicks.
pub async fn world_rate(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if !crate::session::is_static(path)
        && let Some(SessionLookup::Live(id)) = request.extensions().get::<SessionLookup>()
        && let Err(wait) = state.limits.world_rate.check(id, Instant::now())
    {
        crate::telemetry::rejected(crate::telemetry::Rejected::WorldRate);
        let mut response = error_response(StatusCode::TOO_MANY_REQUESTS);
        response
            .headers_mut()
            .insert(RETRY_AFTER, HeaderValue::from(wait.as_secs().max(1)));
        return response;
    }
    next.run(request).await
}

/// 503 with `Retry-After`.
fn busy(wait: Duration) -> Response {
    let mut response = error_response(StatusCode::SERVICE_UNAVAILABLE);
    response
        .headers_mut()
        .insert(RETRY_AFTER, HeaderValue::from(wait.as_secs().max(1)));
    response
}

/// Open connections per client address, capped.
pub struct ConnectionCounter {
    max: usize,
    open: Arc<Mutex<HashMap<IpAddr, usize>>>,
}

/// One counted connection; uncounted when dropped.
pub struct ConnectionSlot {
    ip: IpAddr,
    open: Arc<Mutex<HashMap<IpAddr, usize>>>,
}

impl ConnectionCounter {
    pub fn new(max: usize) -> Self {
        Self {
            max,
            open: Arc::new(Mutex::new(HashMap::new())),
        }
    }

    /// A slot for one more connection from `ip`, if it has fewer than the cap open.
    pub fn open(&self, ip: IpAddr) -> Option<ConnectionSlot> {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        let n = open.entry(ip).or_insert(0);
        if *n >= self.max {
            return None;
        }
        *n += 1;
        Some(ConnectionSlot {
            ip,
            open: self.open.clone(),
        })
    }

    /// Connections open from `ip`.
    pub fn count(&self, ip: IpAddr) -> usize {
        let open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        open.get(&ip).copied().unwrap_or(0)
    }
}

impl Drop for ConnectionSlot {
    fn drop(&mut self) {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(n) = open.get_mut(&self.ip) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                open.remove(&self.ip);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_holds_at_most_its_share_of_connections_and_gets_them_back() {
        let counter = ConnectionCounter::new(2);
        let a: IpAddr = [10, 0, 0, 1].into();
        let b: IpAddr = [10, 0, 0, 2].into();
        let first = counter.open(a).unwrap();
        let _second = counter.open(a).unwrap();
        assert!(counter.open(a).is_none(), "a third from the same address");
        assert!(counter.open(b).is_some(), "another address is not affected");
        drop(first);
        assert_eq!(counter.count(a), 1);
        assert!(
            counter.open(a).is_some(),
            "a closed connection frees its slot"
        );
    }
}
