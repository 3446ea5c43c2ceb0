//! In-process tests of the whole router with every layer: cookies, world life cycle,
//! cross-site refusal, headers, limits. No socket: `tower::ServiceExt::oneshot`.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::common;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use common::*;
use http::header::{CONTENT_TYPE, COOKIE, LOCATION, RETRY_AFTER};
use http::{Request, Response, StatusCode};
use server::router;
use std::net::SocketAddr;
use tower::ServiceExt;

#[tokio::test]
async fn a_plain_get_sets_no_cookie_and_creates_no_world() {
    let c = Client::new(&[]);
    for path in [
        "/",
        "/ovelse",
        "/ovelse/nulstil",
        "/om",
        "/health",
        "/favicon.svg",
        "/nope",
    ] {
        let r = c.get(path, None).await;
        assert!(set_cookies(&r).is_empty(), "{path} set a cookie");
    }
    assert_eq!(c.worlds(), 0);
    let html = body(c.get("/", None).await).await;
    assert!(html.contains("<html lang=\"da\""));
    assert!(html.contains("ØVEMILJØ"));
    assert!(html.contains("Start øvelse"));
}

/// A page goes out whole, with its length (one write, and a browser can show how far the
/// page has come on a slow line), with its title and hydration data in place; a page
/// rendered in pieces went out chunked (issue 20).
#[tokio::test]
async fn a_page_is_one_body_with_its_length_title_and_policy() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    for (path, title) in [
        ("/", "Øv dig i digital selvbetjening"),
        ("/ovelse", "Din øvelse"),
        ("/om", "Om øvemiljøet"),
    ] {
        let r = c.get(path, Some(&cookie)).await;
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        assert!(
            header(&r, "content-type").starts_with("text/html"),
            "{path}"
        );
        assert!(header(&r, "transfer-encoding").is_empty(), "{path} chunked");
        let length: usize = header(&r, "content-length")
            .parse()
            .unwrap_or_else(|_| panic!("{path} without content-length"));
        // The policy names this page's own nonce, which the page's scripts carry.
        let policy = header(&r, "content-security-policy").to_owned();
        let html = body(r).await;
        assert_eq!(html.len(), length, "{path}");
        let nonce = policy
            .split("'nonce-")
            .nth(1)
            .and_then(|n| n.split('\'').next())
            .unwrap_or_else(|| panic!("{path}: no nonce in {policy}"));
        assert!(
            html.contains(&format!("<script nonce=\"{nonce}\">__RESOLVED_RESOURCES=")),
            "{path}"
        );
        let head = html.split("</head>").next().unwrap();
        assert!(
            head.contains("<title>") && head.contains(title),
            "{path}: {head}"
        );
    }
}

#[tokio::test]
async fn start_sets_exactly_one_session_cookie_with_safe_attributes() {
    let c = Client::new(&[]);
    let r = c.post("/ovelse/start", None).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&r, "location"), "/ovelse");
    let cookies = set_cookies(&r);
    assert_eq!(cookies.len(), 1);
    let parts: Vec<&str> = cookies[0].split("; ").collect();
    let (name, value) = parts[0].split_once('=').unwrap();
    assert_eq!(name, "demoborger");
    assert!(value.len() == 32 && value.bytes().all(|b| b.is_ascii_hexdigit()));
    let mut attributes = parts[1..].to_vec();
    attributes.sort_unstable();
    assert_eq!(attributes, ["HttpOnly", "Path=/", "SameSite=Lax"]);
    assert_eq!(c.worlds(), 1);
}

#[tokio::test]
async fn over_https_the_cookie_is_secure_with_the_host_prefix() {
    let c = Client::new(&["--https"]);
    let r = c.post("/ovelse/start", None).await;
    assert_eq!(
        header(&r, "strict-transport-security"),
        "max-age=31536000",
        "HSTS for a year"
    );
    let cookie = &set_cookies(&r)[0];
    assert!(cookie.starts_with("__Host-demoborger="), "{cookie}");
    assert!(cookie.contains("; Secure"));
    let pair = cookie.split(';').next().unwrap();
    assert!(
        body(c.get("/ovelse", Some(pair)).await)
            .await
            .contains("Karen Jensen")
    );
}

#[tokio::test]
async fn over_plain_http_there_is_no_hsts() {
    let c = Client::new(&[]);
    let r = c.get("/", None).await;
    assert!(r.headers().get("strict-transport-security").is_none());
}

#[tokio::test]
async fn the_world_page_lists_the_fictitious_personas() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let r = c.get("/ovelse", Some(&cookie)).await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = body(r).await;
    for text in [
        "Karen Jensen",
        "Mette Jensen Holm",
        "Fiktiv person",
        "Alder",
        "CPR-nummer",
        "Bruger-id",
        "Adgangskode",
        "420348-1236",
        "Nulstil øvelse",
        "Afslut øvelse",
    ] {
        assert!(html.contains(text), "missing {text}");
    }
}

