//! Cross-site request refusal, security headers, and the per-IP limit on world creation.

use crate::errors::error_response;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, HOST, ORIGIN, REFERRER_POLICY,
    STRICT_TRANSPORT_SECURITY, VARY, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use http::{HeaderName, HeaderValue, Method, StatusCode};
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Caps every request body: `max_body` bytes, or [`crate::write::REQUEST_LIMIT`] for the
/// form that carries attached files. A body announced too large is refused at once with
/// 413; one that only turns out too large fails while it is read.
pub async fn body_limit(
    axum::extract::State(max_body): axum::extract::State<usize>,
    request: Request,
    next: Next,
) -> Response {
    let limit = if request.uri().path() == app::paths::WRITE {
        crate::write::REQUEST_LIMIT
    } else {
        crate::hold::material::form_limit(request.uri().path(), max_body)
    };
    let announced = request
        .headers()
        .get(http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > limit as u64) {
        crate::telemetry::rejected(crate::telemetry::Rejected::BodyTooLarge);
        return error_response(StatusCode::PAYLOAD_TOO_LARGE);
    }
    let (parts, body) = request.into_parts();
    let body = axum::body::Body::new(http_body_util::Limited::new(body, limit));
    next.run(Request::from_parts(parts, body)).await
}

/// Refuses every non-GET request that a browser says came from another site. Leptos server
/// functions have no such check of their own, so it sits in front of everything.
pub async fn same_origin_only(request: Request, next: Next) -> Response {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return next.run(request).await;
    }
    if is_same_origin(&request) {
        next.run(request).await
    } else {
        crate::telemetry::rejected(crate::telemetry::Rejected::CrossSite);
        error_response(StatusCode::FORBIDDEN)
    }
}

