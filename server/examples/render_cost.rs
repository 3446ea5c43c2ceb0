//! Benchmark: what one page costs the server, without the network (issue 20).
//!
//!     cargo run --release -p server --example render_cost -- [requests] [path] [threads]
//!
//! Builds the whole router in this process (every layer, as served), starts a world, logs
//! Karen in with her key card, and asks for `path` (default `/post`, the inbox) `requests`
//! times (default 20 000) on one thread; prints the mean time per answer and the answer's
//! size, next to `/health` through the same layers (what the layers alone cost). A figure
//! to compare before and after a change on the same machine; `make bench` measures the
//! whole server against nginx. With `--features count-allocations` it also prints the
//! allocations an answer makes.

use axum::body::Body;
use http::header::{CONTENT_TYPE, COOKIE, SET_COOKIE};
use http::{Request, StatusCode};
use http_body_util::BodyExt;
use server::config::Config;
use server::{AppState, router, scenario};
#[cfg(feature = "count-allocations")]
use stats_alloc::StatsAlloc;
use std::time::Instant;
use tower::ServiceExt;

// The server's allocator (main.rs), so the figures are the served binary's. With
// `--features count-allocations` it is counted (`stats_alloc`) to print the allocations an
// answer makes; the counting's atomics add ~15 % to the time, so compare times without it.
#[cfg(all(feature = "mimalloc", not(feature = "count-allocations")))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
#[cfg(all(feature = "mimalloc", feature = "count-allocations"))]
#[global_allocator]
static GLOBAL: StatsAlloc<mimalloc::MiMalloc> = StatsAlloc::new(mimalloc::MiMalloc);
#[cfg(all(not(feature = "mimalloc"), feature = "count-allocations"))]
#[global_allocator]
static GLOBAL: StatsAlloc<std::alloc::System> = StatsAlloc::new(std::alloc::System);

/// Allocations (new blocks and grown ones) so far, on every thread; 0 when not counted.
fn allocations() -> u64 {
    #[cfg(feature = "count-allocations")]
    {
        let stats = GLOBAL.stats();
        (stats.allocations + stats.reallocations) as u64
    }
    #[cfg(not(feature = "count-allocations"))]
    0
}

fn cookie_of(r: &http::Response<Body>) -> Option<String> {
    r.headers()
        .get(SET_COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(str::to_owned)
}

async fn send(app: &axum::Router, request: Request<Body>) -> (StatusCode, Option<String>, String) {
    let Ok(r) = app.clone().oneshot(request).await;
    let status = r.status();
    let cookie = cookie_of(&r);
    let body = r.into_body().collect().await.map(|b| b.to_bytes());
    let text = body
        .ok()
        .and_then(|b| String::from_utf8(b.to_vec()).ok())
        .unwrap_or_default();
    (status, cookie, text)
}

fn form(path: &str, cookie: Option<&str>, body: String) -> Request<Body> {
    let mut b = Request::post(path)
        .header("sec-fetch-site", "same-origin")
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        b = b.header(COOKIE, c);
    }
    b.body(Body::from(body)).unwrap_or_default()
}

fn get(path: &str, cookie: &str) -> Request<Body> {
    Request::get(path)
        .header(COOKIE, cookie)
        .body(Body::empty())
        .unwrap_or_default()
}

/// Starts a world and logs Karen in; her session cookie.
async fn logged_in(app: &axum::Router, state: &AppState) -> String {
    let (_, cookie, _) = send(app, form("/ovelse/start", None, String::new())).await;
    let cookie = cookie.unwrap_or_else(|| panic!("no session cookie"));
    let _ = send(
        app,
        form(
            "/log-paa",
            Some(&cookie),
            "trin=adgangskode&bruger_id=318204657&adgangskode=7913".into(),
        ),
    )
    .await;
    // The key the login asks for, off Karen's card (as the integration tests read it).
    let id = cookie.split_once('=').map(|(_, v)| v).unwrap_or_default();
    let world = app::session::SessionId::parse(id)
        .and_then(|id| state.store.load(&id, Instant::now()))
        .unwrap_or_else(|| panic!("no world"));
    let domain::Login::AwaitingKey {
        persona, key_index, ..
    } = world.login().clone()
    else {
        panic!("no key step")
    };
    let key = world.key_card(&persona).keys[usize::from(key_index)]
        .key
        .clone();
    let (_, rotated, _) = send(
        app,
        form(
            "/log-paa",
            Some(&cookie),
            format!("trin=noegle&noegle={key}"),
        ),
    )
    .await;
    rotated.unwrap_or(cookie)
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("runtime: {e}"))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: u32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(20_000);
    let path = args.next().unwrap_or_else(|| "/post".to_owned());
    let threads: u32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1).max(1);
    let config = <Config as clap::Parser>::parse_from([
        "demoborger",
        "--world-requests-per-second",
        "100000000",
        "--world-burst",
        "100000000",
    ]);
    let scenario = scenario::load(&config.scenario_dir).unwrap_or_else(|e| panic!("{e}"));
    let state = AppState::new(config, scenario);
    let app = router(state.clone());
    for (what, path) in [("layers only", "/health"), ("page", path.as_str())] {
        // Each thread its own learner, as on the server's worker threads.
        let runs: Vec<_> = (0..threads)
            .map(|_| {
                let (app, state, path) = (app.clone(), state.clone(), path.to_owned());
                std::thread::spawn(move || {
                    runtime().block_on(async move {
                        let cookie = logged_in(&app, &state).await;
                        let (status, _, body) = send(&app, get(&path, &cookie)).await;
                        let start = Instant::now();
                        let before = allocations();
                        for _ in 0..n {
                            let _ = send(&app, get(&path, &cookie)).await;
                        }
                        let took = start.elapsed();
                        let made = allocations() - before;
                        (status, body.len(), took, made)
                    })
                })
            })
            .collect();
        let mut busy = std::time::Duration::ZERO;
        let mut answer = (StatusCode::OK, 0);
        let mut made = 0;
        for run in runs {
            let (status, bytes, took, allocations) =
                run.join().unwrap_or_else(|_| panic!("a thread failed"));
            busy += took;
            made += allocations;
            answer = (status, bytes);
        }
        let counted = if cfg!(feature = "count-allocations") {
            format!(" and {} allocations", made / u64::from(n * threads))
        } else {
            String::new()
        };
        println!(
            "{what:12} GET {path}: {}, {} bytes, {:.1} µs{counted} per answer \
             ({n} answers on each of {threads} threads)",
            answer.0,
            answer.1,
            busy.as_secs_f64() * 1e6 / f64::from(n * threads),
        );
    }
}
