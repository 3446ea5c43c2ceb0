//! In-process tests of the NemID form posts: each step, refusals shown again without
//! secrets, lockout, and the session id rotating at login.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::common;

use common::*;
use domain::Login;
use http::StatusCode;

fn asked_key(c: &Client, cookie: &str) -> String {
    let world = c.world(cookie).unwrap();
    let Login::AwaitingKey {
        persona, key_index, ..
    } = world.login().clone()
    else {
        panic!("no key step");
    };
    world.key_card(&persona).keys[usize::from(key_index)]
        .key
        .clone()
}

async fn password(
    c: &Client,
    cookie: &str,
    user: &str,
    pw: &str,
) -> http::Response<axum::body::Body> {
    c.post_form(
        "/log-paa",
        cookie,
        &[
            ("trin", "adgangskode"),
            ("bruger_id", user),
            ("adgangskode", pw),
        ],
    )
    .await
}

#[tokio::test]
async fn password_then_key_logs_in_and_rotates_the_session_id() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let r = password(&c, &cookie, "420348-1236", "7913").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&r, "location"), "/log-paa");
    assert!(
        set_cookies(&r).is_empty(),
        "no new id before the login is complete"
    );
    let page = body(c.get("/log-paa", Some(&cookie)).await).await;
    assert!(page.contains("Nøglenummer") && page.contains("Vis nøglekort"));

    let key = asked_key(&c, &cookie);
    let r = c
        .post_form("/log-paa", &cookie, &[("trin", "noegle"), ("noegle", &key)])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&r, "location"), "/min-side");
    let rotated = cookie_pair(&r);
    assert_ne!(rotated, cookie);
    assert_eq!(c.worlds(), 1, "the world stays; only its id changed");

    let page = body(c.get("/min-side", Some(&rotated)).await).await;
    assert!(page.contains("Velkommen, Karen Jensen") && page.contains("Log af"));
    let stale = body(c.get("/min-side", Some(&cookie)).await).await;
    assert!(
        stale.contains("Din øvelse er udløbet"),
        "the old id stops working"
    );

    let r = c.post_form("/log-af", &rotated, &[]).await;
    assert_eq!(header(&r, "location"), "/ovelse?logget_af=1");
    assert!(c.world(&rotated).unwrap().logged_in().is_none());
    assert_eq!(c.worlds(), 1);
}

#[tokio::test]
async fn a_refused_password_shows_the_form_again_without_the_secret() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let r = password(&c, &cookie, "mettejh", "hemmelig123").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(header(&r, "cache-control"), "no-store");
    let page = body(r).await;
    assert!(page.contains("Forkert bruger-id eller adgangskode."));
    assert!(page.contains("value=\"mettejh\""), "the bruger-id is kept");
    assert!(
        !page.contains("hemmelig123"),
        "the password is never shown back"
    );
    // The page shown again is a whole page: its title in <head>, as every page has.
    let head = page.split("</head>").next().unwrap_or_default();
    assert!(
        head.contains("<title>Log på med NemID – Demoborger</title>"),
        "{head}"
    );
}

#[tokio::test]
async fn a_real_looking_cpr_is_neither_shown_back_nor_kept() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let page = body(password(&c, &cookie, "010203-1234", "1234").await).await;
    assert!(page.contains("skriv aldrig dit eget CPR-nummer her"));
    assert!(!page.contains("010203"));
    assert!(!format!("{:?}", c.world(&cookie).unwrap()).contains("010203"));
}

#[tokio::test]
async fn five_wrong_passwords_lead_to_the_spaerret_page_and_the_letter() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    for _ in 0..4 {
        assert_eq!(
            password(&c, &cookie, "318204657", "0000").await.status(),
            StatusCode::OK
        );
    }
    let r = password(&c, &cookie, "318204657", "0000").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&r, "location"), "/log-paa/spaerret/karen");
    let page = body(c.get("/log-paa/spaerret/karen", Some(&cookie)).await).await;
    assert!(page.contains("Dit NemID er spærret"));
    let mail = body(c.get("/ovelse/person/karen", Some(&cookie)).await).await;
    assert!(mail.contains("Din midlertidige adgangskode til NemID"));
}

