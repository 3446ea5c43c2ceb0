//! "Eget materiale" over the whole router: a pack uploaded or written in the form is
//! previewed, sent to the hold (learners already there get its letters, new ones start in
//! its exercise), downloaded and uploaded into a new hold; broken, oversized and hostile
//! packs are refused with their line and field, never a server error.

#![allow(clippy::unwrap_used)]

use crate::common;

use common::{Client, body, multipart};
use http::header::{CONTENT_TYPE, COOKIE};
use http::{Request, StatusCode};

const EXAMPLE: &str = include_str!("../../../scenarios/examples/skole.toml");

/// A hold made by "Opret hold" with `exercises` (none: "Fri øvelse"): its board address
/// and Holdkode.
async fn hold(c: &Client, exercises: &[&str]) -> (String, String) {
    let mut form = vec![("navn", "Torsdagsholdet"), ("sprog", "da"), ("kort", "0")];
    for e in exercises {
        form.push(("ovelse", e));
    }
    let r = c.post_form("/underviser", "x=y", &form).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let board = common::header(&r, "location").to_owned();
    let code = common::big_code(&body(c.get(&board, None).await).await);
    (board, code)
}

async fn upload(c: &Client, board: &str, file: &[u8]) -> http::Response<axum::body::Body> {
    let (content_type, bytes) = multipart(&[("handling", "upload")], &[("pakke.toml", file)]);
    let request = Request::post(format!("{board}/materiale"))
        .header("sec-fetch-site", "same-origin")
        .header(CONTENT_TYPE, content_type)
        .header(COOKIE, "x=y")
        .body(axum::body::Body::from(bytes))
        .unwrap();
    c.send(request).await
}

#[tokio::test]
async fn an_uploaded_pack_is_previewed_and_send_til_holdet_reaches_learners_old_and_new() {
    let c = Client::new(&[]);
    let (board, code) = hold(&c, &[]).await;
    let before = c.join_hold(&code, "Hodan").await;
    let r = upload(&c, &board, EXAMPLE.as_bytes()).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        common::header(&r, "location"),
        format!("{board}/materiale#forhaandsvisning")
    );
    let page = body(c.get(&format!("{board}/materiale"), None).await).await;
    for shown in [
        "Forhåndsvisning: Skole-hjem-samtale",
        "Skole-hjem-samtale i 3.B: vælg en tid",
        "Bakkeskolen",
        "Øvelse: Svar skolen om en samtale",
        "Svar skolen, hvilken tid du vælger.",
        "Send til holdet",
    ] {
        assert!(page.contains(shown), "{shown}");
    }
    // Nothing reaches the learners before "Send til holdet".
    let subject = "Skole-hjem-samtale i 3.B: vælg en tid".to_owned();
    assert!(!c.inbox(&before, Some("amina")).contains(&subject));

    let r = c
        .post_form(
            &format!("{board}/materiale"),
            "x=y",
            &[("handling", "send")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        common::header(&r, "location"),
        format!("{board}?sket=materiale")
    );
    let board_page = body(c.get(&format!("{board}?sket=materiale"), None).await).await;
    assert!(board_page.contains("Dit eget materiale er sendt til holdet"));
    // The learner who was there: the letter arrived now, from the new sender by name.
    assert!(c.inbox(&before, Some("amina")).contains(&subject));
    let w = c.world(&before).unwrap();
    let amina = domain::PersonaId::parse("amina").unwrap();
    let letter = w.find_letter(&amina, "besked-0").unwrap();
    assert_eq!(w.party_name(&letter.letter.from()), "Bakkeskolen");
    // A learner who joins now starts in the material's exercise, its letter in the inbox.
    let after = c.join_hold(&code, "Sagal").await;
    let w = c.world(&after).unwrap();
    assert_eq!(w.progress().unwrap().0.id, "skole-hjem-samtale");
    assert!(c.inbox(&after, Some("amina")).contains(&subject));
    let rows = body(c.get(&board, None).await).await;
    assert!(
        rows.contains("Svar skolen om en samtale"),
        "the board names it"
    );
    // The attachment is a PDF made from the letter, in both worlds.
    let mut logged_in = Vec::new();
    for (cookie, id) in [(&before, "besked-0"), (&after, "amina-skole-hjem-samtale")] {
        let cookie = c.log_in(cookie, "amina82", "bydel2024").await;
        let r = c
            .get(&format!("/post/brev/{id}/dokument/1"), Some(&cookie))
            .await;
        assert_eq!(r.status(), StatusCode::OK, "{id}");
        assert_eq!(common::header(&r, "content-type"), "application/pdf");
        assert!(
            common::header(&r, "content-disposition").contains("Tider til skole-hjem-samtaler")
        );
        logged_in.push(cookie);
    }
    // "Send til holdet" pressed twice (a double click) sends the letters once.
    let r = c
        .post_form(
            &format!("{board}/materiale"),
            "x=y",
            &[("handling", "send")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    for cookie in &logged_in {
        let count = c
            .inbox(cookie, Some("amina"))
            .iter()
            .filter(|s| **s == subject)
            .count();
        assert_eq!(count, 1);
    }
}

const BODY: &str = "Kære Amina. Vi holder forældremøde i 3.B torsdag den 10. december kl. 17.00 i klasselokalet. \
Vi taler om klassens trivsel, om lektier og om lejrskolen til foråret. Der er kaffe og kage. \
Skriv gerne, om du kommer, og om du har brug for en tolk. Så bestiller vi en. \
Har du spørgsmål, kan du ringe til skolens kontor. Med venlig hilsen klasselæreren i 3.B på Bakkeskolen.";

fn written<'a>(subject: &'a str, body: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("handling", "vis"),
        ("navn", "Forældremøde"),
        ("fra", "ny"),
        ("ny_afsender", "Bakkeskolen"),
        ("til", "amina"),
        ("emne", subject),
        ("tekst", body),
        ("besvar", "ja"),
        ("titel", "Svar på et skolebrev"),
        ("beskrivelse", "Læs brevet fra skolen og svar."),
        ("historie", "Amina har fået et brev fra skolen."),
        ("trin1_tjek", "aabn"),
        ("trin1_tekst", "Åbn brevet fra skolen."),
        ("trin2_tjek", "svar"),
        ("trin2_tekst", "Svar skolen, at du kommer."),
    ]
}

