//! In-process tests of læseadgang through the form posts: giving (signed), requesting,
//! approving, removing, and every forbidden helper action refused without a change.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::common;

use common::*;
use domain::{FolderRef, PersonaId};
use http::StatusCode;

fn karen() -> PersonaId {
    PersonaId::parse("karen").unwrap()
}

fn mette() -> PersonaId {
    PersonaId::parse("mette").unwrap()
}

/// The key the pending signature asks for, read off the signer's card.
fn signing_key(c: &Client, cookie: &str) -> String {
    let w = c.world(cookie).unwrap();
    let s = w.signing().unwrap();
    w.key_card(&s.persona).keys[usize::from(s.key_index)]
        .key
        .clone()
}

/// Karen makes "Sundhed", moves the hospital letter there, and gives Mette læseadgang to
/// that folder; returns Karen's cookie.
async fn karen_gives_mette_sundhed(c: &Client) -> String {
    let cookie = c.start().await;
    let cookie = c.log_in(&cookie, "318204657", "7913").await;
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
    let r = c
        .post_form(
            "/post/adgang/giv",
            &cookie,
            &[
                ("navn", "Mette Jensen Holm"),
                ("cpr", "551077-2344"),
                ("niveau", "laese"),
                ("omfang", "mapper"),
                ("mappe", "0"),
                ("slutdato", ""),
            ],
        )
        .await;
    assert_eq!(header(&r, "location"), "/post/adgang/underskriv");
    let page = body(c.get("/post/adgang/underskriv", Some(&cookie)).await).await;
    assert!(
        page.contains("Mette Jensen Holm")
            && page.contains("Sundhed")
            && page.contains("Nøglenummer")
    );
    let key = signing_key(c, &cookie);
    let r = c
        .post_form(
            "/post/adgang/underskriv",
            &cookie,
            &[("handling", "underskriv"), ("noegle", &key)],
        )
        .await;
    assert_eq!(header(&r, "location"), "/post/adgang?besked=givet");
    cookie
}

/// A crafted post: the address, the fields, and the refusal the page must show.
type Crafted = (
    &'static str,
    Vec<(&'static str, &'static str)>,
    &'static str,
);

async fn refused_with(c: &Client, cookie: &str, path: &str, form: &[(&str, &str)], message: &str) {
    let before = format!("{:?}", c.world(cookie).unwrap().grants_given(&karen()));
    let r = c.post_form(path, cookie, form).await;
    assert_eq!(r.status(), StatusCode::OK, "{form:?} should be refused");
    let page = body(r).await;
    assert!(page.contains(message), "{form:?}: expected {message:?}");
    assert_eq!(
        before,
        format!("{:?}", c.world(cookie).unwrap().grants_given(&karen()))
    );
}