#[tokio::test]
async fn reset_gives_a_new_id_and_the_old_one_stops_working() {
    let c = Client::new(&[]);
    let old = c.start().await;
    let r = c.post("/ovelse/nulstil", Some(&old)).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&r, "location"), "/ovelse?nulstillet=1");
    let new = cookie_pair(&r);
    assert_ne!(old, new);
    assert_eq!(c.worlds(), 1);
    assert!(
        body(c.get("/ovelse", Some(&new)).await)
            .await
            .contains("Karen Jensen")
    );
    let stale = body(c.get("/ovelse", Some(&old)).await).await;
    assert!(stale.contains("Din øvelse er udløbet"));
    assert!(!stale.contains("Karen Jensen"));
}

#[tokio::test]
async fn end_deletes_the_world_and_the_cookie() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let other = c.start().await;
    let r = c.post("/ovelse/afslut", Some(&cookie)).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&r, "location"), "/?afsluttet=1");
    assert!(set_cookies(&r)[0].contains("Max-Age=0"));
    assert_eq!(c.worlds(), 1, "only the ended world is gone");
    assert!(
        body(c.get("/ovelse", Some(&cookie)).await)
            .await
            .contains("Din øvelse er udløbet")
    );
    assert!(
        body(c.get("/ovelse", Some(&other)).await)
            .await
            .contains("Karen Jensen")
    );
}

#[tokio::test]
async fn a_forged_cookie_is_never_adopted() {
    let c = Client::new(&[]);
    c.start().await;
    for forged in [
        "demoborger=0123456789abcdef0123456789abcdef",
        "demoborger=not-an-id",
        "demoborger=",
    ] {
        let r = c.get("/ovelse", Some(forged)).await;
        assert_eq!(r.status(), StatusCode::OK);
        assert!(set_cookies(&r).is_empty());
        let html = body(r).await;
        assert!(html.contains("Din øvelse er udløbet"), "{forged}");
        assert!(!html.contains("Karen Jensen"));
        // Reset with a forged id creates nothing either.
        let r = c.post("/ovelse/nulstil", Some(forged)).await;
        assert!(set_cookies(&r).is_empty());
    }
    // Start with a forged cookie gets a fresh id, not the forged one.
    let r = c
        .post(
            "/ovelse/start",
            Some("demoborger=0123456789abcdef0123456789abcdef"),
        )
        .await;
    assert!(!cookie_pair(&r).contains("0123456789abcdef0123456789abcdef"));
    assert_eq!(c.worlds(), 2);
}

