//! Kiosk mode: a world left alone asks "Er du her stadig?" and is then ended by the server
//! itself, so the next person at a library's PC never finds it; "Ja, fortsæt" keeps it; a
//! normal server's browser becomes a kiosk by opening `/kiosk`; no link leaves the site.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::common;

use common::*;
use http::StatusCode;
use std::time::{Duration, Instant};

/// The seconds and address of a page's refresh.
fn refresh(page: &str) -> (u64, String) {
    let at = page.find("http-equiv=\"refresh\" content=\"").unwrap();
    let rest = &page[at + "http-equiv=\"refresh\" content=\"".len()..];
    let (secs, url) = rest.split_once("; url=").unwrap();
    let url = url.split('"').next().unwrap().replace("&amp;", "&");
    (secs.parse().unwrap(), url)
}

#[tokio::test]
async fn an_idle_kiosk_world_asks_then_the_server_ends_it_and_the_start_page_returns() {
    // 5 minutes and a 60-second countdown, as a library gets them by default.
    let c = Client::new(&["--kiosk"]);
    let start = body(c.get("/", None).await).await;
    assert!(start.contains("kiosk-start-button") && start.contains(">Start øvelse<"));
    assert!(
        !start.contains("For undervisere"),
        "no teacher's way in a kiosk"
    );
    let cookie = c.start().await;
    assert_eq!(c.worlds(), 1);
    // The world's pages refresh to the warning after 5 minutes without use.
    let page = body(c.get("/post", Some(&cookie)).await).await;
    let (secs, url) = refresh(&page);
    assert!((298..=300).contains(&secs), "{secs}");
    assert!(
        url.starts_with("/ovelse/slutter-snart?tilbage=%2Fpost"),
        "{url}"
    );
    assert!(page.contains("Er du her stadig?"), "the island's words");

    // Not yet due: straight back.
    let r = c.get(&url, Some(&cookie)).await;
    assert_eq!(header(&r, "location"), "/post");
    // Five minutes on: "Er du her stadig?", the seconds left, and "Ja, fortsæt".
    age(&c, &cookie, Duration::from_secs(300));
    let r = c.get(&url, Some(&cookie)).await;
    assert_eq!(r.status(), StatusCode::OK);
    let warning = body(r).await;
    assert!(warning.contains("Er du her stadig?"));
    assert!(
        warning.contains("Øvelsen slutter om 60 sekunder.")
            || warning.contains("Øvelsen slutter om 59 sekunder.")
    );
    assert!(warning.contains("href=\"/post\"") && warning.contains(">Ja, fortsæt<"));
    let (secs, again) = refresh(&warning);
    assert!((60..=61).contains(&secs), "{secs}");
    assert_eq!(again, url);
    // Asking did not keep the world; "Ja, fortsæt" does.
    body(c.get("/post", Some(&cookie)).await).await;
    let r = c.get(&url, Some(&cookie)).await;
    assert_eq!(header(&r, "location"), "/post");

    // Left alone through the countdown: the server ends the world itself, forgets the
    // cookie and shows the start page.
    age(&c, &cookie, Duration::from_secs(360));
    let r = c.get(&url, Some(&cookie)).await;
    assert_eq!(header(&r, "location"), "/?afsluttet=1");
    assert!(set_cookies(&r).iter().any(|s| s.contains("Max-Age=0")));
    assert_eq!(c.worlds(), 0, "the world is freed");
    let start = body(c.get("/?afsluttet=1", None).await).await;
    assert!(start.contains("Øvelsen er slut, og alt i den er slettet."));
}

