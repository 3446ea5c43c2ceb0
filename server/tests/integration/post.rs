//! In-process tests of the Digital Post form posts and documents: every refusal is shown
//! on the page the form came from, with its Danish message, and changes nothing.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::common;

use common::*;
use domain::{FolderRef, PersonaId};
use http::StatusCode;

fn karen() -> PersonaId {
    PersonaId::parse("karen").unwrap()
}

/// A fresh world with Karen logged in; returns the (rotated) session cookie.
async fn karen_logged_in(c: &Client) -> String {
    let cookie = c.start().await;
    c.log_in(&cookie, "318204657", "7913").await
}

/// Posts `form` to `path` and expects the page again (200) with `message` on it.
async fn refused(c: &Client, cookie: &str, path: &str, form: &[(&str, &str)], message: &str) {
    let before = c.world(cookie).unwrap();
    let r = c.post_form(path, cookie, form).await;
    assert_eq!(r.status(), StatusCode::OK, "{form:?} should be refused");
    let page = body(r).await;
    assert!(
        page.contains(&html(message)),
        "{form:?}: expected {message:?} on the page"
    );
    let after = c.world(cookie).unwrap();
    assert_eq!(
        format!("{:?}", before.letters_of(&karen())),
        format!("{:?}", after.letters_of(&karen())),
        "{form:?} changed the letters"
    );
    assert_eq!(before.own_folders(&karen()), after.own_folders(&karen()));
}

/// Text as the server renders it into HTML.
fn html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn folder_of(c: &Client, cookie: &str, letter: &str) -> Option<FolderRef> {
    c.world(cookie)
        .unwrap()
        .find_letter(&karen(), letter)
        .map(|l| l.state.folder)
}

#[tokio::test]
async fn every_folder_refusal_is_shown_and_changes_nothing() {
    let c = Client::new(&[]);
    let cookie = karen_logged_in(&c).await;
    let create = |name: &'static str| [("handling", "opret-mappe"), ("navn", name)];
    let r = c.post_form("/post", &cookie, &create("Sundhed")).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&r, "location"), "/post?mappe=0");

    refused(
        &c,
        &cookie,
        "/post",
        &create("   "),
        "Skriv et navn til mappen.",
    )
    .await;
    let long = "x".repeat(41);
    let long_form = [("handling", "opret-mappe"), ("navn", long.as_str())];
    refused(
        &c,
        &cookie,
        "/post",
        &long_form,
        "Mappens navn må højst være 40 tegn.",
    )
    .await;
    refused(
        &c,
        &cookie,
        "/post",
        &create(" sundhed "),
        "Der findes allerede en mappe med det navn.",
    )
    .await;
    refused(
        &c,
        &cookie,
        "/post",
        &create("papirkurv"),
        "Indbakke, Sendt og Papirkurv er postkassens faste mapper. Vælg et andet navn.",
    )
    .await;
    // The name typed is kept after a refusal.
    let page = body(c.post_form("/post", &cookie, &create("sundhed")).await).await;
    assert!(page.contains("value=\"sundhed\""));

    let rename = [
        ("handling", "omdoeb-mappe"),
        ("mappe", "7"),
        ("navn", "Skat"),
    ];
    refused(&c, &cookie, "/post?mappe=0", &rename, "Mappen findes ikke.").await;

    c.post_form(
        "/post",
        &cookie,
        &[
            ("handling", "flyt"),
            ("brev", "karen-boligydelse"),
            ("til", "0"),
        ],
    )
    .await;
    assert_eq!(
        folder_of(&c, &cookie, "karen-boligydelse"),
        Some(FolderRef::Own(0))
    );
    let delete = [("handling", "slet-mappe"), ("mappe", "0")];
    refused(
        &c,
        &cookie,
        "/post?mappe=0",
        &delete,
        "Mappen er ikke tom – flyt eller slet brevene først.",
    )
    .await;
    refused(
        &c,
        &cookie,
        "/post",
        &[("handling", "slet-mappe"), ("mappe", "9")],
        "Mappen findes ikke.",
    )
    .await;
}

