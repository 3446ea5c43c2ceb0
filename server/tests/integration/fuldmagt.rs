//! In-process tests of digital fuldmagt through the form posts: every refusal, a request
//! approved with the giver's key, acting on the giver's behalf only within the områder,
//! deletion, a crafted on-behalf post without a fuldmagt, and the betroet medarbejder.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::common;

use common::*;
use domain::{FolderRef, PersonaId};
use http::StatusCode;

fn id(s: &str) -> PersonaId {
    PersonaId::parse(s).unwrap()
}

fn signing_key(c: &Client, cookie: &str) -> String {
    let w = c.world(cookie).unwrap();
    let s = w.signing().unwrap();
    w.key_card(&s.persona).keys[usize::from(s.key_index)]
        .key
        .clone()
}

/// "Underskriv" with the right key on the signing page at `path`; the answer.
async fn sign(c: &Client, cookie: &str, path: &str) -> http::Response<axum::body::Body> {
    let key = signing_key(c, cookie);
    c.post_form(
        path,
        cookie,
        &[("handling", "underskriv"), ("noegle", &key)],
    )
    .await
}

/// Posts and expects the page again with `message`, and no fuldmagt or request changed.
async fn refused(c: &Client, cookie: &str, path: &str, form: &[(&str, &str)], message: &str) {
    let state = |c: &Client| {
        let w = c.world(cookie).unwrap();
        format!(
            "{:?} {:?} {} {}",
            w.fuldmagter_given(&id("karen")),
            w.fuldmagt_requests_to(&id("karen")),
            w.doctor(&id("karen")),
            w.address(&id("karen"))
        )
    };
    let before = state(c);
    let r = c.post_form(path, cookie, form).await;
    assert_eq!(
        r.status(),
        StatusCode::OK,
        "{path} {form:?} should be refused"
    );
    let page = body(r).await;
    assert!(
        page.contains(message),
        "{path} {form:?}: expected {message:?}"
    );
    assert_eq!(before, state(c), "{path} {form:?} changed something");
}

#[tokio::test]
async fn each_wrong_fuldmagt_form_is_refused_with_its_reason() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let cookie = c.log_in(&cookie, "318204657", "7913").await;
    let give = |name: &'static str,
                cpr: &'static str,
                area: &'static str,
                how: &'static str,
                date: &'static str| {
        vec![
            ("navn", name),
            ("cpr", cpr),
            ("omraade", area),
            ("varighed", how),
            ("gyldig_til", date),
        ]
    };
    let path = "/fuldmagt/giv";
    refused(
        &c,
        &cookie,
        path,
        &give("Karen Jensen", "420348-1236", "skift-laege", "slettes", ""),
        "Du kan ikke give fuldmagt til dig selv",
    )
    .await;
    refused(
        &c,
        &cookie,
        path,
        &give("Ukendt Person", "010190-1234", "skift-laege", "slettes", ""),
        "Navn og CPR-nummer passer ikke sammen",
    )
    .await;
    refused(
        &c,
        &cookie,
        path,
        &give("Mette Jensen Holm", "551077-2344", "", "slettes", ""),
        "Vælg mindst ét område",
    )
    .await;
    refused(
        &c,
        &cookie,
        path,
        &give(
            "Mette Jensen Holm",
            "551077-2344",
            "flytning",
            "dato",
            "2020-01-01",
        ),
        "Slutdatoen er allerede overstået",
    )
    .await;
    refused(
        &c,
        &cookie,
        path,
        &give("Mette Jensen Holm", "551077-2344", "flytning", "dato", ""),
        "Skriv slutdatoen som dag, måned og år",
    )
    .await;
    // A real-looking CPR is not shown back.
    let page = body(
        c.post_form(
            path,
            &cookie,
            &give("Ukendt Person", "010190-1234", "su", "slettes", ""),
        )
        .await,
    )
    .await;
    assert!(!page.contains("010190-1234") && page.contains("value=\"Ukendt Person\""));
    // Signed: the overview shows it, and the holder has a letter.
    let r = c
        .post_form(
            path,
            &cookie,
            &give(
                "Mette Jensen Holm",
                "551077-2344",
                "flytning",
                "slettes",
                "",
            ),
        )
        .await;
    assert_eq!(header(&r, "location"), "/fuldmagt/underskriv");
    let page = body(c.get("/fuldmagt/underskriv", Some(&cookie)).await).await;
    assert!(
        page.contains("Mette Jensen Holm")
            && page.contains("Flytning")
            && page.contains("Indtil den slettes")
    );
    let r = sign(&c, &cookie, "/fuldmagt/underskriv").await;
    assert_eq!(header(&r, "location"), "/fuldmagt?besked=givet");
    let page = body(c.get("/fuldmagt", Some(&cookie)).await).await;
    assert!(page.contains("Fuldmagter jeg har givet") && page.contains("Mette Jensen Holm"));
    refused(
        &c,
        &cookie,
        path,
        &give("Mette Jensen Holm", "551077-2344", "su", "slettes", ""),
        "Der findes allerede en fuldmagt mellem jer.",
    )
    .await;
}

