//! Safety drills over the whole router: the message's link, the fake page's post (only our
//! origin, only our cookie, nothing typed kept anywhere), "Slet" on the phone, cross-site
//! posts refused.

#![allow(clippy::unwrap_used)]

use crate::common;

use common::{Client, body, header, set_cookies};
use http::StatusCode;

const SECRET: &str = "Hemmelig-Rosenhave12";

/// How drill `id` stands in `world` when nothing more happens (no time passes).
fn outcome(world: &domain::World, id: &str) -> Option<domain::drill::Outcome> {
    let sent = world.sent_drill(id)?;
    sent.outcome(sent.sent)
}

/// A world with the Skat SMS drill's exercise started: the session cookie.
/// A button under a drill's message on Karen's phone: `trin` (slet-besked,
/// rapporter-besked) on message `besked` in the phone's app `app`.
async fn phone_post(
    c: &Client,
    cookie: &str,
    trin: &str,
    besked: &str,
    app: &str,
) -> http::Response<axum::body::Body> {
    c.post_form(
        "/telefon/karen",
        cookie,
        &[("trin", trin), ("besked", besked), ("app", app)],
    )
    .await
}

async fn drill_world(c: &Client) -> String {
    exercise_world(c, "fidus-skat-sms", "da").await
}

/// A world with exercise `id` started in guide language `lang`: the session cookie.
async fn exercise_world(c: &Client, id: &str, lang: &str) -> String {
    let r = c
        .post_form("/ovelser/start", "x=y", &[("ovelse", id), ("sprog", lang)])
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
        outcome(&world, "skat-sms"),
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
    assert_eq!(outcome(&world, "skat-sms"), None);
    // "Slet" on the phone: gone from Beskeder.
    let r = phone_post(&c, &cookie, "slet-besked", "skat-sms", "beskeder").await;
    assert_eq!(
        header(&r, "location"),
        "/telefon/karen?app=beskeder&svar=slettet&besked=skat-sms"
    );
    let phone = body(c.get(header(&r, "location"), Some(&cookie)).await).await;
    assert!(!phone.contains("SKAT-DK") && phone.contains("Beskeden er slettet."));
    assert_eq!(
        outcome(&c.world(&cookie).unwrap(), "skat-sms"),
        Some(domain::drill::Outcome::Spotted)
    );
}