#[tokio::test]
async fn every_letter_refusal_is_shown_and_changes_nothing() {
    let c = Client::new(&[]);
    let cookie = karen_logged_in(&c).await;
    let letter = "/post/brev/karen-boligydelse";
    refused(
        &c,
        &cookie,
        "/post",
        &[("handling", "flyt"), ("til", "0")],
        "Vælg mindst ét brev.",
    )
    .await;
    refused(
        &c,
        &cookie,
        "/post",
        &[
            ("handling", "flyt"),
            ("brev", "karen-boligydelse"),
            ("til", "sendt"),
        ],
        "Breve kan ikke flyttes til Sendt.",
    )
    .await;
    refused(
        &c,
        &cookie,
        "/post",
        &[
            ("handling", "flyt"),
            ("brev", "karen-boligydelse"),
            ("til", "3"),
        ],
        "Mappen findes ikke.",
    )
    .await;
    // Someone else's letter, a made-up one and a malformed id are all "no such letter".
    for id in [
        "poul-aarsopgoerelse-2025",
        "findes-ikke",
        "../../etc",
        "besked-99",
    ] {
        refused(
            &c,
            &cookie,
            "/post",
            &[("handling", "slet"), ("brev", id)],
            "Brevet findes ikke.",
        )
        .await;
    }
    refused(
        &c,
        &cookie,
        letter,
        &[("handling", "gendan"), ("brev", "karen-boligydelse")],
        "Brevet ligger ikke i papirkurven.",
    )
    .await;
    // Clicking a subject opens that letter even when others are ticked in the list.
    let r = c
        .post_form(
            "/post",
            &cookie,
            &[
                ("handling", "flyt"),
                ("brev", "karen-boligydelse"),
                ("aabn", "karen-ouh-indkaldelse"),
            ],
        )
        .await;
    assert_eq!(header(&r, "location"), "/post/brev/karen-ouh-indkaldelse");
    c.post_form(
        letter,
        &cookie,
        &[("handling", "slet"), ("brev", "karen-boligydelse")],
    )
    .await;
    assert_eq!(
        folder_of(&c, &cookie, "karen-boligydelse"),
        Some(FolderRef::Trash)
    );
    refused(
        &c,
        &cookie,
        letter,
        &[("handling", "slet"), ("brev", "karen-boligydelse")],
        "Brevet ligger allerede i papirkurven.",
    )
    .await;
    refused(
        &c,
        &cookie,
        "/post?mappe=papirkurv",
        &[("handling", "toem-papirkurv")],
        "Sæt kryds for at bekræfte, at brevene skal slettes for altid.",
    )
    .await;
    let r = c
        .post_form(
            "/post?mappe=papirkurv",
            &cookie,
            &[("handling", "toem-papirkurv"), ("bekraeft", "ja")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        folder_of(&c, &cookie, "karen-boligydelse"),
        None,
        "deleted for good"
    );
    refused(
        &c,
        &cookie,
        "/post?mappe=papirkurv",
        &[("handling", "toem-papirkurv"), ("bekraeft", "ja")],
        "Papirkurven er tom.",
    )
    .await;
}

#[tokio::test]
async fn forwarding_goes_to_another_persona_and_is_refused_to_oneself_or_nobody() {
    let c = Client::new(&[]);
    let cookie = karen_logged_in(&c).await;
    let page = "/post/brev/karen-ouh-indkaldelse";
    let forward = |to: &'static str| {
        [
            ("handling", "videresend"),
            ("brev", "karen-ouh-indkaldelse"),
            ("modtager", to),
        ]
    };
    refused(
        &c,
        &cookie,
        page,
        &forward("karen"),
        "Du kan ikke videresende et brev til dig selv. Vælg en anden person.",
    )
    .await;
    refused(
        &c,
        &cookie,
        page,
        &forward("nogen"),
        "Vælg, hvem brevet skal videresendes til.",
    )
    .await;
    refused(
        &c,
        &cookie,
        page,
        &forward("<script>"),
        "Vælg, hvem brevet skal videresendes til.",
    )
    .await;
    let r = c.post_form(page, &cookie, &forward("mette")).await;
    assert_eq!(
        header(&r, "location"),
        "/post/brev/karen-ouh-indkaldelse?besked=videresendt"
    );
    let world = c.world(&cookie).unwrap();
    let mette = PersonaId::parse("mette").unwrap();
    assert!(
        world
            .letters_in(&mette, FolderRef::Inbox)
            .iter()
            .any(|l| l.letter.subject().starts_with("Videresendt: Indkaldelse"))
    );
    let page = body(
        c.get(
            "/post/brev/karen-ouh-indkaldelse?besked=videresendt",
            Some(&cookie),
        )
        .await,
    )
    .await;
    assert!(page.contains("Brevet er videresendt."));
}

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n0000";