#[tokio::test]
async fn the_new_password_rules_are_each_explained() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    for _ in 0..5 {
        password(&c, &cookie, "318204657", "0000").await;
    }
    let temporary = c
        .world(&cookie)
        .unwrap()
        .temporary_password(&domain::PersonaId::parse("karen").unwrap(), 1);
    password(&c, &cookie, "318204657", &temporary).await;
    let key = asked_key(&c, &cookie);
    let r = c
        .post_form("/log-paa", &cookie, &[("trin", "noegle"), ("noegle", &key)])
        .await;
    assert_eq!(header(&r, "location"), "/log-paa");
    let r = c
        .post_form(
            "/log-paa",
            &cookie,
            &[
                ("trin", "ny-adgangskode"),
                ("ny_adgangskode", "blåbær"),
                ("gentag_adgangskode", "blåbær"),
            ],
        )
        .await;
    let page = body(r).await;
    assert!(page.contains("både bogstaver og tal") && page.contains("æ, ø eller å"));
    assert!(!page.contains("value=\"blåbær\""));
    let r = c
        .post_form(
            "/log-paa",
            &cookie,
            &[
                ("trin", "ny-adgangskode"),
                ("ny_adgangskode", "kaffe2027"),
                ("gentag_adgangskode", "kaffe2027"),
            ],
        )
        .await;
    assert_eq!(header(&r, "location"), "/min-side");
    assert_eq!(set_cookies(&r).len(), 1, "rotated at this login too");
}