#[tokio::test]
async fn each_wrong_give_form_is_refused_and_keeps_what_was_typed_but_a_real_cpr() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let cookie = c.log_in(&cookie, "318204657", "7913").await;
    let give = |name: &'static str, cpr: &'static str, scope: &'static str, until: &'static str| {
        vec![
            ("navn", name),
            ("cpr", cpr),
            ("niveau", "laese"),
            ("omfang", scope),
            ("slutdato", until),
        ]
    };
    refused_with(
        &c,
        &cookie,
        "/post/adgang/giv",
        &give("Mette Holm", "551077-2344", "hele", ""),
        "Navn og CPR-nummer passer ikke sammen",
    )
    .await;
    refused_with(
        &c,
        &cookie,
        "/post/adgang/giv",
        &give("Karen Jensen", "420348-1236", "hele", ""),
        "Du kan ikke give eller bede om adgang til dig selv.",
    )
    .await;
    refused_with(
        &c,
        &cookie,
        "/post/adgang/giv",
        &give("Mette Jensen Holm", "551077-2344", "mapper", ""),
        "Vælg mindst én mappe, eller vælg Hele postkassen.",
    )
    .await;
    refused_with(
        &c,
        &cookie,
        "/post/adgang/giv",
        &give("Mette Jensen Holm", "551077-2344", "hele", "2020-01-01"),
        "Slutdatoen er allerede overstået.",
    )
    .await;
    refused_with(
        &c,
        &cookie,
        "/post/adgang/giv",
        &give("Mette Jensen Holm", "551077-2344", "hele", "2027-02-30"),
        "Skriv slutdatoen som dag, måned og år",
    )
    .await;
    // A real-looking CPR number is not shown back; the name is.
    let page = body(
        c.post_form(
            "/post/adgang/giv",
            &cookie,
            &give("Ole Olsen", "010190-1234", "hele", ""),
        )
        .await,
    )
    .await;
    assert!(page.contains("value=\"Ole Olsen\"") && !page.contains("010190-1234"));
    // The signature: nothing to sign, then a wrong key.
    refused_with(
        &c,
        &cookie,
        "/post/adgang/underskriv",
        &[("handling", "underskriv"), ("noegle", "123456")],
        "Der er ikke noget at underskrive.",
    )
    .await;
    c.post_form(
        "/post/adgang/giv",
        &cookie,
        &give("Mette Jensen Holm", "551077-2344", "hele", ""),
    )
    .await;
    let right = signing_key(&c, &cookie);
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    refused_with(
        &c,
        &cookie,
        "/post/adgang/underskriv",
        &[("handling", "underskriv"), ("noegle", wrong)],
        "Forkert nøgle.",
    )
    .await;
    let r = c
        .post_form(
            "/post/adgang/underskriv",
            &cookie,
            &[("handling", "afbryd")],
        )
        .await;
    assert_eq!(header(&r, "location"), "/post/adgang?besked=afbrudt");
    assert!(c.world(&cookie).unwrap().grants_given(&karen()).is_empty());
}

