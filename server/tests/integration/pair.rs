//! "Øv sammen" over the whole router: a Parkode, the partner joining from her own browser
//! with a persona of her own, one world seen from two seats, and pairs on a hold's board.

#![allow(clippy::unwrap_used)]

use crate::common;

use common::{Client, body, set_cookies};
use http::StatusCode;

async fn parkode(c: &Client, cookie: &str) -> String {
    let r = c.post_form("/ovelse/sammen", cookie, &[]).await;
    assert_eq!(common::header(&r, "location"), "/ovelse/sammen");
    let page = body(c.get("/ovelse/sammen", Some(cookie)).await).await;
    common::big_code(&page)
}

fn login_id(c: &Client, cookie: &str, persona: &str) -> (String, String) {
    let w = c.world(cookie).unwrap();
    let p = w
        .personas()
        .iter()
        .find(|p| p.id.as_str() == persona)
        .unwrap();
    (p.login_id().to_owned(), p.password.clone())
}

#[tokio::test]
async fn a_partner_joins_with_the_parkode_and_each_has_her_own_persona_in_one_world() {
    let c = Client::new(&[]);
    let first = c.start().await;
    let code = parkode(&c, &first).await;
    assert_eq!(code.len(), 6);
    let r = c
        .post_form(
            "/par",
            "x=y",
            &[("kode", &code.to_lowercase()), ("person", "mette")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (mette_id, mette_pw) = login_id(&c, &first, "mette");
    assert_eq!(
        common::header(&r, "location"),
        format!("/log-paa?bruger={mette_id}")
    );
    let partner = set_cookies(&r)[0].split(';').next().unwrap().to_owned();
    assert_ne!(partner, first);
    assert_eq!(c.worlds(), 2, "two ids, one world");
    let (karen_id, karen_pw) = login_id(&c, &first, "karen");
    let first = c.log_in(&first, &karen_id, &karen_pw).await;
    let partner = c.log_in(&partner, &mette_id, &mette_pw).await;
    assert_eq!(
        c.world(&first).unwrap().logged_in().unwrap().id.as_str(),
        "karen"
    );
    assert_eq!(
        c.world(&partner).unwrap().logged_in().unwrap().id.as_str(),
        "mette"
    );
    // What one does, the other's world has.
    let r = c
        .post_form(
            "/post",
            &first,
            &[("handling", "opret-mappe"), ("navn", "Sundhed")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let log = |cookie: &str| c.world(cookie).unwrap().log().len();
    assert_eq!(log(&first), log(&partner));
    // The version a page watches for its partner's doings moves with what either does.
    let version = |cookie: String| {
        let c = &c;
        async move {
            let r = c.get("/ovelse/udgave", Some(&cookie)).await;
            assert_eq!(r.status(), StatusCode::OK);
            body(r).await.trim().parse::<u32>().unwrap()
        }
    };
    let before = version(first.clone()).await;
    assert_eq!(before, version(partner.clone()).await);
    c.post_form(
        "/post",
        &partner,
        &[("handling", "opret-mappe"), ("navn", "Skole")],
    )
    .await;
    assert!(version(first.clone()).await > before);
    assert_eq!(
        c.get("/ovelse/udgave", None).await.status(),
        StatusCode::NOT_FOUND
    );
    let page = body(c.get("/ovelse/sammen", Some(&first)).await).await;
    assert!(page.contains("I øver sammen"));
    // A third cannot join; an unknown code says so at its field.
    let r = c
        .post_form("/par", "x=y", &[("kode", &code), ("person", "karen")])
        .await;
    assert!(body(r).await.contains("Parkoden findes ikke"));
    let r = c
        .post_form("/par", "x=y", &[("kode", "ZZZZZZ"), ("person", "karen")])
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let page = body(r).await;
    assert!(page.contains("Parkoden findes ikke") && page.contains("id=\"kode-error\""));
}

#[tokio::test]
async fn a_partner_must_choose_who_she_is() {
    let c = Client::new(&[]);
    let first = c.start().await;
    let code = parkode(&c, &first).await;
    let r = c.post_form("/par", "x=y", &[("kode", &code)]).await;
    let page = body(r).await;
    assert!(page.contains("Vælg, hvem du er."));
    assert!(
        page.contains(&format!("value=\"{code}\"")),
        "the code is kept"
    );
    // The code keeps working after the first learner logs in (a new session id).
    let (id, pw) = login_id(&c, &first, "karen");
    let first = c.log_in(&first, &id, &pw).await;
    let r = c
        .post_form("/par", "x=y", &[("kode", &code), ("person", "mette")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(c.world(&first).unwrap().is_paired());
}

#[tokio::test]
async fn two_learners_of_a_hold_who_pair_show_together_on_the_board() {
    let c = Client::new(&[]);
    let r = c
        .post_form(
            "/underviser",
            "x=y",
            &[("navn", "Par"), ("ovelse", "hjaelp-anmod-laes")],
        )
        .await;
    let board = common::header(&r, "location").to_owned();
    let page = body(c.get(&board, None).await).await;
    let code = common::big_code(&page);
    let join = |name: &'static str| {
        let code = code.clone();
        let c = &c;
        async move {
            let r = c
                .post_form("/hold", "x=y", &[("kode", &code), ("navn", name)])
                .await;
            set_cookies(&r)
                .into_iter()
                .find(|s| s.starts_with("demoborger="))
                .unwrap()
                .split(';')
                .next()
                .unwrap()
                .to_owned()
        }
    };
    let mor = join("Amina").await;
    let datter = join("Sara").await;
    assert_eq!(c.worlds(), 2);
    let pk = parkode(&c, &mor).await;
    let r = c
        .post_form("/par", &datter, &[("kode", &pk), ("person", "karen")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(c.worlds(), 2, "Sara's own world gave way to the shared one");
    let rows = body(c.get(&board, None).await).await;
    assert!(rows.contains("Øver sammen med Amina") && rows.contains("Øver sammen med Sara"));
    // "Spol tiden frem" for all moves their one world once.
    let before = c.world(&mor).unwrap().now(domain::Timestamp(0));
    c.post_form(
        &board,
        "x=y",
        &[("handling", "tid"), ("plads", "alle"), ("minutter", "60")],
    )
    .await;
    let after = c.world(&mor).unwrap().now(domain::Timestamp(0));
    assert_eq!(after.0 - before.0, 3600);
}
