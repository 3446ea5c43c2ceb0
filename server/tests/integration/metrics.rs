//! `/metrics` (issue 20): off the public port, on its own address when asked for; counts
//! and times requests by route and counts refusals by reason.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::common;

use common::*;
use http::StatusCode;
use tower::ServiceExt;

async fn scrape(addr: std::net::SocketAddr) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    for _ in 0..50 {
        if let Ok(mut s) = tokio::net::TcpStream::connect(addr).await {
            s.write_all(b"GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .await
                .unwrap();
            let mut out = String::new();
            s.read_to_string(&mut out).await.unwrap();
            return out;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no metrics listener on {addr}");
}

#[tokio::test]
async fn metrics_count_requests_by_route_and_refusals_by_reason_on_their_own_address() {
    let c = Client::new(&[]);
    // Not on the public port.
    assert_eq!(
        c.get("/metrics", None).await.status(),
        StatusCode::NOT_FOUND
    );
    let addr = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    };
    tokio::spawn(server::telemetry::serve(addr, c.state.store.clone()));
    scrape(addr).await;
    let cookie = c.start().await;
    c.get("/post/brev/a-aarsopgoerelse", Some(&cookie)).await;
    c.get("/post/brev/b-andet", Some(&cookie)).await;
    // A cross-site post is refused and counted as such.
    let cross = http::Request::post("/ovelse/start")
        .header("sec-fetch-site", "cross-site")
        .body(axum::body::Body::empty())
        .unwrap();
    let r = c.app.clone().oneshot(cross).await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let text = scrape(addr).await;
    // Both letters under one route label, not one per letter.
    assert!(
        text.contains(
            r#"demoborger_requests_total{route="/post/brev/{id}",method="GET",status="2xx"} 2"#
        ),
        "{text}"
    );
    assert!(
        text.contains(
            r#"demoborger_request_duration_seconds_count{route="/post/brev/{id}",method="GET"} 2"#
        ),
        "{text}"
    );
    assert!(
        text.contains(r#"demoborger_rejected_total{reason="cross_site"} 1"#),
        "{text}"
    );
    assert!(text.contains("demoborger_live_worlds 1"), "{text}");
    assert!(text.contains("demoborger_resident_bytes "), "{text}");
}