#[tokio::test]
async fn the_daughter_changes_her_mothers_doctor_only_while_and_where_the_fuldmagt_allows() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let cookie = c.log_in(&cookie, "mettejh", "sommer2026").await;
    // Crafted on-behalf posts without any fuldmagt: refused, nothing changes.
    refused(
        &c,
        &cookie,
        "/selvbetjening/skift-laege",
        &[("for", "karen"), ("laege", "Lægerne i Vollsmose")],
        "Du har ikke en gyldig fuldmagt",
    )
    .await;
    refused(
        &c,
        &cookie,
        "/selvbetjening/flytning",
        &[("for", "karen"), ("adresse", "Nyvej 4, 5000 Odense C")],
        "Du har ikke en gyldig fuldmagt",
    )
    .await;

    let ask = [
        ("navn", "Karen Jensen"),
        ("cpr", "420348-1236"),
        ("omraade", "skift-laege"),
        ("varighed", "slettes"),
    ];
    // The requester signs the request before the giver gets it.
    let r = c.post_form("/fuldmagt/anmod", &cookie, &ask).await;
    assert_eq!(header(&r, "location"), "/fuldmagt/underskriv");
    let page = body(c.get("/fuldmagt/underskriv", Some(&cookie)).await).await;
    assert!(page.contains("En anmodning om fuldmagt."), "{page}");
    assert!(
        page.contains("Fuldmagtsgiver</dt><dd>Karen Jensen"),
        "{page}"
    );
    assert!(
        c.world(&cookie)
            .unwrap()
            .fuldmagt_requests_to(&id("karen"))
            .is_empty(),
        "not sent before it is signed"
    );
    let r = sign(&c, &cookie, "/fuldmagt/underskriv").await;
    assert_eq!(header(&r, "location"), "/fuldmagt?besked=anmodet");
    refused(
        &c,
        &cookie,
        "/fuldmagt/anmod",
        &ask,
        "Du har allerede sendt en anmodning",
    )
    .await;

    let cookie = c.log_in(&cookie, "318204657", "7913").await;
    let request = c.world(&cookie).unwrap().fuldmagt_requests_to(&id("karen"))[0]
        .id
        .to_string();
    let r = c
        .post_form(
            "/fuldmagt",
            &cookie,
            &[("handling", "godkend"), ("id", &request)],
        )
        .await;
    assert_eq!(header(&r, "location"), "/fuldmagt/underskriv");
    sign(&c, &cookie, "/fuldmagt/underskriv").await;

    let cookie = c.log_in(&cookie, "mettejh", "sommer2026").await;
    // "Brug fuldmagten" offers what the fuldmagt covers: Skift læge, not Flytning.
    let overview = body(c.get("/fuldmagt", Some(&cookie)).await).await;
    assert!(overview.contains("Brug fuldmagten:"));
    assert!(overview.contains("href=\"/selvbetjening/skift-laege\""));
    assert!(!overview.contains("href=\"/selvbetjening/flytning\""));
    let page = body(c.get("/selvbetjening/skift-laege", Some(&cookie)).await).await;
    assert!(page.contains("Karen Jensen – Nuværende læge: Lægehuset Bøgevej"));
    refused(
        &c,
        &cookie,
        "/selvbetjening/skift-laege",
        &[("for", "karen"), ("laege", "Dr. Ukendt")],
        "Vælg en læge fra listen.",
    )
    .await;
    let r = c
        .post_form(
            "/selvbetjening/skift-laege",
            &cookie,
            &[("for", "karen"), ("laege", "Lægerne i Vollsmose")],
        )
        .await;
    assert_eq!(
        header(&r, "location"),
        "/selvbetjening/skift-laege?besked=laege"
    );
    let w = c.world(&cookie).unwrap();
    assert_eq!(w.doctor(&id("karen")), "Lægerne i Vollsmose");
    assert_eq!(
        w.letters_in(&id("karen"), FolderRef::Inbox)[0]
            .letter
            .subject(),
        "Kvittering: Du har skiftet læge"
    );
    refused(
        &c,
        &cookie,
        "/selvbetjening/skift-laege",
        &[("for", "karen"), ("laege", "Lægerne i Vollsmose")],
        "Det er allerede den nuværende læge.",
    )
    .await;
    refused(
        &c,
        &cookie,
        "/selvbetjening/flytning",
        &[("adresse", "  ")],
        "Skriv den nye adresse",
    )
    .await;
    refused(
        &c,
        &cookie,
        "/fuldmagt",
        &[("handling", "slet"), ("id", "77"), ("bekraeft", "ja")],
        "Fuldmagten findes ikke længere.",
    )
    .await;
    refused(
        &c,
        &cookie,
        "/fuldmagt",
        &[("handling", "godkend"), ("id", "77")],
        "Anmodningen findes ikke længere.",
    )
    .await;
    // "Flytning" was not granted.
    refused(
        &c,
        &cookie,
        "/selvbetjening/flytning",
        &[("for", "karen"), ("adresse", "Nyvej 4, 5000 Odense C")],
        "Du har ikke en gyldig fuldmagt",
    )
    .await;

    // The mother deletes it; the daughter can no longer act.
    let cookie = c.log_in(&cookie, "318204657", "7913").await;
    let f = c.world(&cookie).unwrap().fuldmagter_given(&id("karen"))[0]
        .id
        .to_string();
    // "Slet fuldmagt" asks first: nothing is deleted until "Ja, slet fuldmagten".
    let r = c
        .post_form("/fuldmagt", &cookie, &[("handling", "slet"), ("id", &f)])
        .await;
    let ask = header(&r, "location").to_owned();
    assert_eq!(ask, format!("/fuldmagt?slet={f}"));
    assert_eq!(
        c.world(&cookie)
            .unwrap()
            .fuldmagter_given(&id("karen"))
            .len(),
        1
    );
    let page = body(c.get(&ask, Some(&cookie)).await).await;
    assert!(page.contains("Vil du slette fuldmagten?") && page.contains("Ja, slet fuldmagten"));
    let r = c
        .post_form(
            "/fuldmagt",
            &cookie,
            &[("handling", "slet"), ("id", &f), ("bekraeft", "ja")],
        )
        .await;
    assert_eq!(header(&r, "location"), "/fuldmagt?besked=slettet");
    let cookie = c.log_in(&cookie, "mettejh", "sommer2026").await;
    let overview = body(c.get("/fuldmagt", Some(&cookie)).await).await;
    assert!(
        !overview.contains("Brug fuldmagten:")
            && !overview.contains("href=\"/selvbetjening/skift-laege\""),
        "nothing left to use"
    );
    refused(
        &c,
        &cookie,
        "/selvbetjening/skift-laege",
        &[("for", "karen"), ("laege", "Odense Lægecenter")],
        "Du har ikke en gyldig fuldmagt",
    )
    .await;
}