#[tokio::test]
async fn a_cross_site_post_is_refused_and_changes_nothing() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    for site in ["cross-site", "same-site"] {
        for path in [
            "/ovelse/start",
            "/ovelse/nulstil",
            "/ovelse/afslut",
            "/post",
            "/log-paa",
        ] {
            let r = c.post_from(path, Some(&cookie), site).await;
            assert_eq!(r.status(), StatusCode::FORBIDDEN, "{site} {path}");
            assert!(set_cookies(&r).is_empty());
            assert!(body(r).await.contains("Handlingen blev afvist"));
        }
    }
    // Without Fetch Metadata, a foreign Origin is refused and the own one accepted.
    let foreign = Request::post("/ovelse/afslut")
        .header("origin", "http://evil.example")
        .header("host", "127.0.0.1:3000")
        .header(COOKIE, &cookie)
        .body(Body::empty())
        .unwrap();
    assert_eq!(c.send(foreign).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(c.worlds(), 1);
    assert!(
        body(c.get("/ovelse", Some(&cookie)).await)
            .await
            .contains("Karen Jensen")
    );
    let own = Request::post("/ovelse/afslut")
        .header("origin", "http://127.0.0.1:3000")
        .header("host", "127.0.0.1:3000")
        .header(COOKIE, &cookie)
        .body(Body::empty())
        .unwrap();
    assert_eq!(c.send(own).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(c.worlds(), 0);
}

fn assert_security_headers(r: &Response<Body>, what: &str) {
    let csp = header(r, "content-security-policy");
    for part in [
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "'wasm-unsafe-eval'",
        "connect-src 'self'",
    ] {
        assert!(csp.contains(part), "{what}: CSP lacks {part}: {csp}");
    }
    assert_eq!(header(r, "x-content-type-options"), "nosniff", "{what}");
    assert_eq!(
        header(r, "referrer-policy"),
        "strict-origin-when-cross-origin",
        "{what}"
    );
    assert_eq!(
        header(r, "cross-origin-opener-policy"),
        "same-origin",
        "{what}"
    );
    assert!(r.headers().get("server").is_none(), "{what}");
}

#[tokio::test]
async fn security_headers_on_html_static_and_404_responses() {
    let c = Client::new(&[]);
    let cookie = c.start().await;

    let html = c.get("/ovelse", Some(&cookie)).await;
    assert_security_headers(&html, "html");
    assert_eq!(header(&html, "cache-control"), "no-store");
    assert!(header(&html, "content-security-policy").contains("'nonce-"));

    let file = c.get("/favicon.svg", None).await;
    assert_eq!(file.status(), StatusCode::OK);
    assert_security_headers(&file, "static");
    assert_eq!(header(&file, "cache-control"), "no-cache");

    let missing = c.get("/findes-ikke", None).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert_security_headers(&missing, "404");
    assert_eq!(header(&missing, "cache-control"), "no-store");
    let page = body(missing).await;
    assert!(page.contains("Siden findes ikke") && page.contains("ØVEMILJØ"));

    let forbidden = c.post_from("/ovelse/start", None, "cross-site").await;
    assert_security_headers(&forbidden, "403");
}

#[tokio::test]
async fn past_the_cap_start_answers_503_and_live_worlds_stay() {
    let c = Client::new(&["--max-worlds", "2"]);
    let a = c.start().await;
    let b = c.start().await;
    let r = c.post("/ovelse/start", None).await;
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(header(&r, "retry-after").parse::<u64>().unwrap() > 0);
    assert!(set_cookies(&r).is_empty());
    assert!(body(r).await.contains("Der er travlt lige nu"));
    assert_eq!(c.worlds(), 2);
    for cookie in [&a, &b] {
        assert!(
            body(c.get("/ovelse", Some(cookie)).await)
                .await
                .contains("Karen Jensen")
        );
    }
    // A learner who already has a world can still reset it at the cap.
    let r = c.post("/ovelse/nulstil", Some(&a)).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn an_oversized_body_gets_413_with_the_friendly_page() {
    let c = Client::new(&[]);
    for path in ["/ovelse/start", "/log-paa"] {
        let big = "x".repeat(70 * 1024);
        let r = c
            .send(
                Request::post(path)
                    .header("sec-fetch-site", "same-origin")
                    .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .header("content-length", big.len())
                    .body(Body::from(big))
                    .unwrap(),
            )
            .await;
        assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE, "{path}");
        assert_eq!(header(&r, "x-content-type-options"), "nosniff");
        assert!(body(r).await.contains("Det, du sendte, er for stort"));
    }
    assert_eq!(c.worlds(), 0);
}

fn start_from(ip: [u8; 4]) -> Request<Body> {
    let mut r = Request::post("/ovelse/start")
        .header("sec-fetch-site", "same-origin")
        .body(Body::empty())
        .unwrap();
    r.extensions_mut()
        .insert(ConnectInfo(SocketAddr::from((ip, 40000))));
    r
}

#[tokio::test]
async fn a_class_behind_one_address_starts_together_and_a_flood_is_throttled() {
    let c = Client::new(&[]);
    for i in 0..30 {
        assert_eq!(
            c.send(start_from([10, 1, 1, 1])).await.status(),
            StatusCode::SEE_OTHER,
            "start {i}"
        );
    }
    let mut refused = None;
    for _ in 30..200 {
        let r = c.send(start_from([10, 1, 1, 1])).await;
        if r.status() == StatusCode::TOO_MANY_REQUESTS {
            refused = Some(r);
            break;
        }
    }
    let r = refused.expect("a flood from one address is throttled");
    assert!(header(&r, RETRY_AFTER.as_str()).parse::<u64>().unwrap() >= 1);
    assert!(body(r).await.contains("For mange forsøg"));
    assert_eq!(
        c.send(start_from([10, 2, 2, 2])).await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn health_answers_without_creating_state() {
    let c = Client::new(&[]);
    let r = c.get("/health", None).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(c.worlds(), 0);
    assert!(r.headers().get(LOCATION).is_none());
}

#[tokio::test]
async fn a_panicking_handler_gets_the_friendly_500_page_and_the_server_goes_on() {
    let state = state(&[]);
    let routes = Router::new().route(
        "/boom",
        axum::routing::get(|| async {
            if std::hint::black_box(true) {
                panic!("secret internals /home/x");
            }
            "never"
        }),
    );
    let app = server::with_layers(routes, state);
    let r = app
        .clone()
        .oneshot(Request::get("/boom").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(header(&r, "x-content-type-options"), "nosniff");
    let page = body(r).await;
    assert!(page.contains("Der skete en fejl") && page.contains("ØVEMILJØ"));
    assert!(!page.contains("secret internals"));
    let again = app
        .oneshot(Request::get("/boom").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::INTERNAL_SERVER_ERROR);
}

/// The app served over TCP on a free port with these header and keep-alive timeouts (s).
async fn serving(header: u64, keep_alive: u64) -> std::net::SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let state = state(&[]);
    let limits = state.limits.clone();
    tokio::spawn(server::serve(
        listener,
        router(state),
        server::conn::Timeouts {
            header: std::time::Duration::from_secs(header),
            keep_alive: std::time::Duration::from_secs(keep_alive),
        },
        limits,
    ));
    addr
}

#[tokio::test]
async fn a_client_that_never_finishes_its_headers_is_disconnected() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = serving(1, 60).await;

    let mut slow = tokio::net::TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    let started = std::time::Instant::now();
    let mut buf = Vec::new();
    let read = tokio::time::timeout(
        std::time::Duration::from_secs(5),
        slow.read_to_end(&mut buf),
    )
    .await;
    assert!(read.is_ok(), "the connection was still open after 5 s");
    assert!(started.elapsed() < std::time::Duration::from_secs(4));

    // A client that connects and sends nothing at all is closed too.
    let mut silent = tokio::net::TcpStream::connect(addr).await.unwrap();
    let started = std::time::Instant::now();
    let read = tokio::time::timeout(
        std::time::Duration::from_secs(5),
        silent.read_to_end(&mut buf),
    )
    .await;
    assert!(read.is_ok(), "a silent connection was still open after 5 s");
    assert!(started.elapsed() < std::time::Duration::from_secs(4));

    // Meanwhile a normal client is served.
    let mut ok = tokio::net::TcpStream::connect(addr).await.unwrap();
    ok.write_all(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut answer = String::new();
    ok.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

#[tokio::test]
async fn each_client_mistake_gets_a_page_that_tells_the_truth() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let cookie = c.log_in(&cookie, "318204657", "7913").await;
    // A method the address does not take.
    let r = c
        .send(
            http::Request::delete("/post")
                .header("sec-fetch-site", "same-origin")
                .header(http::header::COOKIE, &cookie)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(r.status(), StatusCode::METHOD_NOT_ALLOWED);
    let page = body(r).await;
    assert!(page.contains("Det kan man ikke her"), "405 page");
    assert!(!page.contains("hos os"));
    // A multipart body that breaks off: the form could not be read, not "too large".
    let r = c
        .send(
            http::Request::post("/post/skriv?til=skattestyrelsen")
                .header("sec-fetch-site", "same-origin")
                .header(http::header::COOKIE, &cookie)
                .header(
                    http::header::CONTENT_TYPE,
                    "multipart/form-data; boundary=----demoborgerTEST",
                )
                .body(axum::body::Body::from(
                    "------demoborgerTEST\r\nContent-Disposition: form-data; name=\"emne\"\r\n\r\nHej",
                ))
                .unwrap(),
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let page = body(r).await;
    assert!(page.contains("Formularen kunne ikke læses"));
    assert!(!page.contains("for stort"));
}

#[tokio::test]
async fn afslut_oevelse_asks_first_and_ends_only_on_yes() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let r = c.get("/ovelse/afslut", Some(&cookie)).await;
    assert_eq!(r.status(), StatusCode::OK);
    let page = body(r).await;
    assert!(page.contains("Vil du afslutte øvelsen?") && page.contains("Ja, afslut øvelsen"));
    assert!(c.world(&cookie).is_some(), "asking deletes nothing");
    let r = c.post("/ovelse/afslut", Some(&cookie)).await;
    assert_eq!(header(&r, "location"), "/?afsluttet=1");
    assert!(c.world(&cookie).is_none());
}

#[tokio::test]
async fn a_kept_alive_connection_outlives_the_header_timeout_between_requests() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = serving(1, 4).await;
    let mut c = tokio::net::TcpStream::connect(addr).await.unwrap();
    let answer = async |c: &mut tokio::net::TcpStream| {
        c.write_all(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
            .await
            .unwrap();
        let mut buf = [0u8; 1024];
        let n = tokio::time::timeout(std::time::Duration::from_secs(2), c.read(&mut buf))
            .await
            .expect("an answer")
            .unwrap();
        String::from_utf8_lossy(&buf[..n]).into_owned()
    };
    assert!(answer(&mut c).await.starts_with("HTTP/1.1 200"));
    // A learner reads for longer than the header timeout: the same connection serves the
    // next page.
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    assert!(answer(&mut c).await.starts_with("HTTP/1.1 200"));
    // Idle past the keep-alive time: closed.
    let started = std::time::Instant::now();
    let mut rest = Vec::new();
    let read =
        tokio::time::timeout(std::time::Duration::from_secs(8), c.read_to_end(&mut rest)).await;
    assert!(read.is_ok(), "still open 8 s after the last answer");
    let waited = started.elapsed();
    assert!(
        waited > std::time::Duration::from_secs(3),
        "closed after {waited:?}"
    );
}