#[tokio::test]
async fn a_helper_sees_only_the_shared_folder_and_every_forbidden_post_is_refused() {
    let c = Client::new(&[]);
    let cookie = karen_gives_mette_sundhed(&c).await;
    let cookie = c.log_in(&cookie, "mettejh", "sommer2026").await;
    let r = c
        .post_form(
            "/post",
            &cookie,
            &[("handling", "skift-postkasse"), ("postkasse", "karen")],
        )
        .await;
    assert_eq!(header(&r, "location"), "/post");
    let page = body(c.get("/post?mappe=0", Some(&cookie)).await).await;
    assert!(page.contains("Du læser Karen Jensens post som hjælper"));
    // The folder as Karen named it, and no count for an Indbakke Mette cannot see.
    assert!(page.contains("læseadgang til Sundhed."), "{page}");
    assert!(!page.contains("i Indbakke"), "no unread count of Indbakke");
    assert!(page.contains("Indkaldelse til ambulant undersøgelse"));
    assert!(
        !page.contains(">Slet mappe<")
            && !page.contains(">Skriv ny besked<")
            && !page.contains(">Opret mappe<")
    );
    let inbox = body(c.get("/post?mappe=indbakke", Some(&cookie)).await).await;
    assert!(
        !inbox.contains("Din forskudsopgørelse"),
        "Indbakke is not shared"
    );
    let letter = body(
        c.get("/post/brev/karen-ouh-indkaldelse", Some(&cookie))
            .await,
    )
    .await;
    assert!(
        !letter.contains(">Besvar<") && !letter.contains(">Slet<"),
        "not offered"
    );

    let world_before = c.world(&cookie).unwrap();
    let letters_before = format!("{:?}", world_before.letters_of(&karen()));
    let crafted: [Crafted; 8] = [
        (
            "/post/brev/karen-ouh-indkaldelse",
            vec![("handling", "slet"), ("brev", "karen-ouh-indkaldelse")],
            "Som hjælper kan du ikke slette breve eller mapper.",
        ),
        (
            "/post?mappe=papirkurv",
            vec![("handling", "toem-papirkurv"), ("bekraeft", "ja")],
            "Som hjælper kan du ikke slette breve eller mapper.",
        ),
        (
            "/post?mappe=0",
            vec![("handling", "slet-mappe"), ("mappe", "0")],
            "Som hjælper kan du ikke slette breve eller mapper.",
        ),
        (
            "/post?mappe=0",
            vec![("handling", "opret-mappe"), ("navn", "Mettes")],
            "Du har kun adgang til udvalgte mapper",
        ),
        (
            "/post?mappe=0",
            vec![
                ("handling", "flyt"),
                ("brev", "karen-ouh-indkaldelse"),
                ("til", "indbakke"),
            ],
            "Mappen findes ikke.",
        ),
        (
            "/post?mappe=0",
            vec![
                ("handling", "flyt"),
                ("brev", "karen-ouh-indkaldelse"),
                ("til", "papirkurv"),
            ],
            "Som hjælper kan du ikke slette breve eller mapper.",
        ),
        (
            "/post?mappe=0",
            vec![("aabn", "karen-forskudsopgoerelse-2027")],
            "Brevet findes ikke.",
        ),
        (
            "/post/adgang/giv",
            vec![
                ("navn", "Poul Nielsen"),
                ("cpr", "090551-1234"),
                ("omfang", "hele"),
            ],
            "",
        ),
    ];
    for (path, form, message) in crafted {
        let r = c.post_form(path, &cookie, &form).await;
        assert_eq!(
            r.status(),
            StatusCode::OK,
            "{path} {form:?} should be refused"
        );
        assert!(
            body(r).await.contains(message),
            "{path} {form:?}: {message}"
        );
    }
    let after = c.world(&cookie).unwrap();
    assert_eq!(
        letters_before,
        format!("{:?}", after.letters_of(&karen())),
        "nothing changed"
    );
    assert_eq!(after.own_folders(&karen()).len(), 1);
    assert!(after.grants_given(&mette()).is_empty());
    // Writing and answering need læse- og skriveadgang: a crafted post is refused.
    for (path, fields) in [
        (
            "/post/skriv?til=skattestyrelsen",
            vec![("til", "skattestyrelsen"), ("emne", "E"), ("besked", "B")],
        ),
        (
            "/post/skriv?svar=karen-ouh-indkaldelse",
            vec![
                ("svar", "karen-ouh-indkaldelse"),
                ("emne", "Sv"),
                ("besked", "B"),
            ],
        ),
    ] {
        let r = c.send_message(&cookie, path, &fields, &[]).await;
        assert_eq!(r.status(), StatusCode::OK);
        assert!(
            body(r)
                .await
                .contains("Med læseadgang kan du ikke besvare eller skrive beskeder.")
        );
    }
    assert!(
        c.world(&cookie)
            .unwrap()
            .letters_in(&karen(), FolderRef::Sent)
            .is_empty()
    );
    // A mailbox nobody shared: refused.
    let r = c
        .post_form(
            "/post",
            &cookie,
            &[("handling", "skift-postkasse"), ("postkasse", "poul")],
        )
        .await;
    assert!(
        body(r)
            .await
            .contains("Du har ikke adgang til denne postkasse.")
    );
    // The write page says so too, before anything is typed.
    let page = body(c.get("/post/skriv", Some(&cookie)).await).await;
    assert!(page.contains("Med læseadgang kan du ikke besvare eller skrive beskeder."));
    // Reading is allowed, and the owner's log says who did it.
    c.post_form(
        "/post?mappe=0",
        &cookie,
        &[("aabn", "karen-ouh-indkaldelse")],
    )
    .await;
    let log = body(c.get("/post/aktivitetslog", Some(&cookie)).await).await;
    assert!(log.contains("er åbnet") && log.contains("Mette Jensen Holm"));
    // Only lines about the shared folder: nothing about letters elsewhere.
    assert!(!log.contains("Du har givet adgang"), "a letter in Indbakke");
}

