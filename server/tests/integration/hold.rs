//! Holds over the whole router: creating one, joining with good, bad and ended codes, the
//! board's secrecy and each of its actions, cross-site posts, and a lesson of 30 learners
//! behind one address.

#![allow(clippy::unwrap_used)]

use crate::common;

use common::{Client, body, set_cookies};
use http::StatusCode;

/// A hold made by "Opret hold": (board address, the teacher's cookie, Holdkode).
async fn hold(c: &Client, exercises: &[&str]) -> (String, String, String) {
    let mut form = vec![("navn", "Onsdagsholdet"), ("sprog", "da"), ("kort", "3")];
    for e in exercises {
        form.push(("ovelse", e));
    }
    let r = c.post_form("/underviser", "x=y", &form).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let board = common::header(&r, "location").to_owned();
    assert!(board.starts_with("/underviser/tavle/"), "{board}");
    let teacher = set_cookies(&r)[0].split(';').next().unwrap().to_owned();
    let page = body(c.get(&board, None).await).await;
    let code = common::big_code(&page);
    assert_eq!(code.len(), 6, "{code}");
    (board, teacher, code)
}

async fn board_rows(c: &Client, board: &str) -> String {
    let page = body(c.get(board, None).await).await;
    page.split("<tbody>").nth(1).unwrap_or("").to_owned()
}

#[tokio::test]
async fn a_learner_joins_with_the_code_and_appears_on_the_board_with_their_exercise() {
    let c = Client::new(&[]);
    let (board, _, code) = hold(&c, &["post-laes-brev"]).await;
    let learner = c.join_hold(&code.to_lowercase(), "Fatima").await;
    let world = c.world(&learner).unwrap();
    assert_eq!(world.hold(), Some("Onsdagsholdet"));
    assert_eq!(world.progress().unwrap().0.id, "post-laes-brev");
    let rows = board_rows(&c, &board).await;
    assert!(
        rows.contains("Fatima") && rows.contains("Trin 1 af"),
        "{rows}"
    );
    let page = body(c.get(&board, None).await).await;
    assert!(
        page.contains("<strong class=\"nowrap\">127.0.0.1:3000/hold</strong>"),
        "the short address to type"
    );
    let page = body(c.get("/ovelse", Some(&learner)).await).await;
    assert!(
        page.contains("Hold: Onsdagsholdet"),
        "the guide panel names the hold"
    );
}

#[tokio::test]
async fn a_wrong_code_or_a_bad_name_is_refused_next_to_its_field_and_kept() {
    let c = Client::new(&[]);
    let (_, _, code) = hold(&c, &[]).await;
    let r = c
        .post_form("/hold", "x=y", &[("kode", "ZZZZZZ"), ("navn", "Fatima")])
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let page = body(r).await;
    assert!(page.contains("Holdkoden findes ikke"));
    assert!(page.contains("value=\"Fatima\""), "the name is kept");
    for (name, says) in [
        ("010203-1234", "Det ligner et CPR-nummer"),
        ("fatima@mail.dk", "Det ligner en e-mailadresse"),
        ("", "Skriv dit fornavn"),
    ] {
        let r = c
            .post_form("/hold", "x=y", &[("kode", &code), ("navn", name)])
            .await;
        assert_eq!(r.status(), StatusCode::OK, "{name}");
        let page = body(r).await;
        assert!(page.contains(says), "{name}");
        assert!(page.contains("id=\"navn-error\""), "at the name field");
    }
    assert_eq!(c.worlds(), 0, "no world for a refused join");
}

#[tokio::test]
async fn the_same_name_from_another_browser_gets_the_same_world_and_the_board_says_so() {
    let c = Client::new(&[]);
    let (board, _, code) = hold(&c, &[]).await;
    let first = c.join_hold(&code, "Hodan").await;
    let again = c.join_hold(&code, "hodan").await;
    assert_eq!(first, again);
    assert_eq!(c.worlds(), 1);
    assert!(board_rows(&c, &board).await.contains("flere enheder"));
}