async fn message_refused(
    c: &Client,
    cookie: &str,
    path: &str,
    fields: &[(&str, &str)],
    files: &[(&str, &[u8])],
    messages: &[&str],
) {
    let r = c.send_message(cookie, path, fields, files).await;
    assert_eq!(r.status(), StatusCode::OK, "{fields:?} should be refused");
    let page = body(r).await;
    for m in messages {
        assert!(page.contains(&html(m)), "{fields:?}: expected {m:?}");
    }
    let world = c.world(cookie).unwrap();
    assert!(
        world.letters_in(&karen(), FolderRef::Sent).is_empty(),
        "nothing was sent"
    );
}

#[tokio::test]
async fn every_message_refusal_is_shown_and_keeps_what_was_typed() {
    let c = Client::new(&[]);
    let cookie = karen_logged_in(&c).await;
    let skat = "/post/skriv?til=skattestyrelsen";
    let ok = [
        ("til", "skattestyrelsen"),
        ("emne", "Fradrag"),
        ("besked", "Hvordan får jeg fradrag?"),
    ];
    message_refused(
        &c,
        &cookie,
        skat,
        &[
            ("til", "skattestyrelsen"),
            ("emne", " "),
            ("besked", "Tekst"),
        ],
        &[],
        &["Skriv et emne."],
    )
    .await;
    let long_subject = "å".repeat(101);
    message_refused(
        &c,
        &cookie,
        skat,
        &[
            ("til", "skattestyrelsen"),
            ("emne", &long_subject),
            ("besked", "Tekst"),
        ],
        &[],
        &["Emnet må højst være 100 tegn."],
    )
    .await;
    let r = c
        .send_message(
            &cookie,
            skat,
            &[
                ("til", "skattestyrelsen"),
                ("emne", "Mit emne"),
                ("besked", ""),
            ],
            &[],
        )
        .await;
    let page = body(r).await;
    assert!(
        page.contains("Skriv en besked.") && page.contains("value=\"Mit emne\""),
        "the subject is kept"
    );
    let long_message = "x".repeat(5001);
    message_refused(
        &c,
        &cookie,
        skat,
        &[
            ("til", "skattestyrelsen"),
            ("emne", "E"),
            ("besked", &long_message),
        ],
        &[],
        &["Beskeden må højst være 5000 tegn."],
    )
    .await;
    message_refused(
        &c,
        &cookie,
        "/post/skriv?til=nogen",
        &[("til", "nogen"), ("emne", "E"), ("besked", "B")],
        &[],
        &["Vælg den myndighed, du vil skrive til."],
    )
    .await;
    message_refused(
        &c,
        &cookie,
        skat,
        &ok,
        &[
            ("a.png", PNG),
            ("b.png", PNG),
            ("c.png", PNG),
            ("d.png", PNG),
        ],
        &[
            "Du kan højst vedhæfte 3 filer til én besked.",
            "Vælg filerne igen",
        ],
    )
    .await;
    message_refused(
        &c,
        &cookie,
        skat,
        &ok,
        &[("brev.pdf", b"MZ not a pdf")],
        &["Filen \"brev.pdf\" er ikke en PDF, JPEG eller PNG."],
    )
    .await;
    let mut big = b"%PDF-1.4 ".to_vec();
    big.resize(2 * 1024 * 1024 + 1, b' ');
    message_refused(
        &c,
        &cookie,
        skat,
        &ok,
        &[("stor.pdf", &big)],
        &["Filen \"stor.pdf\" er for stor. En fil må højst være 2 MB."],
    )
    .await;
    let page = body(
        c.send_message(&cookie, skat, &ok, &[("stor.pdf", &big)])
            .await,
    )
    .await;
    assert!(
        page.contains("Hvordan får jeg fradrag?"),
        "the message is kept"
    );

    // Besvar: only on a letter that can be answered.
    message_refused(
        &c,
        &cookie,
        "/post/skriv?svar=karen-boligydelse",
        &[
            ("svar", "karen-boligydelse"),
            ("emne", "Sv"),
            ("besked", "B"),
        ],
        &[],
        &["Dette brev kan ikke besvares. Brug \"Skriv ny besked\" for at skrive til afsenderen."],
    )
    .await;
    message_refused(
        &c,
        &cookie,
        "/post/skriv?svar=poul-aarsopgoerelse-2025",
        &[
            ("svar", "poul-aarsopgoerelse-2025"),
            ("emne", "Sv"),
            ("besked", "B"),
        ],
        &[],
        &["Brevet findes ikke."],
    )
    .await;
    // The write page itself says so too, before anything is typed.
    let page = body(
        c.get("/post/skriv?svar=karen-boligydelse", Some(&cookie))
            .await,
    )
    .await;
    assert!(page.contains("Dette brev kan ikke besvares."));
}