#[tokio::test]
async fn a_request_is_approved_with_a_key_and_removing_ends_the_helper_view() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let cookie = c.log_in(&cookie, "mettejh", "sommer2026").await;
    let ask = [
        ("navn", "Karen Jensen"),
        ("cpr", "420348-1236"),
        ("niveau", "laese"),
        ("slutdato", ""),
    ];
    let r = c.post_form("/post/adgang/anmod", &cookie, &ask).await;
    assert_eq!(header(&r, "location"), "/post/adgang?besked=anmodet");
    let r = c.post_form("/post/adgang/anmod", &cookie, &ask).await;
    assert!(body(r).await.contains("Du har allerede sendt en anmodning"));

    let cookie = c.log_in(&cookie, "318204657", "7913").await;
    let page = body(c.get("/post/adgang", Some(&cookie)).await).await;
    assert!(page.contains("Anmodninger til dig") && page.contains("Mette Jensen Holm"));
    let id = c.world(&cookie).unwrap().requests_to(&karen())[0]
        .id
        .to_string();
    let r = c
        .post_form(
            "/post/adgang",
            &cookie,
            &[("handling", "godkend"), ("anmodning", &id)],
        )
        .await;
    assert_eq!(header(&r, "location"), "/post/adgang/underskriv");
    let key = signing_key(&c, &cookie);
    c.post_form(
        "/post/adgang/underskriv",
        &cookie,
        &[("handling", "underskriv"), ("noegle", &key)],
    )
    .await;
    let grant = c
        .world(&cookie)
        .unwrap()
        .grant(&karen(), &mette())
        .unwrap()
        .id;

    let cookie = c.log_in(&cookie, "mettejh", "sommer2026").await;
    c.post_form(
        "/post/adgang",
        &cookie,
        &[("handling", "aabn"), ("postkasse", "karen")],
    )
    .await;
    let page = body(c.get("/post", Some(&cookie)).await).await;
    assert!(
        page.contains("Din forskudsopgørelse for 2027 er klar"),
        "the whole mailbox"
    );
    // Karen removes it (here: the world changes as if she did it in her own browser).
    let w = c.world(&cookie).unwrap();
    assert_eq!(w.open_mailbox(), Some(karen()));
    let r = c
        .post_form(
            "/post/adgang",
            &cookie,
            &[("handling", "fjern"), ("adgang", &grant.to_string())],
        )
        .await;
    assert_eq!(header(&r, "location"), "/post/adgang?besked=fjernet");
    let page = body(c.get("/post", Some(&cookie)).await).await;
    assert!(page.contains("Din adgang til Karen Jensens Digital Post er ophørt"));
    assert!(!page.contains("Din forskudsopgørelse"));
    let w = c.world(&cookie).unwrap();
    assert!(
        w.letters_in(&mette(), FolderRef::Inbox)
            .iter()
            .any(|l| l.letter.subject() == "Adgangen til Digital Post er fjernet")
    );
}

#[tokio::test]
async fn a_refused_grant_shows_each_message_at_its_input_and_a_crafted_level_is_400() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let cookie = c.log_in(&cookie, "318204657", "7913").await;
    let give = |name: &'static str, cpr: &'static str, until: &'static str| {
        vec![
            ("navn", name),
            ("cpr", cpr),
            ("niveau", "laese"),
            ("omfang", "hele"),
            ("slutdato", until),
        ]
    };
    // Name and CPR that name nobody: at "Fulde navn", with "CPR-nummer" marked too.
    let page = body(
        c.post_form(
            "/post/adgang/giv",
            &cookie,
            &give("Ukendt", "551077-2344", ""),
        )
        .await,
    )
    .await;
    let at = page
        .find("id=\"navn-error\"")
        .expect("the message at the name");
    assert!(page[at..].contains("Navn og CPR-nummer passer ikke sammen"));
    assert!(page.contains("aria-describedby=\"navn-error\""));
    assert_eq!(page.matches("aria-invalid=\"true\"").count(), 2);
    // A past end date: at "Slutdato".
    let page = body(
        c.post_form(
            "/post/adgang/giv",
            &cookie,
            &give("Mette Jensen Holm", "551077-2344", "2020-01-01"),
        )
        .await,
    )
    .await;
    let at = page
        .find("id=\"slutdato-error\"")
        .expect("the message at the date");
    assert!(page[at..].contains("Slutdatoen er allerede overstået."));
    assert!(!page.contains("id=\"navn-error\""));
    // Folders chosen but none ticked: at the folder list.
    let mut none = give("Mette Jensen Holm", "551077-2344", "");
    none[3] = ("omfang", "mapper");
    let page = body(c.post_form("/post/adgang/giv", &cookie, &none).await).await;
    assert!(page.contains("id=\"mappe-error\""));
    // A level no page offers is not a form of ours.
    let mut odd = give("Mette Jensen Holm", "551077-2344", "");
    odd[2] = ("niveau", "alt");
    let r = c.post_form("/post/adgang/giv", &cookie, &odd).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert!(c.world(&cookie).unwrap().signing().is_none());
}