#[tokio::test]
async fn the_betroet_medarbejder_approves_for_a_non_digital_citizen_after_the_identity_check() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let cookie = c.log_in(&cookie, "mettejh", "sommer2026").await;
    let ask = [
        ("navn", "Erna Holm"),
        ("cpr", "450235-0462"),
        ("omraade", "journal"),
        ("varighed", "slettes"),
    ];
    c.post_form("/fuldmagt/anmod", &cookie, &ask).await;
    sign(&c, &cookie, "/fuldmagt/underskriv").await;
    let request = c
        .world(&cookie)
        .unwrap()
        .fuldmagt_requests_from(&id("mette"))[0]
        .id
        .to_string();
    // For a giver who cannot use NemID: the request as a blanket to sign by hand.
    let page = body(c.get("/fuldmagt", Some(&cookie)).await).await;
    let paper = format!("/fuldmagt/blanket?id={request}");
    assert!(page.contains(&format!("href=\"{paper}\"")));
    let sheet = body(c.get(&paper, Some(&cookie)).await).await;
    assert!(sheet.contains("Fuldmagt – underskrift på papir"));
    assert!(sheet.contains("Erna Holm (CPR-nummer 450235-0462)"));
    assert!(sheet.contains("Jeg giver hermed Mette Jensen Holm fuldmagt"));
    assert!(sheet.contains("Fuldmagtsgivers underskrift:"));
    // A citizen cannot answer for someone else.
    refused(
        &c,
        &cookie,
        "/fuldmagt",
        &[
            ("handling", "godkend-for-borger"),
            ("id", &request),
            ("identitet", "ja"),
        ],
        "Kun en betroet medarbejder",
    )
    .await;

    // Someone outside the request does not see its blanket.
    let cookie = c.log_in(&cookie, "318204657", "7913").await;
    let sheet = body(c.get(&paper, Some(&cookie)).await).await;
    assert!(sheet.contains("Anmodningen findes ikke længere.") && !sheet.contains("450235-0462"));

    let cookie = c.log_in(&cookie, "846120357", "kommune7").await;
    let page = body(c.get("/fuldmagt", Some(&cookie)).await).await;
    assert!(
        page.contains("Sager: anmodninger til borgere uden digital adgang")
            && page.contains("Erna Holm")
    );
    // The betroet medarbejder has the blanket the citizen signed.
    assert!(page.contains(&format!("href=\"{paper}\"")));
    assert!(
        body(c.get(&paper, Some(&cookie)).await)
            .await
            .contains("Erna Holm (CPR-nummer 450235-0462)")
    );
    let before = c.world(&cookie).unwrap();
    let r = c
        .post_form(
            "/fuldmagt",
            &cookie,
            &[("handling", "godkend-for-borger"), ("id", &request)],
        )
        .await;
    assert!(
        body(r)
            .await
            .contains("Sæt kryds for at bekræfte, at du har kontrolleret borgerens identitet.")
    );
    assert_eq!(
        before.fuldmagter_received(&id("mette")).len(),
        c.world(&cookie)
            .unwrap()
            .fuldmagter_received(&id("mette"))
            .len()
    );
    let r = c
        .post_form(
            "/fuldmagt",
            &cookie,
            &[
                ("handling", "godkend-for-borger"),
                ("id", &request),
                ("identitet", "ja"),
            ],
        )
        .await;
    assert_eq!(header(&r, "location"), "/fuldmagt?besked=givet");
    let w = c.world(&cookie).unwrap();
    assert!(w.fuldmagt(&id("erna"), &id("mette")).is_some());
    let letter = w.letters_in(&id("erna"), FolderRef::Inbox)[0];
    assert_eq!(letter.letter.subject(), "Du har givet en fuldmagt");
    assert!(
        letter
            .letter
            .body()
            .contains("godkendt af Lone Madsen (betroet medarbejder)")
    );
}