#[tokio::test]
async fn the_call_shows_on_the_phone_hanging_up_is_not_enough_and_afvis_is_klaret() {
    let c = Client::new(&[]);
    let cookie = exercise_world(&c, "fidus-opkald", "en").await;
    let phone = body(c.get("/telefon/karen?app=opkald", Some(&cookie)).await).await;
    assert!(phone.contains("Igangværende opkald") && phone.contains("+45 71 99 32 10"));
    assert!(phone.contains("Michael fra Borgerservice") && phone.contains(">Læg på<"));
    // A call has no fake page.
    let r = c.get("/fidus/opkald-borgerservice", Some(&cookie)).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // "Læg på": gone from Opkald, with the next step; not yet Klaret.
    let r = phone_post(&c, &cookie, "slet-besked", "opkald-borgerservice", "opkald").await;
    let to = header(&r, "location");
    assert_eq!(
        to,
        "/telefon/karen?app=opkald&svar=slettet&besked=opkald-borgerservice"
    );
    let phone = body(c.get(to, Some(&cookie)).await).await;
    assert!(phone.contains("Du har lagt på.") && !phone.contains("Igangværende opkald"));
    let debrief = body(
        c.get("/fidus/opkald-borgerservice/forklaring", Some(&cookie))
            .await,
    )
    .await;
    assert!(
        debrief.contains("The request is still waiting in the MitID app."),
        "{debrief}"
    );
    // "Afvis" in the MitID app: Klaret, in the guide's language, with the call's signs.
    let request = c
        .world(&cookie)
        .unwrap()
        .sent_drill("opkald-borgerservice")
        .unwrap()
        .request
        .unwrap()
        .to_string();
    let r = c
        .post_form(
            "/telefon/karen",
            &cookie,
            &[("trin", "afvis"), ("anmodning", request.as_str())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let debrief = body(
        c.get("/fidus/opkald-borgerservice/forklaring", Some(&cookie))
            .await,
    )
    .await;
    assert!(debrief.contains("Well spotted! You rejected the request in the MitID app."));
    assert!(debrief.contains("A number you do not know calls"));
    assert!(debrief.contains("Hang up. Never approve anything"));
    let done = body(c.get("/ovelser/faerdig", Some(&cookie)).await).await;
    assert!(done.contains("Spotted"), "{done}");
}

#[tokio::test]
async fn kig_vaek_asks_the_helper_to_look_away_and_sees_whether_she_did() {
    let c = Client::new(&[]);
    let cookie = exercise_world(&c, "hjaelp-kig-vaek", "da").await;
    let page = body(c.get("/ovelse", Some(&cookie)).await).await;
    assert!(page.contains("Kig væk, før hun skriver.") && page.contains(">Jeg kigger væk<"));
    // Karen types her password while the helper watches: seen.
    let karen = c.world(&cookie).unwrap();
    let user = karen
        .persona(&domain::PersonaId::parse("karen").unwrap())
        .unwrap();
    let (user_id, password) = (user.nemid_number.to_string(), user.password.clone());
    let r = c
        .post_form(
            "/log-paa",
            &cookie,
            &[
                ("trin", "adgangskode"),
                ("bruger_id", user_id.as_str()),
                ("adgangskode", password.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(c.world(&cookie).unwrap().watch().unwrap().saw);
    let page = body(c.get("/ovelse", Some(&cookie)).await).await;
    assert!(page.contains("Du kiggede med, da hun skrev en kode."));
    // "Jeg kigger væk" goes through the guide's form, back to the page it was pressed on.
    let r = c
        .post_form(
            "/ovelser/guide",
            &cookie,
            &[("handling", "kig-vaek"), ("tilbage", "/ovelse")],
        )
        .await;
    assert_eq!(header(&r, "location"), "/ovelse");
    assert!(c.world(&cookie).unwrap().watch().unwrap().away);
    // What was seen stays seen until Karen logs out and starts again.
    let page = body(c.get("/ovelse", Some(&cookie)).await).await;
    assert!(page.contains("Du kiggede med") && page.contains(">Jeg kigger igen<"));
    c.post_form("/log-paa/afbryd", &cookie, &[]).await;
    let page = body(c.get("/ovelse", Some(&cookie)).await).await;
    assert!(page.contains("Du kigger væk.") && page.contains(">Jeg kigger igen<"));
}

/// Every log line the server writes while a fake page is filled in (all levels, all
/// targets): the typed values are in none.
#[tokio::test]
async fn what_is_typed_into_a_fake_page_is_in_no_log_line() {
    use std::sync::{Arc, Mutex};
    #[derive(Clone, Default)]
    struct Lines(Arc<Mutex<Vec<u8>>>);
    impl std::io::Write for Lines {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let lines = Lines::default();
    let writer = lines.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    // The test runs on one thread: the subscriber sees everything the server logs here.
    let _guard = tracing::subscriber::set_default(subscriber);
    let c = Client::new(&[]);
    c.start().await;
    let cookie = drill_world(&c).await;
    c.get("/fidus/skat-sms/link", Some(&cookie)).await;
    let r = c
        .post_form(
            "/fidus/skat-sms",
            &cookie,
            &[("bruger_id", "karen1948"), ("adgangskode", SECRET)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // A bad post too (too long a field) is refused without echoing it.
    let long = format!("{SECRET}{}", "x".repeat(70_000));
    c.post_form(
        "/fidus/skat-sms",
        &cookie,
        &[("adgangskode", long.as_str())],
    )
    .await;
    let text = String::from_utf8(lines.0.lock().unwrap().clone()).unwrap();
    // The server's own lines are captured (a world's start is logged).
    assert!(text.contains("world started"), "{text}");
    assert!(
        !text.contains(SECRET) && !text.contains("karen1948"),
        "{text}"
    );
}

#[tokio::test]
async fn rapporter_som_svindel_removes_the_message_and_is_klaret() {
    let c = Client::new(&[]);
    let cookie = drill_world(&c).await;
    let phone = body(c.get("/telefon/karen?app=beskeder", Some(&cookie)).await).await;
    assert!(phone.contains(">Rapportér som svindel<"));
    let r = phone_post(&c, &cookie, "rapporter-besked", "skat-sms", "beskeder").await;
    let to = header(&r, "location");
    assert_eq!(
        to,
        "/telefon/karen?app=beskeder&svar=rapporteret&besked=skat-sms"
    );
    let phone = body(c.get(to, Some(&cookie)).await).await;
    assert!(phone.contains("Beskeden er rapporteret som svindel og slettet."));
    assert!(!phone.contains("SKAT-DK"));
    let debrief = body(c.get("/fidus/skat-sms/forklaring", Some(&cookie)).await).await;
    assert!(debrief.contains("Du rapporterede beskeden som svindel"));
    // Someone else's phone cannot report Karen's message.
    let cookie = drill_world(&c).await;
    let r = c
        .post_form(
            "/telefon/mette",
            &cookie,
            &[("trin", "rapporter-besked"), ("besked", "skat-sms")],
        )
        .await;
    assert_ne!(r.status(), StatusCode::SEE_OTHER, "refused: the page again");
    let world = c.world(&cookie).unwrap();
    assert!(!world.sent_drill("skat-sms").unwrap().reported);
}