#[tokio::test]
async fn a_learner_or_a_guesser_cannot_reach_a_board() {
    let c = Client::new(&[]);
    let (board, _, code) = hold(&c, &[]).await;
    let learner = c.join_hold(&code, "Ali").await;
    let guess = format!("/underviser/tavle/{}", "0".repeat(32));
    assert_eq!(
        c.get(&guess, Some(&learner)).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        c.get("/underviser/tavle/abc", None).await.status(),
        StatusCode::NOT_FOUND
    );
    let r = c
        .post_form(&guess, &learner, &[("handling", "afslut")])
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // Nothing on the learner's pages names the board.
    let page = body(c.get("/ovelse", Some(&learner)).await).await;
    assert!(!page.contains(&board));
}

#[tokio::test]
async fn cross_site_posts_to_holds_are_refused() {
    let c = Client::new(&[]);
    let (board, _, _) = hold(&c, &[]).await;
    for path in ["/underviser", "/hold", board.as_str()] {
        let r = c.post_from(path, None, "cross-site").await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path}");
    }
}

#[tokio::test]
async fn vis_hint_opens_the_learners_next_hint_and_nulstil_starts_them_over() {
    let c = Client::new(&[]);
    let (board, _, code) = hold(&c, &["post-mappe-sundhed"]).await;
    let learner = c.join_hold(&code, "Ayse").await;
    let r = c
        .post_form(&board, "x=y", &[("handling", "hint"), ("plads", "1")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        c.world(&learner).unwrap().progress().unwrap().1.hints_shown,
        1
    );
    // A login gives a new session id; the learner keeps their seat.
    let learner = log_in_karen(&c, &learner).await;
    assert_eq!(c.world(&learner).unwrap().progress().unwrap().1.step, 1);
    assert!(board_rows(&c, &board).await.contains("Trin 2 af 3"));
    // Nulstil asks first, on a page of its own.
    let ask = body(c.get(&format!("{board}/bekraeft?nulstil=1"), None).await).await;
    assert!(ask.contains("Nulstil deltagerens øvelse?") && ask.contains("Ayse"));
    let r = c
        .post_form(&board, "x=y", &[("handling", "nulstil"), ("plads", "1")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let world = c.world(&learner).expect("the same session goes on");
    assert_eq!(world.progress().unwrap().1.step, 0, "back to the start");
    assert!(world.logged_in().is_none());
    assert!(board_rows(&c, &board).await.contains("Trin 1 af 3"));
}

async fn log_in_karen(c: &Client, cookie: &str) -> String {
    let world = c.world(cookie).unwrap();
    let karen = world
        .personas()
        .iter()
        .find(|p| p.id.as_str() == "karen")
        .unwrap()
        .clone();
    c.log_in(cookie, karen.login_id(), &karen.password).await
}

#[tokio::test]
async fn send_brev_reaches_every_learner_or_one_and_a_bad_letter_is_refused() {
    let c = Client::new(&[]);
    let (board, _, code) = hold(&c, &["post-mappe-sundhed"]).await;
    let a = c.join_hold(&code, "Amal").await;
    let b = c.join_hold(&code, "Birgit").await;
    let r = c
        .post_form(
            &board,
            "x=y",
            &[
                ("handling", "brev"),
                ("plads", "alle"),
                ("brev", ""),
                ("fra", "skattestyrelsen"),
                ("emne", "Møde <i>om</i> skat"),
                ("tekst", "Kom kl. 10."),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    for learner in [&a, &b] {
        assert!(
            c.inbox(learner, None)
                .contains(&"Møde <i>om</i> skat".to_owned())
        );
    }
    let r = c
        .post_form(
            &board,
            "x=y",
            &[
                ("handling", "brev"),
                ("plads", "2"),
                ("brev", "karen-boligydelse"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let boligydelse = |cookie: &str| {
        c.inbox(cookie, None)
            .iter()
            .filter(|s| s.contains("oligydelse"))
            .count()
    };
    assert_eq!(
        (boligydelse(&a), boligydelse(&b)),
        (1, 2),
        "only Birgit got it again"
    );
    let r = c
        .post_form(
            &board,
            "x=y",
            &[
                ("handling", "brev"),
                ("plads", "alle"),
                ("fra", "skattestyrelsen"),
                ("emne", "Hej"),
                ("tekst", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let page = body(r).await;
    assert!(page.contains("Skriv brevets tekst") && page.contains("value=\"Hej\""));
}

#[tokio::test]
async fn spol_tiden_frem_moves_every_learners_clock() {
    let c = Client::new(&[]);
    let (board, _, code) = hold(&c, &[]).await;
    let a = c.join_hold(&code, "Amal").await;
    let before = c.world(&a).unwrap().now(domain::Timestamp(0));
    let r = c
        .post_form(
            &board,
            "x=y",
            &[("handling", "tid"), ("plads", "alle"), ("minutter", "1440")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let after = c.world(&a).unwrap().now(domain::Timestamp(0));
    assert_eq!(after.0 - before.0, 24 * 3600);
}

#[tokio::test]
async fn afslut_hold_ends_every_world_and_learners_see_that_the_hold_has_ended() {
    let c = Client::new(&[]);
    let (board, teacher, code) = hold(&c, &[]).await;
    let a = c.join_hold(&code, "Amal").await;
    let b = c.join_hold(&code, "Birgit").await;
    let alone = c.start().await;
    let ask = body(c.get(&format!("{board}/bekraeft?afslut=1"), None).await).await;
    assert!(ask.contains("Afslut holdet?"));
    let r = c
        .post_form(&board, &teacher, &[("handling", "afslut")])
        .await;
    assert_eq!(common::header(&r, "location"), "/underviser?afsluttet=1");
    assert!(c.world(&a).is_none() && c.world(&b).is_none());
    assert!(
        c.world(&alone).is_some(),
        "a learner alone is not in the hold"
    );
    let with_hold = format!("{a}; demoborger-hold={code}");
    let r = c.get("/post", Some(&with_hold)).await;
    assert_eq!(common::header(&r, "location"), "/hold/afsluttet");
    let page = body(c.get("/hold/afsluttet", Some(&with_hold)).await).await;
    assert!(page.contains("Holdet er afsluttet") && page.contains("Øv alene"));
    let r = c
        .post_form("/hold", "x=y", &[("kode", &code), ("navn", "Carla")])
        .await;
    assert!(body(r).await.contains("Holdet er afsluttet."));
    assert_eq!(c.get(&board, None).await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_full_hold_refuses_the_next_learner_kindly() {
    let c = Client::new(&["--hold-capacity", "2"]);
    let (_, _, code) = hold(&c, &[]).await;
    c.join_hold(&code, "A").await;
    c.join_hold(&code, "B").await;
    let r = c
        .post_form("/hold", "x=y", &[("kode", &code), ("navn", "C")])
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(body(r).await.contains("Holdet er fuldt"));
}

#[tokio::test]
async fn names_are_escaped_on_the_board_and_in_the_printed_cards() {
    let c = Client::new(&[]);
    let (board, _, code) = hold(&c, &[]).await;
    c.join_hold(&code, "<script>x</script>").await;
    for page in [board.clone(), format!("{board}/noeglekort")] {
        let html = body(c.get(&page, None).await).await;
        assert!(!html.contains("<script>x"), "{page}");
        assert!(html.contains("&lt;script&gt;x"), "{page}");
    }
}

#[tokio::test]
async fn the_printed_card_of_a_seat_is_the_card_of_that_learners_world() {
    let c = Client::new(&[]);
    let (board, _, code) = hold(&c, &["post-mappe-sundhed"]).await;
    let cards = body(c.get(&format!("{board}/noeglekort"), None).await).await;
    assert_eq!(
        cards.matches("class=\"print-card hold-card\"").count(),
        3,
        "3 cards before anyone joined"
    );
    let learner = c.join_hold(&code, "Dilan").await;
    let world = c.world(&learner).unwrap();
    let karen = world.main_persona().unwrap();
    let first_key = world.key_card(&karen).keys[0].key.clone();
    let cards = body(c.get(&format!("{board}/noeglekort"), None).await).await;
    let seat_one = cards.split("Deltager 2").next().unwrap();
    assert!(seat_one.contains("Dilan") && seat_one.contains(&first_key));
}

/// A lesson: 30 learners behind one address join within seconds and each logs in and makes
/// the folder Sundhed while the board is polled; every learner and every step shows.
#[tokio::test]
async fn a_lesson_of_thirty_behind_one_address_is_counted_step_by_step() {
    let c = Client::new(&[]);
    let (board, _, code) = hold(&c, &["post-mappe-sundhed"]).await;
    let mut learners = Vec::new();
    for n in 0..30 {
        learners.push(c.join_hold(&code, &format!("Deltager{n}")).await);
        if n % 5 == 0 {
            board_rows(&c, &board).await;
        }
    }
    assert_eq!(c.worlds(), 30);
    let rows = board_rows(&c, &board).await;
    assert_eq!(rows.matches("Trin 1 af 3").count(), 30);
    for (n, cookie) in learners.iter_mut().enumerate() {
        *cookie = log_in_karen(&c, cookie).await;
        let r = c
            .post_form(
                "/post",
                cookie,
                &[("handling", "opret-mappe"), ("navn", "Sundhed")],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "learner {n}");
        if n % 3 == 0 {
            board_rows(&c, &board).await;
        }
    }
    let rows = board_rows(&c, &board).await;
    assert_eq!(rows.matches("Trin 3 af 3").count(), 30, "{rows}");
    for n in 0..30 {
        assert!(
            rows.contains(&format!("Deltager{n}<")),
            "learner {n} on the board"
        );
    }
}

#[tokio::test]
async fn the_teachers_cookie_is_for_the_whole_site_so_an_https_host_cookie_is_kept() {
    let c = Client::new(&[]);
    let r = c
        .post_form("/underviser", "x=y", &[("navn", "A"), ("kort", "0")])
        .await;
    let cookie = &set_cookies(&r)[0];
    assert!(cookie.contains("; Path=/;"), "{cookie}");
    let board = common::header(&r, "location").to_owned();
    let teacher = cookie.split(';').next().unwrap();
    let page = body(c.get("/underviser", Some(teacher)).await).await;
    assert!(
        page.contains(&board),
        "'Gå til tavlen' links the running hold"
    );
}

#[tokio::test]
async fn the_same_browser_joining_again_is_not_another_device() {
    let c = Client::new(&[]);
    let (board, _, code) = hold(&c, &[]).await;
    let first = c.join_hold(&code, "Hodan").await;
    let r = c
        .post_form("/hold", &first, &[("kode", &code), ("navn", "Hodan")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(!board_rows(&c, &board).await.contains("flere enheder"));
}

#[tokio::test]
async fn the_next_exercise_of_the_plan_comes_only_after_this_one_is_done() {
    let c = Client::new(&[]);
    let (board, _, code) = hold(&c, &["post-laes-brev", "sikkerhed-log-af"]).await;
    let learner = c.join_hold(&code, "Leyla").await;
    // Not done yet: "Næste" changes nothing.
    let r = c.post_form("/hold/naeste", &learner, &[]).await;
    assert_eq!(common::header(&r, "location"), "/ovelser/faerdig");
    assert_eq!(
        c.world(&learner).unwrap().progress().unwrap().0.id,
        "post-laes-brev"
    );
    let learner = log_in_karen(&c, &learner).await;
    let r = c
        .post_form("/post", &learner, &[("aabn", "karen-ouh-indkaldelse")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(c.world(&learner).unwrap().progress().unwrap().1.finished());
    let page = body(c.get("/post", Some(&learner)).await).await;
    assert!(page.contains("Næste øvelse i holdet"));
    for _ in 0..2 {
        // A second press (an old page) does not skip the next one.
        c.post_form("/hold/naeste", &learner, &[]).await;
    }
    let world = c.world(&learner).unwrap();
    assert_eq!(world.progress().unwrap().0.id, "sikkerhed-log-af");
    assert_eq!(world.progress().unwrap().1.step, 0);
    assert!(board_rows(&c, &board).await.contains("Øvelse 2 af 2"));
}

#[tokio::test]
async fn spol_tiden_frem_does_not_make_a_stuck_learner_look_busy() {
    let c = Client::new(&[]);
    let (board, _, code) = hold(&c, &["post-mappe-sundhed"]).await;
    let learner = c.join_hold(&code, "Mona").await;
    for _ in 0..3 {
        c.post_form(
            "/log-paa",
            &learner,
            &[
                ("trin", "adgangskode"),
                ("bruger_id", "x"),
                ("adgangskode", "forkert"),
            ],
        )
        .await;
    }
    assert!(board_rows(&c, &board).await.contains("Sidder fast"));
    c.post_form(
        &board,
        "x=y",
        &[("handling", "tid"), ("plads", "alle"), ("minutter", "60")],
    )
    .await;
    assert!(board_rows(&c, &board).await.contains("Sidder fast"));
}

#[tokio::test]
async fn practising_alone_forgets_an_ended_hold() {
    let c = Client::new(&[]);
    let (board, teacher, code) = hold(&c, &[]).await;
    let learner = c.join_hold(&code, "Amal").await;
    c.post_form(&board, &teacher, &[("handling", "afslut")])
        .await;
    let with_hold = format!("{learner}; demoborger-hold={code}");
    let r = c.post("/ovelse/start", Some(&with_hold)).await;
    let cookies = set_cookies(&r);
    assert!(
        cookies
            .iter()
            .any(|c| c.starts_with("demoborger-hold=;") && c.contains("Max-Age=0")),
        "{cookies:?}"
    );
}

#[tokio::test]
async fn the_holds_lektionsplan_lists_its_own_exercises_in_order() {
    let c = Client::new(&[]);
    let (board, _, _) = hold(&c, &["sikkerhed-log-af", "post-laes-brev"]).await;
    let page = body(c.get(&format!("{board}/lektionsplan"), None).await).await;
    let first = page.find("Læs et brev og dets bilag").unwrap();
    let second = page.find("Log altid af, når du er færdig").unwrap();
    assert!(first < second, "the catalogue's order");
    let wrong = format!("/underviser/tavle/{}/lektionsplan", "0".repeat(32));
    assert_eq!(c.get(&wrong, None).await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_teachers_choice_of_mitid_makes_log_paa_open_mitid_in_the_learners_worlds() {
    let c = Client::new(&[]);
    // The scenario's default: "Log på" opens NemID.
    let (_, _, code) = hold(&c, &[]).await;
    let learner = c.join_hold(&code, "Fatima").await;
    let page = body(c.get("/ovelse", Some(&learner)).await).await;
    assert!(
        page.contains(r#"href="/log-paa" class="button button-primary">Log på</a>"#),
        "{page}"
    );
    // "Hvordan logger deltagerne på?" MitID.
    let form = [
        ("navn", "MitID-holdet"),
        ("sprog", "da"),
        ("log_paa", "mitid"),
    ];
    let r = c.post_form("/underviser", "x=y", &form).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let board = common::header(&r, "location").to_owned();
    let code = common::big_code(&body(c.get(&board, None).await).await);
    let learner = c.join_hold(&code, "Amal").await;
    let page = body(c.get("/ovelse", Some(&learner)).await).await;
    assert!(
        page.contains(r#"href="/mitid" class="button button-primary">Log på</a>"#),
        "{page}"
    );
    // Both logins stay open to the learner.
    let nemid = c.get("/log-paa", Some(&learner)).await;
    assert_eq!(nemid.status(), StatusCode::OK);
}

#[tokio::test]
async fn the_board_shows_whether_a_learner_spotted_the_safety_drill() {
    let c = Client::new(&[]);
    let (board, _, code) = hold(&c, &["fidus-skat-sms"]).await;
    let amal = c.join_hold(&code, "Amal").await;
    let fatima = c.join_hold(&code, "Fatima").await;
    let rows = board_rows(&c, &board).await;
    assert!(!rows.contains("Fidus:"), "{rows}");
    // Amal deletes the fake SMS; Fatima types into the fake page.
    let r = c
        .post_form(
            "/telefon/karen",
            &amal,
            &[("trin", "slet-besked"), ("besked", "skat-sms")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    c.post_form("/fidus/skat-sms", &fatima, &[("adgangskode", "x")])
        .await;
    let rows = board_rows(&c, &board).await;
    let row = |name: &str| {
        rows.split("<tr")
            .find(|r| r.contains(name))
            .unwrap_or_default()
            .to_owned()
    };
    assert!(row("Amal").contains("Fidus: Klaret"), "{rows}");
    assert!(row("Fatima").contains("Fidus: Snydt"), "{rows}");
}