#[tokio::test]
async fn a_message_with_a_file_lands_in_sendt_and_the_file_opens_with_its_type() {
    let c = Client::new(&["--reply-delay-secs", "0"]);
    let cookie = karen_logged_in(&c).await;
    let r = c
        .send_message(
            &cookie,
            "/post/skriv?til=skattestyrelsen",
            &[
                ("til", "skattestyrelsen"),
                ("emne", "Kvittering for tandlæge"),
                ("besked", "Se vedhæftede foto."),
            ],
            &[("C:\\fotos\\regning.png", PNG)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&r, "location"), "/post?mappe=sendt&besked=sendt");
    assert_eq!(c.state.store.upload_bytes(), PNG.len());
    let page = body(c.get("/post?mappe=sendt&besked=sendt", Some(&cookie)).await).await;
    assert!(page.contains("Din besked er sendt.") && page.contains("Kvittering for tandlæge"));
    let inbox = body(c.get("/post", Some(&cookie)).await).await;
    assert!(
        inbox.contains("Kvittering: Kvittering for tandlæge"),
        "the receipt"
    );
    assert!(
        inbox.contains("Svar: Kvittering for tandlæge"),
        "the reply (no delay here)"
    );

    let mut world = c.world(&cookie).unwrap();
    // The stored world gets the answer at its next action; pages show it at once.
    world.deliver_due(app::clock::now());
    let sent = world.letters_in(&karen(), FolderRef::Sent)[0]
        .letter
        .id()
        .to_string();
    let r = c
        .get(&format!("/post/brev/{sent}/dokument/1"), Some(&cookie))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(header(&r, "content-type"), "image/png");
    assert!(header(&r, "content-disposition").starts_with("inline; filename=\"regning.png\""));
    assert_eq!(header(&r, "x-content-type-options"), "nosniff");
    let bytes = http_body_util::BodyExt::collect(r.into_body())
        .await
        .unwrap()
        .to_bytes();
    assert_eq!(&bytes[..], PNG);

    // The reply can be answered ("Besvar"), on the same case.
    let reply = world.letters_in(&karen(), FolderRef::Inbox)[0];
    assert!(reply.letter.subject().starts_with("Svar:"));
    let reply_id = reply.letter.id().to_string();
    let page = body(
        c.get(&format!("/post/brev/{reply_id}"), Some(&cookie))
            .await,
    )
    .await;
    assert!(page.contains(">Besvar<"));
    let path = format!("/post/skriv?svar={reply_id}");
    let r = c
        .send_message(
            &cookie,
            &path,
            &[
                ("svar", reply_id.as_str()),
                ("emne", "Sv: tak"),
                ("besked", "Tak for svaret."),
            ],
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        c.world(&cookie)
            .unwrap()
            .letters_in(&karen(), FolderRef::Sent)
            .len(),
        2
    );

    // Ending the world gives the memory back.
    c.post_form("/ovelse/afslut", &cookie, &[]).await;
    assert_eq!(c.state.store.upload_bytes(), 0);
}

