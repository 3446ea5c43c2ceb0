//! One client never slows or breaks the others: slow bodies hold no in-flight slot and
//! time out, the in-flight limit is one for the whole server, uploads take a slot each and
//! their bytes count against the budget as they arrive, one world's flood is refused, and
//! one address holds only its share of connections.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::common;

use axum::body::{Body, Bytes};
use common::*;
use http::header::{CONTENT_TYPE, COOKIE};
use http::{Request, Response, StatusCode};
use http_body_util::channel::{Channel, Sender};
use std::time::{Duration, Instant};
use tower::ServiceExt;

/// A body that arrives only as fast as the test sends it.
fn dripping() -> (Sender<Bytes>, Body) {
    let (tx, body) = Channel::<Bytes>::new(4);
    (tx, Body::new(body))
}

fn post(path: &str, cookie: &str, content_type: &str, body: Body) -> Request<Body> {
    Request::post(path)
        .header("sec-fetch-site", "same-origin")
        .header(CONTENT_TYPE, content_type)
        .header(COOKIE, cookie)
        .body(body)
        .unwrap()
}

/// Sends `request` in the background; the answer comes through the handle.
fn spawn(c: &Client, request: Request<Body>) -> tokio::task::JoinHandle<Response<Body>> {
    let app = c.app.clone();
    tokio::spawn(async move { app.oneshot(request).await.unwrap() })
}

/// Lets the spawned requests reach where they wait.
async fn settle() {
    tokio::time::sleep(Duration::from_millis(200)).await;
}

const FORM: &str = "application/x-www-form-urlencoded";
const MULTIPART: &str = "multipart/form-data; boundary=----demoborgerTEST";

