//! An unused world warns before it ends ("Din øvelse slutter om … minutter"), the warning
//! does not keep it alive, "Fortsæt øvelsen" does, and the landing page says how long a
//! world lives.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::common;

use common::*;
use http::StatusCode;
use std::time::{Duration, Instant};

fn time_left(c: &Client, cookie: &str) -> Option<Duration> {
    c.state.store.time_left(&session_id(cookie), Instant::now())
}

#[tokio::test]
async fn an_unused_world_warns_before_it_ends_and_only_the_learner_keeps_it() {
    // Worlds of 10 minutes: the warning comes 2.5 minutes before the end.
    let c = Client::new(&["--idle-minutes", "10"]);
    let cookie = c.start().await;
    // Every page of the world refreshes to the warning when 7.5 minutes go unused.
    let page = body(c.get("/post?mappe=0", Some(&cookie)).await).await;
    let at = page.find("http-equiv=\"refresh\" content=\"").unwrap();
    let rest = &page[at + "http-equiv=\"refresh\" content=\"".len()..];
    let (secs, url) = rest.split_once("; url=").unwrap();
    let secs: u64 = secs.parse().unwrap();
    assert!((440..=450).contains(&secs), "{secs}");
    assert!(url.starts_with("/ovelse/slutter-snart?tilbage=%2Fpost%3Fmappe%3D0\""));

    // A form shown again after a refusal carries the warning too.
    let cookie_in = c.log_in(&cookie, "318204657", "7913").await;
    let refused = body(
        c.post_form(
            "/post",
            &cookie_in,
            &[("handling", "opret-mappe"), ("navn", "")],
        )
        .await,
    )
    .await;
    assert!(refused.contains("Skriv et navn til mappen."));
    assert!(
        refused.contains("http-equiv=\"refresh\" content=\"4"),
        "the refused page warns too"
    );
    let cookie = cookie_in;

    // Opened while the world is in use (another tab): straight back.
    let r = c
        .get(
            "/ovelse/slutter-snart?tilbage=%2Fpost%3Fmappe%3D0",
            Some(&cookie),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&r, "location"), "/post?mappe=0");

    // Unused for 8 minutes: the warning, with the way back to the page.
    age(&c, &cookie, Duration::from_secs(8 * 60));
    let r = c
        .get(
            "/ovelse/slutter-snart?tilbage=%2Fpost%3Fmappe%3D0",
            Some(&cookie),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let warning = body(r).await;
    assert!(
        warning.contains("Din øvelse slutter om 2 minutter"),
        "{warning}"
    );
    assert!(warning.contains("href=\"/post?mappe=0\"") && warning.contains("Fortsæt øvelsen"));
    assert!(warning.contains("<meta http-equiv=\"refresh\" content=\"12"));
    // Looking at the warning, and loading its stylesheet and icon, did not keep the world.
    c.get("/favicon.svg", Some(&cookie)).await;
    c.get("/pkg/demoborger.css", Some(&cookie)).await;
    assert!(time_left(&c, &cookie).unwrap() <= Duration::from_secs(2 * 60));
    // "Fortsæt øvelsen" does.
    c.get("/post?mappe=0", Some(&cookie)).await;
    assert!(time_left(&c, &cookie).unwrap() > Duration::from_secs(9 * 60));

    // Never used again: the world ends, and the warning's own refresh finds it gone.
    age(&c, &cookie, Duration::from_secs(9 * 60 + 59));
    std::thread::sleep(Duration::from_millis(1100));
    let r = c
        .get("/ovelse/slutter-snart?tilbage=%2Fpost", Some(&cookie))
        .await;
    assert_eq!(header(&r, "location"), "/ovelse");
    assert_eq!(time_left(&c, &cookie), None);
    let front = body(c.get("/ovelse", Some(&cookie)).await).await;
    assert!(
        front.contains("udløbet"),
        "the world's page says it has ended"
    );
}

#[tokio::test]
async fn the_warning_goes_back_only_to_this_site() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    for bad in [
        "%2F%2Fevil.example",
        "https%3A%2F%2Fevil.example",
        "%2F%5Cevil",
    ] {
        let r = c
            .get(
                &format!("/ovelse/slutter-snart?tilbage={bad}"),
                Some(&cookie),
            )
            .await;
        assert_eq!(header(&r, "location"), "/ovelse", "{bad}");
    }
    // Without a world there is nothing to warn about.
    let r = c.get("/ovelse/slutter-snart", None).await;
    assert_eq!(header(&r, "location"), "/ovelse");
}

#[tokio::test]
async fn the_landing_page_says_how_long_a_world_lives() {
    let c = Client::new(&[]);
    let page = body(c.get("/", None).await).await;
    assert!(page.contains(
        "Bruger du den ikke i 2 timer, slettes den – du får besked 5 minutter før. Efter 8 timer"
    ));
}

/// The landing page and "Om øvemiljøet" speak the guide's language: the one chosen
/// (`?sprog=`), else the browser's; Arabic right to left inside the Danish page; the world's
/// lifetime from the configuration in that language; an unknown language is Danish.
#[tokio::test]
async fn the_landing_and_about_pages_speak_the_chosen_language() {
    let c = Client::new(&[]);
    let page = body(c.get("/?sprog=ar", None).await).await;
    assert!(page.contains("<html lang=\"da\""), "the page stays Danish");
    assert!(page.contains("<div lang=\"ar\" dir=\"rtl\">"), "{page}");
    assert!(
        page.contains("href=\"/ovelser?sprog=ar\""),
        "the exercises in Arabic"
    );
    assert!(page.contains("href=\"/?sprog=uk\""), "the other languages");
    assert!(!page.contains("Øv dig i digital selvbetjening"));

    let accept = |lang: &'static str| {
        http::Request::get("/om")
            .header(http::header::ACCEPT_LANGUAGE, lang)
            .body(axum::body::Body::empty())
            .unwrap()
    };
    let about = body(c.send(accept("en-GB,en;q=0.8")).await).await;
    assert!(about.contains("<title>About the practice site"), "{about}");
    assert!(
        about.contains("deleted when it has not been used for 2 hours, when it is 8 hours old")
    );
    // The service's own button, as on screen.
    assert!(about.contains(
        "<bdi lang=\"da\" dir=\"ltr\"><strong class=\"guide-label\">Afslut øvelse</strong></bdi>"
    ));
    let about = body(c.get("/om?sprog=uk", None).await).await;
    assert!(about.contains("<div lang=\"uk\" dir=\"ltr\">"));
    assert!(
        about.contains("aria-current=\"true\" lang=\"uk\""),
        "{about}"
    );

    // Danish for a language the guide does not have, and nothing of the address on the page.
    let page = body(c.get("/?sprog=%3Cscript%3E", None).await).await;
    assert!(page.contains("Øv dig i digital selvbetjening"));
    assert!(!page.contains("<script>"));
    let about = body(c.get("/om", None).await).await;
    assert!(
        about.contains("ubrugt i 2 timer, når den er 8 timer gammel"),
        "{about}"
    );
}