#[tokio::test]
async fn the_form_writes_material_that_downloads_and_uploads_into_a_new_hold_the_same() {
    let c = Client::new(&[]);
    let (board, _) = hold(&c, &["post-laes-brev"]).await;
    let r = c
        .post_form(
            &format!("{board}/materiale"),
            "x=y",
            &written("Forældremøde i 3.B", BODY),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = body(c.get(&format!("{board}/materiale"), None).await).await;
    assert!(page.contains("Øvelse: Svar på et skolebrev"));
    // The form is filled in again to go on editing.
    assert!(page.contains("value=\"Forældremøde i 3.B\""));
    let r = c.get(&format!("{board}/materiale.toml"), None).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(common::header(&r, "content-disposition").starts_with("attachment"));
    let file = body(r).await;
    assert!(
        file.contains("[[letter]]") && file.contains("[[exercise.step]]"),
        "{file}"
    );

    let (second, code) = hold(&c, &[]).await;
    assert_eq!(
        upload(&c, &second, file.as_bytes()).await.status(),
        StatusCode::SEE_OTHER
    );
    let again = body(c.get(&format!("{second}/materiale.toml"), None).await).await;
    assert_eq!(again, file, "the same material");
    c.post_form(
        &format!("{second}/materiale"),
        "x=y",
        &[("handling", "send")],
    )
    .await;
    let learner = c.join_hold(&code, "Ayaan").await;
    let w = c.world(&learner).unwrap();
    assert_eq!(w.progress().unwrap().0.id, "eget-materiale");
    assert_eq!(w.progress().unwrap().0.steps.len(), 2);
}

#[tokio::test]
async fn a_form_refusal_is_next_to_its_field_and_keeps_what_was_typed() {
    let c = Client::new(&[]);
    let (board, _) = hold(&c, &[]).await;
    let r = c
        .post_form(
            &format!("{board}/materiale"),
            "x=y",
            &written("Møde <b>nu</b>", "For kort."),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let page = body(r).await;
    assert!(
        page.contains("Brevets tekst har 2 ord; et brev har 60–400 ord"),
        "{page}"
    );
    assert!(page.contains("id=\"tekst\"") && page.contains("aria-invalid=\"true\""));
    assert!(
        page.contains("value=\"Møde &lt;b&gt;nu&lt;/b&gt;\""),
        "kept and escaped"
    );
    assert!(page.contains(">For kort.</textarea>"));
}

#[tokio::test]
async fn broken_oversized_and_hostile_packs_are_refused_cleanly() {
    let c = Client::new(&[]);
    let (board, _) = hold(&c, &[]).await;
    let refused = |r: http::Response<axum::body::Body>| async move {
        assert_eq!(r.status(), StatusCode::OK);
        body(r).await
    };
    // A syntax error: its line.
    let broken = EXAMPLE.replace("subject = \"Skole-hjem", "subject = Skole-hjem");
    let line = broken
        .lines()
        .position(|l| l.starts_with("subject = Skole"))
        .unwrap()
        + 1;
    let page = refused(upload(&c, &board, broken.as_bytes()).await).await;
    assert!(
        page.contains(&format!("Linje {line}: Filen kan ikke læses som TOML her")),
        "{page}"
    );
    assert!(page.contains("id=\"fil\"") && page.contains("aria-invalid=\"true\""));
    // A field: its line and name.
    let unknown = EXAMPLE.replace("to = \"amina\"", "to = \"dronningen\"");
    let line = unknown
        .lines()
        .position(|l| l.starts_with("to = \"dronningen\""))
        .unwrap()
        + 1;
    let page = refused(upload(&c, &board, unknown.as_bytes()).await).await;
    assert!(
        page.contains(&format!("Linje {line}, feltet to: der er ingen person")),
        "{page}"
    );
    // Too large for a pack, but within the request limit: a Danish refusal.
    let big = format!("{EXAMPLE}\n# {}\n", "x".repeat(70 * 1024));
    let page = refused(upload(&c, &board, big.as_bytes()).await).await;
    assert!(page.contains("Filen er for stor"), "{page}");
    // Larger than any request may be: 413.
    let huge = "x".repeat(300 * 1024);
    assert_eq!(
        upload(&c, &board, huge.as_bytes()).await.status(),
        StatusCode::PAYLOAD_TOO_LARGE
    );
    // Not text, no file.
    let page = refused(upload(&c, &board, &[0xff, 0xfe, 0x00, 0x41]).await).await;
    assert!(page.contains("ikke en tekstfil"));
    let page = refused(upload(&c, &board, b"").await).await;
    assert!(page.contains("Vælg en fil."));
    // Path tricks in ids are refused; script and HTML are the teacher's text, escaped.
    let tricky = EXAMPLE.replace(
        "id = \"amina-skole-hjem-samtale\"",
        "id = \"../../etc/passwd\"",
    );
    let page = refused(upload(&c, &board, tricky.as_bytes()).await).await;
    assert!(page.contains("feltet id:"), "{page}");
    let hostile = EXAMPLE
        .replace(
            "subject = \"Skole-hjem-samtale i 3.B: vælg en tid\"",
            "subject = \"<script>alert(1)</script>\"",
        )
        .replace(
            "name = \"Skole-hjem-samtale\"",
            "name = \"<img src=x onerror=alert(2)>\"",
        );
    assert_eq!(
        upload(&c, &board, hostile.as_bytes()).await.status(),
        StatusCode::SEE_OTHER
    );
    let page = body(c.get(&format!("{board}/materiale"), None).await).await;
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!page.contains("<script>alert") && !page.contains("<img src=x"));
    // A malformed multipart body: 400, not a server error.
    let request = Request::post(format!("{board}/materiale"))
        .header("sec-fetch-site", "same-origin")
        .header(CONTENT_TYPE, "multipart/form-data; boundary=x")
        .body(axum::body::Body::from("--x\r\nbroken"))
        .unwrap();
    assert_eq!(c.send(request).await.status(), StatusCode::BAD_REQUEST);
    // Another site, or a key of no hold: refused.
    let r = c
        .post_from(&format!("{board}/materiale"), None, "cross-site")
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = upload(
        &c,
        "/underviser/tavle/AAAAAAAAAAAAAAAAAAAAAA",
        EXAMPLE.as_bytes(),
    )
    .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        c.get(
            "/underviser/tavle/AAAAAAAAAAAAAAAAAAAAAA/materiale.toml",
            None
        )
        .await
        .status(),
        StatusCode::NOT_FOUND
    );
    // The example is offered as a file.
    let r = c.get("/underviser/eksempel.toml", None).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(body(r).await, EXAMPLE);
}