#[tokio::test]
async fn odd_input_never_breaks_the_login() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let long = "x".repeat(20_000);
    for form in [
        vec![
            ("trin", "adgangskode"),
            ("bruger_id", long.as_str()),
            ("adgangskode", long.as_str()),
        ],
        vec![("trin", "noegle"), ("noegle", "123456")],
        vec![("trin", "ny-adgangskode")],
        vec![("trin", "ukendt")],
        vec![],
        vec![
            ("bruger_id", "<script>alert(1)</script>"),
            ("adgangskode", "x"),
        ],
    ] {
        let r = c.post_form("/log-paa", &cookie, &form).await;
        assert!(
            r.status() == StatusCode::OK || r.status() == StatusCode::SEE_OTHER,
            "{form:?}: {}",
            r.status()
        );
        let page = body(r).await;
        assert!(!page.contains("<script>alert(1)"), "escaped");
    }
    // Without a world, the login page asks to start one.
    let r = c
        .post_form(
            "/log-paa",
            "demoborger=00000000000000000000000000000000",
            &[("trin", "adgangskode")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let cross = c.post_from("/log-paa", Some(&cookie), "cross-site").await;
    assert_eq!(cross.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn with_20_keys_left_the_new_card_is_announced_and_arrives_in_fysisk_post() {
    let c = Client::new(&[]);
    let mut cookie = c.start().await;
    for login in 0..(domain::KEYS_PER_CARD - domain::NEW_CARD_AT) {
        password(&c, &cookie, "318204657", "7913").await;
        let key = asked_key(&c, &cookie);
        let r = c
            .post_form("/log-paa", &cookie, &[("trin", "noegle"), ("noegle", &key)])
            .await;
        assert_eq!(header(&r, "location"), "/min-side", "login {login}");
        cookie = cookie_pair(&r);
        if login + 1 < domain::KEYS_PER_CARD - domain::NEW_CARD_AT {
            c.post_form("/log-af", &cookie, &[]).await;
        }
    }
    let page = body(c.get("/min-side", Some(&cookie)).await).await;
    assert!(page.contains("Et nyt nøglekort er på vej"), "told at login");
    assert!(page.contains("Ubrugte nøgler på dit nøglekort: 20"));
    assert!(
        page.contains("Dit nye nøglekort til NemID"),
        "the letter in Fysisk post"
    );
    let old_number = c
        .world(&cookie)
        .unwrap()
        .key_card(&domain::PersonaId::parse("karen").unwrap())
        .number;

    // The next login asks for a key from the new card.
    c.post_form("/log-af", &cookie, &[]).await;
    password(&c, &cookie, "318204657", "7913").await;
    let page = body(c.get("/log-paa", Some(&cookie)).await).await;
    let world = c.world(&cookie).unwrap();
    let card = world.key_card(&domain::PersonaId::parse("karen").unwrap());
    assert_ne!(card.number, old_number);
    assert!(page.contains(&format!("Nøglekort nr. {}", card.number)));
}

#[tokio::test]
async fn a_wrong_password_or_key_says_how_many_tries_are_left() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let wrong = [
        ("trin", "adgangskode"),
        ("bruger_id", "318204657"),
        ("adgangskode", "0000"),
    ];
    c.post_form("/log-paa", &cookie, &wrong).await;
    let page = body(c.post_form("/log-paa", &cookie, &wrong).await).await;
    assert!(page.contains("Forkert bruger-id eller adgangskode."));
    assert!(page.contains("Du har 3 forsøg tilbage, før dit NemID bliver spærret."));
    // A bruger-id no persona has: the same message, no count.
    let unknown = [
        ("trin", "adgangskode"),
        ("bruger_id", "ingen-her"),
        ("adgangskode", "0000"),
    ];
    let page = body(c.post_form("/log-paa", &cookie, &unknown).await).await;
    assert!(page.contains("Forkert bruger-id eller adgangskode."));
    assert!(!page.contains("forsøg tilbage"));
    // The right password, then a wrong key: 2 left.
    let right = [
        ("trin", "adgangskode"),
        ("bruger_id", "318204657"),
        ("adgangskode", "7913"),
    ];
    c.post_form("/log-paa", &cookie, &right).await;
    let page = body(
        c.post_form(
            "/log-paa",
            &cookie,
            &[("trin", "noegle"), ("noegle", "000000")],
        )
        .await,
    )
    .await;
    assert!(page.contains("Du har 2 forsøg tilbage, før dit NemID bliver spærret."));
}

#[tokio::test]
async fn glemt_adgangskode_orders_a_temporary_password_and_refuses_wrong_details() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let page = body(c.get("/log-paa", Some(&cookie)).await).await;
    assert!(
        page.contains("href=\"/log-paa/glemt-adgangskode\"") && page.contains("Glemt adgangskode?")
    );
    let page = body(c.get("/log-paa/glemt-adgangskode", Some(&cookie)).await).await;
    assert!(page.contains("Bestil midlertidig adgangskode") && page.contains("Nøglekortnummer"));
    // A wrong card number: refused with the reason, what was typed kept, nothing spærret.
    let r = c
        .post_form(
            "/log-paa/glemt-adgangskode",
            &cookie,
            &[("bruger_id", "318204657"), ("noeglekort", "1111 222 333")],
        )
        .await;
    let page = body(r).await;
    assert!(page.contains("Bruger-id og nøglekortnummer passer ikke sammen"));
    assert!(page.contains("value=\"318204657\"") && page.contains("value=\"1111 222 333\""));
    let karen = domain::PersonaId::parse("karen").unwrap();
    assert!(!c.world(&cookie).unwrap().nemid(&karen).locked);
    // The right one: spærret at once, the letter in Fysisk post, the page says so.
    let card = c.world(&cookie).unwrap().key_card(&karen).number;
    let r = c
        .post_form(
            "/log-paa/glemt-adgangskode",
            &cookie,
            &[("bruger_id", "318204657"), ("noeglekort", &card)],
        )
        .await;
    assert_eq!(
        header(&r, "location"),
        "/log-paa/glemt-adgangskode?bestilt=karen"
    );
    let w = c.world(&cookie).unwrap();
    assert!(w.nemid(&karen).locked);
    assert_eq!(w.paper_mail(&karen).len(), 1);
    let page = body(
        c.get("/log-paa/glemt-adgangskode?bestilt=karen", Some(&cookie))
            .await,
    )
    .await;
    assert!(page.contains("Den midlertidige adgangskode er sendt med posten"));
    assert!(page.contains("href=\"/ovelse/person/karen#fysisk-post\""));
    // The old password no longer opens it.
    let r = password(&c, &cookie, "318204657", "7913").await;
    assert_eq!(header(&r, "location"), "/log-paa/spaerret/karen");
}

#[tokio::test]
async fn husk_bruger_id_is_remembered_by_the_browser_only_when_asked_and_accepted() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let remember = |user: &'static str, pw: &'static str| {
        [
            ("trin", "adgangskode"),
            ("bruger_id", user),
            ("adgangskode", pw),
            ("husk", "ja"),
        ]
    };
    // A refused password remembers nothing, and the box stays as the learner ticked it.
    let r = c
        .post_form("/log-paa", &cookie, &remember("318204657", "0000"))
        .await;
    assert!(set_cookies(&r).is_empty());
    assert!(body(r).await.contains("name=\"husk\" value=\"ja\" checked"));
    // Accepted, with "Husk bruger-id": the browser keeps it for the session.
    let r = c
        .post_form("/log-paa", &cookie, &remember("318204657", "7913"))
        .await;
    let set = set_cookies(&r);
    assert_eq!(set.len(), 1, "{set:?}");
    assert!(set[0].starts_with("demoborger-bruger=318204657; Path=/; HttpOnly; SameSite=Lax"));
    assert!(!set[0].contains("Max-Age"), "ends with the browser session");
    c.post_form("/log-paa/afbryd", &cookie, &[]).await;
    // The next login starts with it filled in and the box ticked.
    let both = format!("{cookie}; demoborger-bruger=318204657");
    let page = body(c.get("/log-paa", Some(&both)).await).await;
    assert!(page.contains("value=\"318204657\""), "{page}");
    assert!(page.contains("name=\"husk\" value=\"ja\" checked"));
    // Unticked: forgotten.
    let r = password(&c, &both, "318204657", "7913").await;
    let set = set_cookies(&r);
    assert!(
        set.iter()
            .any(|s| s.starts_with("demoborger-bruger=;") && s.contains("Max-Age=0"))
    );
    // A crafted cookie is never shown.
    let crafted = format!("{cookie}; demoborger-bruger=%22%3E%3Cscript%3E");
    let page = body(c.get("/log-paa", Some(&crafted)).await).await;
    assert!(!page.contains("<script>") && !page.contains("%3Cscript"));
}
