//! Safety drills over the whole router: the message's link, the fake page's post (only our
//! origin, only our cookie, nothing typed kept anywhere), "Slet" on the phone, cross-site
//! posts refused.

#![allow(clippy::unwrap_used)]

use crate::common;

use common::{Client, body, header, set_cookies};
use http::StatusCode;

const SECRET: &str = "Hemmelig-Rosenhave12";

/// A world with the Skat SMS drill's exercise started: the session cookie.
async fn drill_world(c: &Client) -> String {
    let r = c
        .post_form(
            "/ovelser/start",
            "x=y",
            &[("ovelse", "fidus-skat-sms"), ("sprog", "da")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    set_cookies(&r)
        .into_iter()
        .find(|s| s.starts_with("demoborger="))
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn the_fake_page_keeps_nothing_typed_and_sets_no_cookie_of_its_own() {
    let c = Client::new(&[]);
    let cookie = drill_world(&c).await;
    let phone = body(c.get("/telefon/karen?app=beskeder", Some(&cookie)).await).await;
    assert!(phone.contains("SKAT-DK") && phone.contains("href=\"/fidus/skat-sms/link\""));

    // The link: recorded, then the fake page; no cookie but ours, ever.
    let r = c.get("/fidus/skat-sms/link", Some(&cookie)).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&r, "location"), "/fidus/skat-sms");
    assert!(set_cookies(&r).iter().all(|s| s.starts_with("demoborger")));
    let page = body(c.get("/fidus/skat-sms", Some(&cookie)).await).await;
    assert!(
        page.contains("action=\"/fidus/skat-sms\""),
        "posts to our origin only"
    );
    assert!(!page.contains("action=\"http"), "{page}");
    assert!(
        c.world(&cookie)
            .unwrap()
            .sent_drill("skat-sms")
            .unwrap()
            .opened
    );

    // The form: on to the debrief; the password appears nowhere.
    let r = c
        .post_form(
            "/fidus/skat-sms",
            &cookie,
            &[("bruger_id", "karen1948"), ("adgangskode", SECRET)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&r, "location"), "/fidus/skat-sms/forklaring");
    assert!(set_cookies(&r).iter().all(|s| s.starts_with("demoborger")));
    let debrief = body(c.get("/fidus/skat-sms/forklaring", Some(&cookie)).await).await;
    assert!(debrief.contains("Du skrev noget på den falske side."));
    let world = c.world(&cookie).unwrap();
    assert_eq!(
        world.sent_drill("skat-sms").unwrap().outcome(),
        Some(domain::drill::Outcome::Fooled)
    );
    let log = format!("{:?}", world.log());
    assert!(!log.contains(SECRET) && !log.contains("karen1948"), "{log}");
    for path in [
        "/fidus/skat-sms",
        "/fidus/skat-sms/forklaring",
        "/telefon/karen?app=beskeder",
        "/ovelse",
    ] {
        let page = body(c.get(path, Some(&cookie)).await).await;
        assert!(!page.contains(SECRET), "{path}");
    }
}

#[tokio::test]
async fn slet_spots_the_drill_and_unknown_drills_or_cross_site_posts_are_refused() {
    let c = Client::new(&[]);
    let cookie = drill_world(&c).await;
    // Another world never sent this drill: its fake page does not exist.
    let other = c.start().await;
    let r = c.get("/fidus/skat-sms", Some(&other)).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = c.get("/fidus/findes-ikke", Some(&cookie)).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // A cross-site post to the fake page is refused and records nothing.
    let r = c
        .post_from("/fidus/skat-sms", Some(&cookie), "cross-site")
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = c
        .post_from("/telefon/karen", Some(&cookie), "cross-site")
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let world = c.world(&cookie).unwrap();
    assert_eq!(world.sent_drill("skat-sms").unwrap().outcome(), None);
    // "Slet" on the phone: gone from Beskeder.
    let r = c
        .post_form(
            "/telefon/karen",
            &cookie,
            &[
                ("trin", "slet-besked"),
                ("besked", "skat-sms"),
                ("app", "beskeder"),
            ],
        )
        .await;
    assert_eq!(
        header(&r, "location"),
        "/telefon/karen?app=beskeder&svar=slettet&besked=skat-sms"
    );
    let phone = body(c.get(header(&r, "location"), Some(&cookie)).await).await;
    assert!(!phone.contains("SKAT-DK") && phone.contains("Beskeden er slettet."));
    assert_eq!(
        c.world(&cookie)
            .unwrap()
            .sent_drill("skat-sms")
            .unwrap()
            .outcome(),
        Some(domain::drill::Outcome::Spotted)
    );
}