#[tokio::test]
async fn a_fuldmagt_signed_from_either_signature_address_lands_on_the_fuldmagt_page() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let cookie = c.log_in(&cookie, "318204657", "7913").await;
    let r = c
        .post_form(
            "/fuldmagt/giv",
            &cookie,
            &[
                ("navn", "Mette Jensen Holm"),
                ("cpr", "551077-2344"),
                ("omraade", "flytning"),
                ("varighed", "slettes"),
            ],
        )
        .await;
    assert_eq!(header(&r, "location"), "/fuldmagt/underskriv");
    // The læseadgang signature address signs the same pending fuldmagt.
    let r = sign(&c, &cookie, "/post/adgang/underskriv").await;
    assert_eq!(header(&r, "location"), "/fuldmagt?besked=givet");
    // A wrong key is refused on the page it was typed on, not as a 400.
    let r = c
        .post_form(
            "/fuldmagt/underskriv",
            &cookie,
            &[("handling", "underskriv"), ("noegle", "12")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn each_fuldmagt_refusal_sits_at_its_input_and_a_crafted_choice_is_400() {
    let c = Client::new(&[]);
    let cookie = c.start().await;
    let cookie = c.log_in(&cookie, "318204657", "7913").await;
    let form = |area: &'static str, how: &'static str| {
        vec![
            ("navn", "Mette Jensen Holm"),
            ("cpr", "551077-2344"),
            ("omraade", area),
            ("varighed", how),
            ("gyldig_til", ""),
        ]
    };
    // "Til en bestemt dato" with no date: refused at "Gyldig til", nothing to sign.
    let page = body(
        c.post_form("/fuldmagt/giv", &cookie, &form("flytning", "dato"))
            .await,
    )
    .await;
    let at = page.find("id=\"gyldig_til-error\"").expect("at the date");
    assert!(page[at..].contains("Skriv slutdatoen som dag, måned og år"));
    // No område ticked: at the list of områder.
    let page = body(
        c.post_form("/fuldmagt/giv", &cookie, &form("", "slettes"))
            .await,
    )
    .await;
    assert!(page.contains("id=\"omraade-error\""));
    // The group of områder is marked and names the message.
    let named = page
        .find("aria-describedby=\"omraade-error\"")
        .expect("the group names it");
    let group = page[..named].rfind("<fieldset").unwrap();
    let tag = &page[group..group + page[group..].find('>').unwrap()];
    assert!(
        tag.contains("form-error") && tag.contains("omraade-error"),
        "{tag}"
    );
    assert!(c.world(&cookie).unwrap().signing().is_none());
    // A duration no page offers.
    let r = c
        .post_form("/fuldmagt/giv", &cookie, &form("flytning", "altid"))
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    // Flytning with no address: at "Ny adresse".
    let page = body(
        c.post_form("/selvbetjening/flytning", &cookie, &[("adresse", " ")])
            .await,
    )
    .await;
    assert!(page.contains("id=\"adresse-error\""));
    assert!(page.contains("aria-describedby=\"adresse-hint adresse-error\""));
}
