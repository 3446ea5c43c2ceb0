//! The pages' table (`app::PAGES`): every page answers at its address, and a page gets its
//! address's parameters and query without a Leptos router.

use crate::common::*;
use http::StatusCode;

/// A value for each kind of parameter the pages' paths name.
fn filled(path: &str) -> String {
    path.replace("{id}", "karen")
        .replace("{theme}", "nemid")
        .replace("{key}", "ingen-tavle")
        .replace("{code}", "ABCDEF")
}

#[tokio::test]
async fn every_page_answers_at_its_address_with_the_whole_document() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let cookie = c.log_in(&cookie, "318204657", "7913").await;
    assert_eq!(app::PAGES.len(), 52);
    for page in app::PAGES {
        let path = filled(page.path);
        let r = c.get(&path, Some(&cookie)).await;
        let status = r.status();
        // A page may refuse what the address names (no such hold: 404), never fail.
        assert!(
            status == StatusCode::OK || status == StatusCode::NOT_FOUND,
            "{path}: {status}"
        );
        let html = body(r).await;
        assert!(html.starts_with("<!DOCTYPE html>"), "{path}");
        assert!(html.contains("<title>"), "{path}: no title");
        assert!(html.contains("practice-banner"), "{path}: no banner");
        assert!(html.contains("<main id=\"main\""), "{path}: no <main>");
    }
}

#[tokio::test]
async fn a_page_reads_its_address_parameter_and_query() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    // The parameter: whose persona page.
    let karen = body(c.get("/ovelse/person/karen", Some(&cookie)).await).await;
    assert!(karen.contains("Karen Jensen"));
    let nobody = body(c.get("/ovelse/person/ingen", Some(&cookie)).await).await;
    assert!(!nobody.contains("Karen Jensen"));
    // The query: which folder the inbox shows.
    let cookie = c.log_in(&cookie, "318204657", "7913").await;
    let trash = body(c.get("/post?mappe=papirkurv", Some(&cookie)).await).await;
    let inbox = body(c.get("/post", Some(&cookie)).await).await;
    assert_ne!(trash, inbox);
    assert!(trash.contains("<h2") && trash.contains("Papirkurv"));
    // The address the guide and the idle warning send back to: this page, query and all.
    assert!(
        trash.contains("tilbage=%2Fpost%3Fmappe%3Dpapirkurv"),
        "the way back names the page with its query"
    );
}
