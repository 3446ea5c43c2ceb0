//! Markup in every text a learner can type comes back escaped, wherever it is shown: the
//! page's raw HTML (the <title> included, which the server writes into <head>) never holds it as
//! markup. Every page a typed text reaches is fetched and checked.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::common;

use common::*;
use domain::{FolderRef, PersonaId};
use http::StatusCode;

/// Closes the title, then starts an element: harmless text if escaped, a tag if not. It
/// fits a folder name (40 characters).
const MARK: &str = "</title><x-inj a=\"1\">'&";

fn assert_clean(page: &str, what: &str) {
    assert!(
        !page.contains("<x-inj"),
        "{what}: typed markup reached the page as markup"
    );
}

/// GETs `path` and checks its HTML.
async fn get_clean(c: &Client, cookie: &str, path: &str) {
    let r = c.get(path, Some(cookie)).await;
    assert!(
        r.status().is_success() || r.status().is_client_error(),
        "{path}: {}",
        r.status()
    );
    assert_clean(&body(r).await, path);
}

/// POSTs `form` to `path`, checks the answer, and if it redirects the page it leads to.
async fn post_clean(c: &Client, cookie: &str, path: &str, form: &[(&str, &str)]) {
    let r = c.post_form(path, cookie, form).await;
    assert!(
        !r.status().is_server_error(),
        "{path} {form:?}: {}",
        r.status()
    );
    let to = header(&r, "location").to_owned();
    assert_clean(&body(r).await, &format!("{path} {form:?}"));
    if !to.is_empty() {
        get_clean(c, cookie, &to).await;
    }
}

fn encoded(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[tokio::test]
async fn markup_typed_anywhere_comes_back_escaped_on_every_page() {
    let c = Client::new(&[]);
    let cookie = c.start().await;

    // NemID: a bruger-id is shown again after a refusal.
    post_clean(
        &c,
        &cookie,
        "/log-paa",
        &[
            ("trin", "adgangskode"),
            ("bruger_id", MARK),
            ("adgangskode", MARK),
        ],
    )
    .await;
    // "Glemt adgangskode?": both fields are shown again after a refusal.
    post_clean(
        &c,
        &cookie,
        "/log-paa/glemt-adgangskode",
        &[("bruger_id", MARK), ("noeglekort", MARK)],
    )
    .await;
    let cookie = c.log_in(&cookie, "318204657", "7913").await;
    let karen = PersonaId::parse("karen").unwrap();
    // "Besked om ny post": a refused address is shown again.
    post_clean(
        &c,
        &cookie,
        "/post/indstillinger",
        &[("email", MARK), ("mobil", MARK)],
    )
    .await;

    // "Søg": the query is in the page title and the heading.
    get_clean(&c, &cookie, &format!("/post?soeg={}", encoded(MARK))).await;
    // Addresses with typed parts.
    for path in [
        format!("/post?mappe={}", encoded(MARK)),
        format!("/post/brev/{}", encoded(MARK)),
        format!("/post/skriv?til={}", encoded(MARK)),
        format!("/post/skriv?svar={}", encoded(MARK)),
        format!("/ovelse/person/{}", encoded(MARK)),
        format!("/log-paa?bruger={}", encoded(MARK)),
        format!("/ovelser?sprog={}", encoded(MARK)),
    ] {
        get_clean(&c, &cookie, &path).await;
    }

    // A folder's name: in the folder list, the folder's title, the activity log, the
    // "Giv adgang" form; refused names are shown again.
    post_clean(
        &c,
        &cookie,
        "/post",
        &[("handling", "opret-mappe"), ("navn", MARK)],
    )
    .await;
    let folder = c.world(&cookie).unwrap().own_folders(&karen)[0].id;
    post_clean(
        &c,
        &cookie,
        "/post",
        &[("handling", "opret-mappe"), ("navn", MARK)],
    )
    .await;
    let long = format!("{MARK}{}", "x".repeat(40));
    post_clean(
        &c,
        &cookie,
        "/post",
        &[
            ("handling", "omdoeb-mappe"),
            ("mappe", &folder.to_string()),
            ("navn", &long),
        ],
    )
    .await;
    for path in [
        format!("/post?mappe={folder}"),
        "/post".to_owned(),
        "/post/aktivitetslog".to_owned(),
        "/post/adgang/giv".to_owned(),
    ] {
        get_clean(&c, &cookie, &path).await;
    }

    // "Skriv ny besked": subject and text in Sendt, on the letter's page (its title), in the
    // receipt; a refused message keeps them.
    let skat = "/post/skriv?til=skattestyrelsen";
    let refused = c
        .send_message(
            &cookie,
            skat,
            &[("til", "skattestyrelsen"), ("emne", MARK)],
            &[],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::OK, "no text: refused");
    assert_clean(&body(refused).await, "refused message");
    let sent = c
        .send_message(
            &cookie,
            skat,
            &[("til", "skattestyrelsen"), ("emne", MARK), ("besked", MARK)],
            &[("<x-inj>.png", b"\x89PNG\r\n\x1a\n0000")],
        )
        .await;
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    get_clean(&c, &cookie, "/post?mappe=sendt").await;
    let world = c.world(&cookie).unwrap();
    for l in world
        .letters_in(&karen, FolderRef::Sent)
        .into_iter()
        .chain(world.letters_in(&karen, FolderRef::Inbox))
    {
        get_clean(&c, &cookie, &format!("/post/brev/{}", l.letter.id())).await;
    }

    // Læseadgang and fuldmagt forms: what was typed is shown again after a refusal.
    let person = [("navn", MARK), ("cpr", MARK), ("gyldig_til", MARK)];
    post_clean(&c, &cookie, "/post/adgang/giv", &person).await;
    post_clean(&c, &cookie, "/post/adgang/anmod", &person).await;
    post_clean(
        &c,
        &cookie,
        "/fuldmagt/giv",
        &[
            ("navn", MARK),
            ("cpr", MARK),
            ("omraade", "flytning"),
            ("varighed", "dato"),
            ("gyldig_til", MARK),
        ],
    )
    .await;
    post_clean(
        &c,
        &cookie,
        "/fuldmagt/anmod",
        &[("navn", MARK), ("cpr", MARK), ("omraade", "flytning")],
    )
    .await;
    // "Flytning": the new address is kept by the world and written in the receipt.
    post_clean(
        &c,
        &cookie,
        "/selvbetjening/flytning",
        &[("for", "karen"), ("adresse", MARK)],
    )
    .await;
    for path in ["/min-side", "/ovelse", "/post", "/selvbetjening/flytning"] {
        get_clean(&c, &cookie, path).await;
    }
    let world = c.world(&cookie).unwrap();
    for l in world.letters_in(&karen, FolderRef::Inbox) {
        get_clean(&c, &cookie, &format!("/post/brev/{}", l.letter.id())).await;
    }

    // The guide's "back" address is only ever a path of this site.
    let r = c
        .post_form(
            "/ovelser/guide",
            &cookie,
            &[("handling", "hint"), ("tilbage", MARK)],
        )
        .await;
    assert_eq!(header(&r, "location"), "/ovelse");
}
