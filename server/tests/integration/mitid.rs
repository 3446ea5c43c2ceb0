//! MitID over the whole router: the app approved on the persona's phone, a phone that
//! cannot approve another persona's login, cross-site posts refused, and the kodeoplæser's
//! audio only for this browser's own code.

#![allow(clippy::unwrap_used)]

use crate::common;

use common::{Client, body, header, set_cookies};
use domain::Login;
use domain::mitid::MitIdStep;
use http::StatusCode;

/// The persona's MitID bruger-ID and PIN, as the world page shows them.
fn mitid_of(c: &Client, cookie: &str, persona: &str) -> (String, String) {
    let w = c.world(cookie).unwrap();
    let p = w
        .personas()
        .iter()
        .find(|p| p.id.as_str() == persona)
        .unwrap();
    let m = p.mitid.clone().unwrap();
    (m.user_id, m.pin)
}

fn waiting_request(c: &Client, cookie: &str) -> u16 {
    match c.world(cookie).unwrap().login() {
        Login::MitId {
            step: MitIdStep::App { request },
            ..
        } => *request,
        other => panic!("not waiting for the app: {other:?}"),
    }
}

#[tokio::test]
async fn the_app_is_approved_on_the_phone_and_the_pc_logs_in_with_a_new_session() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let (user_id, pin) = mitid_of(&c, &cookie, "mette");
    let r = c
        .post_form(
            "/mitid",
            &cookie,
            &[("trin", "bruger-id"), ("bruger_id", &user_id)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&r, "location"), "/mitid");
    let page = body(c.get("/mitid", Some(&cookie)).await).await;
    assert!(page.contains("Åbn MitID app og godkend"), "{page}");
    let request = waiting_request(&c, &cookie).to_string();

    // Not approved yet: the box says so and stays.
    let r = c
        .post_form("/mitid", &cookie, &[("trin", "fortsaet")])
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        body(r)
            .await
            .contains("Du har ikke godkendt i MitID app endnu")
    );

    // Karen's phone cannot approve Mette's login, even with Mette's PIN.
    let r = c
        .post_form(
            "/telefon/karen",
            &cookie,
            &[("trin", "godkend"), ("anmodning", &request), ("pin", &pin)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(body(r).await.contains("Anmodningen findes ikke."));
    assert!(c.world(&cookie).unwrap().logged_in().is_none());

    let r = c
        .post_form(
            "/telefon/mette",
            &cookie,
            &[("trin", "godkend"), ("anmodning", &request), ("pin", &pin)],
        )
        .await;
    assert_eq!(header(&r, "location"), "/telefon/mette?svar=godkendt");
    let r = c
        .post_form("/mitid", &cookie, &[("trin", "fortsaet")])
        .await;
    assert_eq!(header(&r, "location"), "/min-side");
    let fresh = set_cookies(&r);
    let new_cookie = fresh
        .iter()
        .find(|s| s.starts_with("demoborger="))
        .map(|s| s.split(';').next().unwrap().to_owned())
        .unwrap();
    assert_ne!(new_cookie, cookie, "logging in gives a new session id");
    assert!(c.world(&cookie).is_none(), "the old id no longer works");
    // The approved request cannot be approved again.
    let r = c
        .post_form(
            "/telefon/mette",
            &new_cookie,
            &[("trin", "godkend"), ("anmodning", &request), ("pin", &pin)],
        )
        .await;
    assert!(body(r).await.contains("Anmodningen er ikke længere aktiv"));
}

#[tokio::test]
async fn cross_site_posts_are_refused_and_unknown_phones_are_not_found() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    for path in ["/mitid", "/telefon/mette"] {
        let r = c.post_from(path, Some(&cookie), "cross-site").await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path}");
    }
    let r = c
        .post_form(
            "/telefon/nobody",
            &cookie,
            &[("trin", "afvis"), ("anmodning", "0")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = c.get("/telefon/nobody", Some(&cookie)).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // A request number that is not a number is refused on the page, not an error.
    let r = c
        .post_form(
            "/telefon/mette",
            &cookie,
            &[("trin", "godkend"), ("anmodning", "x")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn the_kodeoplaeser_reads_only_the_code_showing_in_this_browser() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let r = c.get("/mitid/kodeoplaeser/lyd?tryk=1", Some(&cookie)).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "no code shows");
    let r = c.get("/mitid/kodeoplaeser/lyd?tryk=1", None).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "no world");
    let (user_id, _) = mitid_of(&c, &cookie, "erna");
    c.post_form(
        "/mitid",
        &cookie,
        &[("trin", "bruger-id"), ("bruger_id", &user_id)],
    )
    .await;
    c.post_form("/mitid", &cookie, &[("trin", "tryk")]).await;
    let page = body(c.get("/mitid", Some(&cookie)).await).await;
    assert!(page.contains("/mitid/kodeoplaeser/lyd?tryk=1"), "{page}");
    // Another browser, with a world of its own, hears nothing of it.
    let other = c.start().await;
    let r = c.get("/mitid/kodeoplaeser/lyd?tryk=1", Some(&other)).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

/// The one-time pairing address the MitID box shows for the app step.
fn pair_path(page: &str) -> String {
    let at = page.find("/telefon/par/").unwrap();
    page[at..at + "/telefon/par/".len() + 32].to_owned()
}

#[tokio::test]
async fn an_own_phone_pairs_once_reaches_only_its_personas_phone_and_can_be_unpaired() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let (user_id, pin) = mitid_of(&c, &cookie, "mette");
    c.post_form(
        "/mitid",
        &cookie,
        &[("trin", "bruger-id"), ("bruger_id", &user_id)],
    )
    .await;
    let page = body(c.get("/mitid", Some(&cookie)).await).await;
    let address = pair_path(&page);
    assert!(page.contains("<svg"), "a QR code");

    // The phone (no cookie of the world) opens the address: a cookie for /telefon only.
    let r = c.get(&address, None).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&r, "location"), "/telefon/mette");
    let phone_cookie = set_cookies(&r)
        .into_iter()
        .find(|s| s.starts_with("demoborger_telefon="))
        .unwrap();
    assert!(phone_cookie.contains("Path=/telefon") && phone_cookie.contains("HttpOnly"));
    let phone = phone_cookie.split(';').next().unwrap().to_owned();
    // Used once: the address no longer works.
    assert_eq!(c.get(&address, None).await.status(), StatusCode::GONE);

    // It shows Mette's phone with the request, but no other persona's phone, and no page
    // of the world.
    let r = c.get("/telefon/mette", Some(&phone)).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(body(r).await.contains("Log på hos Demoborger"));
    assert_eq!(
        c.get("/telefon/karen", Some(&phone)).await.status(),
        StatusCode::NOT_FOUND
    );
    let world_page = body(c.get("/post", Some(&phone)).await).await;
    assert!(!world_page.contains("Indbakke"), "no mailbox for a phone");
    let r = c
        .post_form(
            "/telefon/karen",
            &phone,
            &[("trin", "afvis"), ("anmodning", "0")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // A wrong PIN is refused on the phone, shown again as the paired phone it is: no way
    // back to the world's pages.
    let request = waiting_request(&c, &cookie).to_string();
    let refused = body(
        c.post_form(
            "/telefon/mette",
            &phone,
            &[
                ("trin", "godkend"),
                ("anmodning", &request),
                ("pin", "000000"),
            ],
        )
        .await,
    )
    .await;
    assert!(refused.contains("Forkert PIN-kode"), "{refused}");
    assert!(!refused.contains("Tilbage til øvelsen"), "{refused}");

    // It approves Mette's login, and the PC logs in.
    let r = c
        .post_form(
            "/telefon/mette",
            &phone,
            &[("trin", "godkend"), ("anmodning", &request), ("pin", &pin)],
        )
        .await;
    assert_eq!(header(&r, "location"), "/telefon/mette?svar=godkendt");
    let r = c
        .post_form("/mitid", &cookie, &[("trin", "fortsaet")])
        .await;
    assert_eq!(header(&r, "location"), "/min-side");
    let new_cookie = set_cookies(&r)
        .into_iter()
        .find(|s| s.starts_with("demoborger="))
        .map(|s| s.split(';').next().unwrap().to_owned())
        .unwrap();
    // The phone follows the world to its new session id, then is unpaired from the PC.
    assert_eq!(
        c.get("/telefon/mette", Some(&phone)).await.status(),
        StatusCode::OK
    );
    let r = c.post_form("/telefon/mette/fjern", &new_cookie, &[]).await;
    assert_eq!(header(&r, "location"), "/telefon/mette?svar=fjernet");
    let after = body(c.get("/telefon/mette", Some(&phone)).await).await;
    assert!(
        !after.contains("Log på hos Demoborger")
            && !after.contains("Mette Jensen Holms øvetelefon")
    );

    // A made-up token is refused, never a server error.
    assert_eq!(
        c.get("/telefon/par/0123456789abcdef0123456789abcdef", None)
            .await
            .status(),
        StatusCode::GONE
    );
    assert_eq!(
        c.get("/telefon/par/x", None).await.status(),
        StatusCode::GONE
    );
}