#[tokio::test]
async fn slow_form_bodies_hold_no_in_flight_slot_and_time_out() {
    let c = Client::new(&["--max-in-flight", "2", "--body-timeout-secs", "1"]);
    let attacker = c.start().await;
    let learner = c.start().await;
    let learner = c.log_in(&learner, "318204657", "7913").await;
    // Five posts to the mailbox that send their headers and then drip.
    let mut drips = Vec::new();
    let mut slow = Vec::new();
    for _ in 0..5 {
        let (mut tx, body) = dripping();
        tx.send_data(Bytes::from_static(b"handling="))
            .await
            .unwrap();
        slow.push(spawn(&c, post("/post", &attacker, FORM, body)));
        drips.push(tx);
    }
    settle().await;
    // The learner's own post to the mailbox is served meanwhile.
    let r = c
        .post_form(
            "/post",
            &learner,
            &[("handling", "opret-mappe"), ("navn", "Skat")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "served during the drip");
    // The dripping posts get 408 once their time is up.
    let started = Instant::now();
    for r in slow {
        assert_eq!(r.await.unwrap().status(), StatusCode::REQUEST_TIMEOUT);
    }
    assert!(started.elapsed() < Duration::from_secs(3));
    drop(drips);
}

#[tokio::test]
async fn the_in_flight_limit_is_one_for_the_whole_server() {
    let c = Client::new(&["--max-in-flight", "1", "--body-timeout-secs", "5"]);
    let cookie = c.start().await;
    let cookie = c.log_in(&cookie, "318204657", "7913").await;
    // A message with a file that is still arriving is being handled: it holds the slot.
    let (mut tx, body) = dripping();
    tx.send_data(Bytes::from_static(
        b"------demoborgerTEST\r\nContent-Disposition: form-data; name=\"emne\"\r\n\r\nHej",
    ))
    .await
    .unwrap();
    let upload = spawn(
        &c,
        post("/post/skriv?til=skattestyrelsen", &cookie, MULTIPART, body),
    );
    settle().await;
    // Another route is refused too: the limit counts every route together.
    let r = c.get("/ovelse", Some(&cookie)).await;
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    drop(tx);
    upload.await.unwrap();
    assert_eq!(
        c.get("/ovelse", Some(&cookie)).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn uploads_take_a_slot_each_and_a_drip_is_stopped() {
    let c = Client::new(&[
        "--max-uploads-in-flight",
        "1",
        "--body-timeout-secs",
        "1",
        "--upload-min-kib-per-sec",
        "64",
    ]);
    let cookie = c.start().await;
    let cookie = c.log_in(&cookie, "318204657", "7913").await;
    let (mut tx, body) = dripping();
    tx.send_data(Bytes::from_static(b"------demoborgerTEST\r\n"))
        .await
        .unwrap();
    let started = Instant::now();
    let first = spawn(
        &c,
        post("/post/skriv?til=skattestyrelsen", &cookie, MULTIPART, body),
    );
    settle().await;
    let second = c
        .send_message(
            &cookie,
            "/post/skriv?til=skattestyrelsen",
            &[
                ("til", "skattestyrelsen"),
                ("emne", "Hej"),
                ("besked", "Tekst"),
            ],
            &[],
        )
        .await;
    assert_eq!(
        second.status(),
        StatusCode::SERVICE_UNAVAILABLE,
        "no upload slot free"
    );
    assert!(!header(&second, "retry-after").is_empty());
    // The drip is behind its pace after the first second: 408, and the slot is free again.
    assert_eq!(first.await.unwrap().status(), StatusCode::REQUEST_TIMEOUT);
    assert!(started.elapsed() < Duration::from_secs(3));
    let again = c
        .send_message(
            &cookie,
            "/post/skriv?til=skattestyrelsen",
            &[
                ("til", "skattestyrelsen"),
                ("emne", "Hej"),
                ("besked", "Tekst"),
            ],
            &[],
        )
        .await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    drop(tx);
}

#[tokio::test]
async fn a_slow_upload_at_the_allowed_pace_outlasts_the_handler_timeout() {
    // A phone on slow Wi-Fi: a message with a 24 KiB file arriving at ~12 KiB/s takes
    // about 2 s, twice the handler's time, and still goes.
    let c = Client::new(&[
        "--handler-timeout-secs",
        "1",
        "--body-timeout-secs",
        "1",
        "--upload-min-kib-per-sec",
        "8",
    ]);
    let cookie = c.start().await;
    let cookie = c.log_in(&cookie, "318204657", "7913").await;
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.resize(24 * 1024, 0);
    let (_, whole) = multipart(
        &[
            ("til", "skattestyrelsen"),
            ("emne", "Langsomt bilag"),
            ("besked", "Se filen."),
        ],
        &[("kvittering.png", &png)],
    );
    let (mut tx, slow_body) = dripping();
    let started = Instant::now();
    let upload = spawn(
        &c,
        post(
            "/post/skriv?til=skattestyrelsen",
            &cookie,
            MULTIPART,
            slow_body,
        ),
    );
    for piece in whole.chunks(3 * 1024) {
        tx.send_data(Bytes::copy_from_slice(piece)).await.unwrap();
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    drop(tx);
    let r = upload.await.unwrap();
    assert!(
        started.elapsed() > Duration::from_millis(1500),
        "it was slow"
    );
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "the message went");
    let sent = body(c.get("/post?mappe=sendt", Some(&cookie)).await).await;
    assert!(sent.contains("Langsomt bilag"));
}

#[tokio::test]
async fn files_still_arriving_count_against_the_upload_budget() {
    let c = Client::new(&["--upload-budget-mib", "3", "--body-timeout-secs", "5"]);
    let a = c.start().await;
    let a = c.log_in(&a, "318204657", "7913").await;
    let b = c.start().await;
    let b = c.log_in(&b, "318204657", "7913").await;
    // A's file: 2.5 MiB... but files are at most 2 MB, so two files of 1.25 MiB, still
    // arriving.
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.resize(1_300_000, 0);
    let (mut tx, slow_body) = dripping();
    let (_, start) = multipart(
        &[
            ("til", "skattestyrelsen"),
            ("emne", "Bilag"),
            ("besked", "Se filerne."),
        ],
        &[("a.png", &png), ("b.png", &png)],
    );
    // Everything but the closing boundary: the body is not finished.
    let open = start[..start.len() - b"------demoborgerTEST--\r\n".len()].to_vec();
    let upload = spawn(
        &c,
        post("/post/skriv?til=skattestyrelsen", &a, MULTIPART, slow_body),
    );
    for piece in open.chunks(64 * 1024) {
        tx.send_data(Bytes::copy_from_slice(piece)).await.unwrap();
    }
    settle().await;
    // B's 1 MB file does not fit beside A's bytes in flight: refused with the reason,
    // the text kept.
    let mut small = b"\x89PNG\r\n\x1a\n".to_vec();
    small.resize(1_000_000, 0);
    let r = c
        .send_message(
            &b,
            "/post/skriv?til=skattestyrelsen",
            &[
                ("til", "skattestyrelsen"),
                ("emne", "Min fil"),
                ("besked", "Her er den."),
            ],
            &[("c.png", &small)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let page = body(r).await;
    assert!(page.contains("Der er ikke plads til flere vedhæftede filer"));
    assert!(page.contains("Min fil"), "the subject is kept");
    tx.send_data(Bytes::from_static(b"------demoborgerTEST--\r\n"))
        .await
        .unwrap();
    drop(tx);
    assert_eq!(upload.await.unwrap().status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn one_world_past_its_rate_gets_429_and_the_others_are_served() {
    let c = Client::new(&["--world-burst", "5", "--world-requests-per-second", "1"]);
    let flood = c.start().await;
    let other = c.start().await;
    let mut statuses = Vec::new();
    for _ in 0..8 {
        statuses.push(c.get("/ovelse", Some(&flood)).await.status());
    }
    assert!(
        statuses[..5].iter().all(|s| *s == StatusCode::OK),
        "{statuses:?}"
    );
    let r = c.get("/ovelse", Some(&flood)).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(!header(&r, "retry-after").is_empty());
    assert!(body(r).await.contains("For mange"));
    // Static files are not the learner's clicks.
    assert_ne!(
        c.get("/favicon.svg", Some(&flood)).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        c.get("/ovelse", Some(&other)).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn one_address_holds_only_its_share_of_connections() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let state = state(&["--max-connections-per-ip", "2"]);
    let limits = state.limits.clone();
    tokio::spawn(server::serve(
        listener,
        server::router(state),
        server::conn::Timeouts {
            header: Duration::from_secs(5),
            keep_alive: Duration::from_secs(60),
        },
        limits,
    ));
    let first = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut second = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut third = tokio::net::TcpStream::connect(addr).await.unwrap();
    // The third is closed at once, without an answer.
    let mut buf = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(2), third.read_to_end(&mut buf)).await;
    assert!(
        read.is_ok() && buf.is_empty(),
        "the third connection was served"
    );
    // The two others are served.
    second
        .write_all(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut answer = Vec::new();
    tokio::time::timeout(Duration::from_secs(2), second.read_to_end(&mut answer))
        .await
        .unwrap()
        .unwrap();
    assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 200"));
    // Once one closes, the address may open another.
    drop(first);
    drop(second);
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut fourth = tokio::net::TcpStream::connect(addr).await.unwrap();
    fourth
        .write_all(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut answer = Vec::new();
    tokio::time::timeout(Duration::from_secs(2), fourth.read_to_end(&mut answer))
        .await
        .unwrap()
        .unwrap();
    assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 200"));
}