fn is_same_origin(request: &Request) -> bool {
    let headers = request.headers();
    if let Some(site) = headers.get("sec-fetch-site") {
        // "none": typed into the address bar or a bookmark; the user did it themselves.
        return matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    match (headers.get(ORIGIN), headers.get(HOST)) {
        (Some(origin), Some(host)) => {
            let origin = origin.as_bytes();
            let host = host.as_bytes();
            [b"http://".as_slice(), b"https://".as_slice()]
                .iter()
                .any(|scheme| origin.strip_prefix(*scheme) == Some(host))
        }
        (Some(_), None) => false,
        // No browser metadata at all: not a browser (curl, a monitoring probe), so there is
        // no victim's cookie to ride on.
        (None, _) => true,
    }
}

/// Adds the security headers to every response (with `Strict-Transport-Security` for a
/// year when served over HTTPS), and the caching rule: built assets carry a content hash in
/// their names and are cached for a year; the favicon is revalidated; everything else
/// (pages, documents, errors) is `no-store`.
pub async fn headers(
    axum::extract::State(https): axum::extract::State<bool>,
    request: Request,
    next: Next,
) -> Response {
    let cache = static_cache(request.uri().path());
    let mut response = next.run(request).await;
    // A 304 revalidation keeps the rule of the file it revalidates.
    let success = response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED;
    let h = response.headers_mut();
    if !h.contains_key(CONTENT_SECURITY_POLICY)
        && let Ok(csp) = HeaderValue::from_str(&app::content_security_policy(None))
    {
        h.insert(CONTENT_SECURITY_POLICY, csp);
    }
    h.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(
        REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    h.insert(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    h.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if https {
        h.insert(
            STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    h.remove(http::header::SERVER);
    let cache = match cache {
        Some(rule) if success => {
            // The same address may answer brotli, gzip or plain bytes.
            h.insert(VARY, HeaderValue::from_static("accept-encoding"));
            rule
        }
        _ => "no-store",
    };
    h.insert(CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

/// The caching rule of a static file's address, `None` for everything else.
fn static_cache(path: &str) -> Option<&'static str> {
    if is_hashed(path) {
        // scripts/build.sh puts a content hash in these names: a new build has new
        // addresses, so an old copy is never wrong.
        Some("public, max-age=31536000, immutable")
    } else if path == app::paths::AUDIO {
        // "Læs op": the same text reads the same until a restart changes the files.
        Some("private, max-age=3600")
    } else if path.starts_with("/pkg/") || path.starts_with("/dkfds/") || path == "/favicon.svg" {
        // A site built without hashes (`cargo leptos watch`): revalidate every time.
        Some("no-cache")
    } else {
        None
    }
}

/// Whether a static address carries a content hash: `/dkfds/<16 hex>/…` or
/// `/pkg/demoborger.<16 hex>.<ext>` (with its .br/.gz copies served at the same address).
fn is_hashed(path: &str) -> bool {
    let hex16 = |s: &str| s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit());
    if let Some(rest) = path.strip_prefix("/dkfds/") {
        return rest.split_once('/').is_some_and(|(hash, _)| hex16(hash));
    }
    path.strip_prefix("/pkg/demoborger.")
        .and_then(|rest| rest.split_once('.'))
        .is_some_and(|(hash, ext)| hex16(hash) && !ext.contains('/'))
}

/// A token bucket per key: `capacity` tokens (the burst), refilled at `per_second`. Keyed by
/// client IP for "Start øvelse", by session for the requests of one world.
pub struct RateLimiter<K> {
    buckets: Mutex<HashMap<K, Bucket>>,
    capacity: f64,
    per_second: f64,
}

/// "Start øvelse" per client IP.
pub type StartLimiter = RateLimiter<IpAddr>;

#[derive(Clone, Copy)]
struct Bucket {
    tokens: f64,
    updated: Instant,
}

/// Most keys tracked before full (idle) buckets are dropped.
const MAX_TRACKED: usize = 10_000;

impl RateLimiter<IpAddr> {
    /// `per_minute` starts per minute, also the burst.
    pub fn new(per_minute: u32) -> Self {
        let capacity = f64::from(per_minute.max(1));
        Self::with_rate(capacity, capacity / 60.0)
    }
}

impl<K: std::hash::Hash + Eq + Clone> RateLimiter<K> {
    /// A burst of `capacity`, refilled at `per_second`.
    pub fn with_rate(capacity: f64, per_second: f64) -> Self {
        Self {
            buckets: Mutex::new(HashMap::new()),
            capacity: capacity.max(1.0),
            per_second: per_second.max(f64::MIN_POSITIVE),
        }
    }

    /// Takes one token for `key`, or says how long to wait.
    pub fn check(&self, key: &K, now: Instant) -> Result<(), Duration> {
        let mut map = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() >= MAX_TRACKED {
            let (capacity, rate) = (self.capacity, self.per_second);
            map.retain(|_, b| {
                b.tokens + now.saturating_duration_since(b.updated).as_secs_f64() * rate < capacity
            });
            // Still full (many keys, all recently active): drop the least recent, so the map
            // stays bounded. That key merely gets a fresh bucket next time.
            while map.len() >= MAX_TRACKED {
                let Some(oldest) = map
                    .iter()
                    .min_by_key(|(_, b)| b.updated)
                    .map(|(k, _)| k.clone())
                else {
                    break;
                };
                map.remove(&oldest);
            }
        }
        let bucket = map.entry(key.clone()).or_insert(Bucket {
            tokens: self.capacity,
            updated: now,
        });
        let elapsed = now.saturating_duration_since(bucket.updated).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * self.per_second).min(self.capacity);
        bucket.updated = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            let wait = (1.0 - bucket.tokens) / self.per_second;
            Err(Duration::from_secs_f64(wait.ceil().clamp(1.0, 3600.0)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_content_hashed_names_are_cached_for_a_year() {
        let year = Some("public, max-age=31536000, immutable");
        assert_eq!(static_cache("/pkg/demoborger.0123456789abcdef.wasm"), year);
        assert_eq!(
            static_cache("/dkfds/0123456789abcdef/css/dkfds-borgerdk.min.css"),
            year
        );
        for plain in [
            "/pkg/demoborger.css",
            "/pkg/demoborger_bg.wasm",
            "/pkg/snippets/x.js",
            "/dkfds/css/dkfds-borgerdk.min.css",
            "/favicon.svg",
        ] {
            assert_eq!(static_cache(plain), Some("no-cache"), "{plain}");
        }
        assert_eq!(static_cache("/post"), None);
    }

    #[test]
    fn a_class_of_30_behind_one_address_starts_at_once() {
        let limiter = StartLimiter::new(60);
        let ip: IpAddr = [10, 0, 0, 1].into();
        let t = Instant::now();
        for i in 0..30 {
            assert!(
                limiter
                    .check(&ip, t + Duration::from_millis(i * 150))
                    .is_ok()
            );
        }
    }

    #[test]
    fn the_map_of_addresses_stays_bounded() {
        let limiter = StartLimiter::new(60);
        let t = Instant::now();
        for i in 0..(MAX_TRACKED as u32 + 500) {
            let _ = limiter.check(
                &IpAddr::from(i.to_be_bytes()),
                t + Duration::from_millis(u64::from(i)),
            );
        }
        assert!(limiter.buckets.lock().unwrap().len() <= MAX_TRACKED);
    }

    #[test]
    fn a_flood_is_throttled_and_other_addresses_are_not() {
        let limiter = StartLimiter::new(60);
        let flood: IpAddr = [10, 0, 0, 1].into();
        let t = Instant::now();
        let passed = (0..200)
            .filter(|_| limiter.check(&flood, t).is_ok())
            .count();
        assert_eq!(passed, 60);
        let wait = limiter.check(&flood, t).unwrap_err();
        assert!(wait >= Duration::from_secs(1));
        assert!(limiter.check(&[10, 0, 0, 2].into(), t).is_ok());
        assert!(
            limiter.check(&flood, t + Duration::from_secs(2)).is_ok(),
            "refills"
        );
    }
}