#[tokio::test]
async fn a_browser_becomes_a_kiosk_by_opening_kiosk_and_others_are_not_touched() {
    let c = Client::new(&["--kiosk-idle-minutes", "2", "--kiosk-countdown-secs", "30"]);
    let r = c.get("/kiosk", None).await;
    assert_eq!(header(&r, "location"), "/");
    let kiosk = set_cookies(&r)
        .into_iter()
        .find(|s| s.starts_with("demoborger_kiosk=1"))
        .unwrap();
    assert!(kiosk.contains("HttpOnly") && kiosk.contains("Path=/"));
    let kiosk = "demoborger_kiosk=1";
    // The kiosk's start page and its world's short life.
    let start = body(c.get("/", Some(kiosk)).await).await;
    assert!(start.contains("kiosk-start-button"));
    let r = c
        .send(
            http::Request::post("/ovelse/start")
                .header("sec-fetch-site", "same-origin")
                .header(http::header::COOKIE, kiosk)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    let world = cookie_pair(&r);
    let both = format!("{world}; {kiosk}");
    let page = body(c.get("/ovelse", Some(&both)).await).await;
    let (secs, _) = refresh(&page);
    assert!((118..=120).contains(&secs), "{secs}");
    let left = c
        .state
        .store
        .time_left(&session_id(&world), Instant::now())
        .unwrap();
    assert!(left <= Duration::from_secs(150) && left > Duration::from_secs(140));
    // Another browser's world on the same server keeps the normal two hours.
    let other = c.start().await;
    let left = c
        .state
        .store
        .time_left(&session_id(&other), Instant::now())
        .unwrap();
    assert!(left > Duration::from_secs(7000));
    let page = body(c.get("/", None).await).await;
    assert!(!page.contains("kiosk-start-button") && page.contains("For undervisere"));
}

/// No link or form of the pages a kiosk learner meets leaves the practice site.
#[tokio::test]
async fn no_link_leaves_the_site_in_a_kiosk() {
    let c = Client::new(&["--kiosk"]);
    let cookie = c.start().await;
    let cookie = c.log_in(&cookie, "318204657", "7913").await;
    for path in [
        "/",
        "/om",
        "/ovelser",
        "/ovelse",
        "/min-side",
        "/post",
        "/post/skriv",
        "/post/adgang",
        "/fuldmagt",
        "/ordliste",
        "/faktaark?emne=post",
        "/telefon/karen",
    ] {
        let page = body(c.get(path, Some(&cookie)).await).await;
        for attr in ["href=\"", "action=\"", "src=\""] {
            for (at, _) in page.match_indices(attr) {
                let value = &page[at + attr.len()..];
                assert!(
                    value.starts_with('/') && !value.starts_with("//") || value.starts_with('#'),
                    "{path}: {}",
                    &value[..value.len().min(60)]
                );
            }
        }
    }
}

#[tokio::test]
async fn the_kiosk_speaks_the_learners_guide_language() {
    let c = Client::new(&["--kiosk"]);
    let start = body(c.get("/?sprog=ar", None).await).await;
    assert!(
        start.contains("هذا الحاسوب مُعدّ للتمرين."),
        "the kiosk's note in Arabic"
    );
    assert!(!start.contains("Denne computer er sat op"));
    // A guided exercise in Arabic: its pages and the question page ask in Arabic.
    let r = c
        .post_form(
            "/ovelser/start",
            "x=y",
            &[("ovelse", "post-laes-brev"), ("sprog", "ar")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let cookie = cookie_pair(&r);
    let page = body(c.get("/ovelse", Some(&cookie)).await).await;
    assert!(page.contains("هل ما زلت هنا؟") && page.contains("نعم، تابع"));
    let (_, url) = refresh(&page);
    age(&c, &cookie, Duration::from_secs(300));
    let warning = body(c.get(&url, Some(&cookie)).await).await;
    assert!(warning.contains("<title>هل ما زلت هنا؟"), "{warning}");
    assert!(warning.contains("lang=\"ar\" dir=\"rtl\""));
    assert!(warning.contains("ينتهي التمرين بعد"));
    assert!(warning.contains(">نعم، تابع<"));
    // Asking (and finding the learner's language for it) did not keep the world: the
    // countdown runs out and the server ends it.
    let r = c.get(&url, Some(&cookie)).await;
    assert_eq!(r.status(), StatusCode::OK, "still the question");
    let left = c
        .state
        .store
        .time_left(&session_id(&cookie), Instant::now());
    assert!(left.unwrap() <= Duration::from_secs(60), "{left:?}");
    // Without a guide language: Danish, as before.
    let other = c.start().await;
    age(&c, &other, Duration::from_secs(300));
    let warning = body(c.get(&url, Some(&other)).await).await;
    assert!(warning.contains("Er du her stadig?") && warning.contains(">Ja, fortsæt<"));
}