#[tokio::test]
async fn when_the_upload_budget_is_full_a_file_is_refused_but_text_still_goes() {
    let c = Client::new(&["--upload-budget-mib", "0"]);
    let cookie = karen_logged_in(&c).await;
    let ok = [
        ("til", "skattestyrelsen"),
        ("emne", "Emne"),
        ("besked", "Tekst"),
    ];
    message_refused(
        &c,
        &cookie,
        "/post/skriv?til=skattestyrelsen",
        &ok,
        &[("a.png", PNG)],
        &["Der er ikke plads til flere vedhæftede filer i øvemiljøet lige nu."],
    )
    .await;
    let r = c
        .send_message(&cookie, "/post/skriv?til=skattestyrelsen", &ok, &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_world_that_wrote_too_much_is_told_so() {
    // A script writing as fast as it can: past the per-world request rate too, which is
    // not what this test is about.
    let c = Client::new(&["--world-burst", "10000"]);
    let cookie = karen_logged_in(&c).await;
    let ok = [
        ("til", "skattestyrelsen"),
        ("emne", "Emne"),
        ("besked", "Tekst"),
    ];
    let mut refused_page = None;
    for _ in 0..120 {
        let r = c
            .send_message(&cookie, "/post/skriv?til=skattestyrelsen", &ok, &[])
            .await;
        if r.status() == StatusCode::OK {
            refused_page = Some(body(r).await);
            break;
        }
    }
    let page = refused_page.expect("the cap was never reached");
    assert!(page.contains("Der er sendt så mange beskeder i denne øveverden"));
}

#[tokio::test]
async fn a_too_large_upload_request_gets_the_friendly_413_page() {
    let c = Client::new(&[]);
    let cookie = karen_logged_in(&c).await;
    let big = vec![b'x'; 9 * 1024 * 1024];
    let r = c
        .send_message(
            &cookie,
            "/post/skriv?til=skattestyrelsen",
            &[("emne", "E")],
            &[("a.pdf", &big)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(body(r).await.contains("<html"));
    // Other forms keep their small limit.
    let long = "x".repeat(100 * 1024);
    let r = c
        .post_form(
            "/post",
            &cookie,
            &[("handling", "opret-mappe"), ("navn", &long)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn letter_documents_open_as_inline_pdfs_only_for_their_owner() {
    let c = Client::new(&[]);
    let cookie = karen_logged_in(&c).await;
    let page = body(
        c.get("/post/brev/karen-ouh-indkaldelse", Some(&cookie))
            .await,
    )
    .await;
    assert!(page.contains("/post/brev/karen-ouh-indkaldelse/dokument/0"));
    assert!(page.contains("Indkaldelse og praktisk information.pdf"));
    for n in ["0", "1"] {
        let r = c
            .get(
                &format!("/post/brev/karen-ouh-indkaldelse/dokument/{n}"),
                Some(&cookie),
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(header(&r, "content-type"), "application/pdf");
        assert!(header(&r, "content-disposition").starts_with("inline; filename="));
        assert!(header(&r, "content-disposition").contains("filename*=UTF-8''"));
        let bytes = http_body_util::BodyExt::collect(r.into_body())
            .await
            .unwrap()
            .to_bytes();
        assert!(bytes.starts_with(b"%PDF-"));
        // Generated from the letter: the recipient's name is in a text line (hex, as the
        // line holds "ø").
        let text = String::from_utf8_lossy(&bytes).to_lowercase();
        assert!(
            text.contains("4b6172656e204a656e73656e"),
            "Karen Jensen in the PDF"
        );
    }
    for path in [
        "/post/brev/karen-ouh-indkaldelse/dokument/2",
        "/post/brev/karen-ouh-indkaldelse/dokument/x",
        "/post/brev/poul-aarsopgoerelse-2025/dokument/0",
    ] {
        assert_eq!(
            c.get(path, Some(&cookie)).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    // Without a login: to the login page.
    let stranger = c.start().await;
    let r = c
        .get(
            "/post/brev/karen-ouh-indkaldelse/dokument/0",
            Some(&stranger),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_activity_log_lists_what_happened_newest_first() {
    let c = Client::new(&[]);
    let cookie = karen_logged_in(&c).await;
    c.post_form(
        "/post",
        &cookie,
        &[("handling", "opret-mappe"), ("navn", "Sundhed")],
    )
    .await;
    c.post_form(
        "/post",
        &cookie,
        &[
            ("handling", "flyt"),
            ("brev", "karen-ouh-indkaldelse"),
            ("til", "0"),
        ],
    )
    .await;
    let page = body(c.get("/post/aktivitetslog", Some(&cookie)).await).await;
    let moved = page
        .find("er flyttet til \"Sundhed\"")
        .expect("the move is listed");
    let created = page
        .find("Mappen \"Sundhed\" er oprettet")
        .expect("the folder is listed");
    assert!(moved < created, "newest first");
    assert!(page.contains("Karen Jensen"), "who did it");
}

#[tokio::test]
async fn a_refused_folder_name_is_shown_at_its_own_input() {
    let c = Client::new(&[]);
    let cookie = karen_logged_in(&c).await;
    let page = body(
        c.post_form(
            "/post",
            &cookie,
            &[("handling", "opret-mappe"), ("navn", " ")],
        )
        .await,
    )
    .await;
    // In the summary at the top and next to "Navn på ny mappe", which says it is invalid.
    assert!(page.contains("id=\"form-errors\""));
    let at_field = page
        .find("id=\"navn-error\"")
        .expect("an error at the input");
    let input = page.find("id=\"navn\"").unwrap();
    assert!(
        at_field < input,
        "the message comes before the input it belongs to"
    );
    assert!(page[at_field..].contains("Skriv et navn til mappen."));
    assert!(page.contains("aria-describedby=\"navn-hint navn-error\""));
    assert!(page.contains("aria-invalid=\"true\""));
    assert!(page.contains("form-group form-error"));

    // Emptying the trash without the tick: the message sits at the tick box.
    c.post_form(
        "/post",
        &cookie,
        &[("handling", "slet"), ("brev", "karen-boligydelse")],
    )
    .await;
    let page = body(
        c.post_form(
            "/post?mappe=papirkurv",
            &cookie,
            &[("handling", "toem-papirkurv")],
        )
        .await,
    )
    .await;
    assert!(page.contains("id=\"bekraeft-error\""));
    assert!(page.contains("aria-describedby=\"bekraeft-error\""));
    // A refusal about no input (a folder that is not empty) stays in the summary only.
    let page = body(
        c.post_form(
            "/post",
            &cookie,
            &[("handling", "flyt"), ("til", "indbakke")],
        )
        .await,
    )
    .await;
    assert!(page.contains("Vælg mindst ét brev."));
    assert!(!page.contains("form-error-message"));
}

#[tokio::test]
async fn a_form_no_page_sends_is_refused_with_400_and_changes_nothing() {
    let c = Client::new(&[]);
    let cookie = karen_logged_in(&c).await;
    let before = format!("{:?}", c.world(&cookie).unwrap().letters_of(&karen()));
    for form in [
        [("handling", "slet-alt"), ("brev", "karen-boligydelse")],
        [("handling", "FLYT"), ("brev", "karen-boligydelse")],
    ] {
        let r = c.post_form("/post", &cookie, &form).await;
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{form:?}");
        assert!(body(r).await.contains("Formularen kunne ikke læses"));
    }
    // A folder key that names no folder is refused, never read as the Indbakke.
    let r = c
        .post_form(
            "/post",
            &cookie,
            &[
                ("handling", "flyt"),
                ("brev", "karen-boligydelse"),
                ("til", "ukendt"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(body(r).await.contains("Mappen findes ikke."));
    assert_eq!(
        before,
        format!("{:?}", c.world(&cookie).unwrap().letters_of(&karen()))
    );
}

#[tokio::test]
async fn every_mailbox_post_from_someone_not_logged_in_goes_to_the_login() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    for form in [
        vec![("handling", "flyt"), ("til", "indbakke")],
        vec![("handling", "toem-papirkurv")],
        vec![("handling", "opret-mappe"), ("navn", "Sundhed")],
    ] {
        let r = c.post_form("/post", &cookie, &form).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{form:?}");
        assert_eq!(header(&r, "location"), "/log-paa", "{form:?}");
    }
    // Without any world: the same.
    let r = c.post("/post", None).await;
    assert_eq!(header(&r, "location"), "/log-paa");
    assert!(c.world(&cookie).unwrap().own_folders(&karen()).is_empty());
}

#[tokio::test]
async fn flyt_without_a_chosen_folder_moves_nothing_and_says_so_at_the_field() {
    let c = Client::new(&[]);
    let cookie = karen_logged_in(&c).await;
    let page = body(c.get("/post", Some(&cookie)).await).await;
    let select = &page[page.find("id=\"til\"").expect("Flyt til")..];
    let first = &select[select.find("<option").unwrap()..];
    assert!(
        first.starts_with("<option value=\"\"") && first.contains("Vælg mappe"),
        "nothing chosen at first"
    );
    let form = [
        ("handling", "flyt"),
        ("brev", "karen-ouh-indkaldelse"),
        ("til", ""),
    ];
    refused(
        &c,
        &cookie,
        "/post",
        &form,
        "Vælg den mappe, brevene skal flyttes til.",
    )
    .await;
    let page = body(c.post_form("/post", &cookie, &form).await).await;
    let at = page
        .find("id=\"til-error\"")
        .expect("the message next to Flyt til");
    assert!(page[at..].contains("Vælg den mappe"));
    let input = page.find("id=\"vaelg-karen-ouh-indkaldelse\"").unwrap();
    let start = page[..input].rfind("<input").unwrap();
    let end = input + page[input..].find('>').unwrap();
    assert!(
        page[start..end].contains("checked"),
        "the ticked letter stays ticked"
    );
}

#[tokio::test]
async fn flyt_slet_and_ulaest_say_what_happened_and_slet_can_be_undone() {
    let c = Client::new(&[]);
    let cookie = karen_logged_in(&c).await;
    let letter = "karen-ouh-indkaldelse";
    c.post_form(
        "/post",
        &cookie,
        &[("handling", "opret-mappe"), ("navn", "Sundhed")],
    )
    .await;
    let r = c
        .post_form(
            "/post",
            &cookie,
            &[("handling", "flyt"), ("brev", letter), ("til", "0")],
        )
        .await;
    let to = header(&r, "location").to_owned();
    let page = body(c.get(&to, Some(&cookie)).await).await;
    assert!(page.contains("Brevet er flyttet til Sundhed."), "{to}");
    // "Slet" on the letter's page: back to its folder, saying where it went, with "Fortryd".
    let r = c
        .post_form(
            &format!("/post/brev/{letter}"),
            &cookie,
            &[("handling", "slet"), ("brev", letter)],
        )
        .await;
    let to = header(&r, "location").to_owned();
    let page = body(c.get(&to, Some(&cookie)).await).await;
    assert!(page.contains("Brevet er flyttet til Papirkurv."));
    assert!(page.contains(">Fortryd<"));
    assert_eq!(
        c.world(&cookie)
            .unwrap()
            .find_letter(&karen(), letter)
            .unwrap()
            .state
            .folder,
        FolderRef::Trash
    );
    let r = c
        .post_form(&to, &cookie, &[("handling", "gendan"), ("brev", letter)])
        .await;
    let back = header(&r, "location").to_owned();
    assert!(
        body(c.get(&back, Some(&cookie)).await)
            .await
            .contains("Brevet er gendannet.")
    );
    assert_eq!(
        c.world(&cookie)
            .unwrap()
            .find_letter(&karen(), letter)
            .unwrap()
            .state
            .folder,
        FolderRef::Own(0),
        "back in Sundhed"
    );
    let r = c
        .post_form(
            &format!("/post/brev/{letter}"),
            &cookie,
            &[("handling", "ulaest"), ("brev", letter)],
        )
        .await;
    let to = header(&r, "location").to_owned();
    assert!(
        body(c.get(&to, Some(&cookie)).await)
            .await
            .contains("Brevet er markeret som ulæst.")
    );
}

#[tokio::test]
async fn the_unread_count_says_brev_for_one_and_breve_for_more() {
    let c = Client::new(&[]);
    let cookie = karen_logged_in(&c).await;
    let unread = |c: &Client| {
        c.world(&cookie)
            .unwrap()
            .letters_in(&karen(), FolderRef::Inbox)
            .iter()
            .filter(|l| !l.state.read)
            .map(|l| l.letter.id().to_string())
            .collect::<Vec<_>>()
    };
    let mut left = unread(&c);
    assert!(left.len() > 1, "the scenario starts with several unread");
    let page = body(c.get("/post", Some(&cookie)).await).await;
    assert!(page.contains(&format!("{} ulæste breve i Indbakke", left.len())));
    // Opening a letter from the list reads it; open all but one.
    for _ in 0..20 {
        if left.len() == 1 {
            break;
        }
        c.post_form(
            "/post?mappe=indbakke",
            &cookie,
            &[("handling", "flyt"), ("aabn", &left[0])],
        )
        .await;
        left = unread(&c);
    }
    let page = body(c.get("/post", Some(&cookie)).await).await;
    assert!(page.contains("1 ulæst brev i Indbakke"), "{page}");
    assert!(!page.contains("1 ulæste breve"));
}

#[tokio::test]
async fn besked_om_ny_post_is_saved_refused_at_its_field_and_sent_when_post_arrives() {
    let c = Client::new(&["--reply-delay-secs", "0"]);
    let cookie = karen_logged_in(&c).await;
    let page = body(c.get("/post", Some(&cookie)).await).await;
    assert!(page.contains("href=\"/post/indstillinger\""));
    let page = body(c.get("/post/indstillinger", Some(&cookie)).await).await;
    assert!(page.contains("Der er ikke sendt nogen beskeder endnu."));
    // A number that is no Danish mobile number: refused at its field, what was typed kept.
    let r = c
        .post_form(
            "/post/indstillinger",
            &cookie,
            &[("email", "karen@eksempel.dk"), ("mobil", "1234")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let page = body(r).await;
    assert!(
        page.contains("id=\"mobil-error\"") && page.contains("Et dansk mobilnummer har 8 cifre")
    );
    assert!(page.contains("value=\"karen@eksempel.dk\"") && page.contains("value=\"1234\""));
    assert_eq!(
        c.world(&cookie).unwrap().notify(&karen()),
        domain::Notify::default()
    );
    let r = c
        .post_form(
            "/post/indstillinger",
            &cookie,
            &[("email", "karen@eksempel.dk"), ("mobil", "12345678")],
        )
        .await;
    assert_eq!(header(&r, "location"), "/post/indstillinger?besked=gemt");
    let page = body(
        c.get("/post/indstillinger?besked=gemt", Some(&cookie))
            .await,
    )
    .await;
    assert!(page.contains("Dine indstillinger er gemt.") && page.contains("value=\"12 34 56 78\""));
    // Writing to Skattestyrelsen brings a receipt and a reply: a message each way for each.
    c.send_message(
        &cookie,
        "/post/skriv?til=skattestyrelsen",
        &[
            ("til", "skattestyrelsen"),
            ("emne", "Spørgsmål"),
            ("besked", "Hej"),
        ],
        &[],
    )
    .await;
    let page = body(c.get("/post/indstillinger", Some(&cookie)).await).await;
    assert!(page.contains("SMS til 12 34 56 78") && page.contains("E-mail til karen@eksempel.dk"));
    assert!(page.contains("Du har fået ny post i Digital Post fra Skattestyrelsen."));
}
