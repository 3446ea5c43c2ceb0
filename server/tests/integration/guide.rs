//! In-process tests of the guided exercises: starting one, the panel moving on by itself,
//! hints one at a time, skip, stop, language, the certificate, and a broken exercise file
//! refused at start-up.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::common;

use common::*;
use http::StatusCode;

async fn start(c: &Client, cookie: Option<&str>, id: &str) -> String {
    start_in(c, cookie, id, "da").await
}

/// Starts exercise `id` with the guide in `lang`; the new world's cookie.
async fn start_in(c: &Client, cookie: Option<&str>, id: &str, lang: &str) -> String {
    let body = format!("ovelse={id}&sprog={lang}");
    let mut b = http::Request::post("/ovelser/start")
        .header("sec-fetch-site", "same-origin")
        .header(
            http::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        );
    if let Some(c) = cookie {
        b = b.header(http::header::COOKIE, c);
    }
    let r = c.send(b.body(axum::body::Body::from(body)).unwrap()).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&r, "location"), "/ovelse");
    cookie_pair(&r)
}

async fn guide(
    c: &Client,
    cookie: &str,
    handling: &str,
    back: &str,
) -> http::Response<axum::body::Body> {
    c.post_form(
        "/ovelser/guide",
        cookie,
        &[("handling", handling), ("tilbage", back), ("sprog", "en")],
    )
    .await
}

#[tokio::test]
async fn the_catalogue_lists_the_exercises_by_theme_in_both_languages() {
    let c = Client::new(&[]);
    let page = body(c.get("/ovelser", None).await).await;
    for heading in [
        "NemID og MitID",
        "Digital Post",
        "Hjælp til andre",
        "Sikkerhed",
    ] {
        assert!(page.contains(&format!("<h2>{heading}</h2>")), "{heading}");
    }
    assert!(page.contains("Lav en mappe og flyt et brev"));
    let english = body(c.get("/ovelser?sprog=en", None).await).await;
    assert!(
        english.contains("Make a folder and move a letter") && english.contains("Helping others")
    );
    assert_eq!(c.worlds(), 0, "looking creates nothing");
}

#[tokio::test]
async fn an_exercise_moves_on_when_the_learner_does_the_step_and_ends_with_a_certificate() {
    let c = Client::new(&[]);
    let cookie = start(&c, None, "post-mappe-sundhed").await;
    let page = body(c.get("/ovelse", Some(&cookie)).await).await;
    assert!(page.contains("Trin 1 af 3") && page.contains("Log på som Karen Jensen med NemID"));
    // Hints come one at a time, back on the same page.
    let r = guide(&c, &cookie, "hint", "/ovelse").await;
    assert_eq!(header(&r, "location"), "/ovelse");
    let page = body(c.get("/ovelse", Some(&cookie)).await).await;
    assert!(
        page.contains("Gå til siden Din øvelse.")
            && !page.contains("Adgangskoden står på personens kort.")
    );
    // Doing the step moves the panel on.
    let cookie = c.log_in(&cookie, "318204657", "7913").await;
    let page = body(c.get("/post", Some(&cookie)).await).await;
    assert!(page.contains("Trin 2 af 3") && page.contains("Opret en mappe, der hedder Sundhed."));
    c.post_form(
        "/post",
        &cookie,
        &[("handling", "opret-mappe"), ("navn", "Sundhed")],
    )
    .await;
    // Skip the last step; then the result and the certificate.
    guide(&c, &cookie, "spring", "/post").await;
    let page = body(c.get("/post", Some(&cookie)).await).await;
    assert!(page.contains("Du har klaret alle trinene."));
    let done = body(c.get("/ovelser/faerdig", Some(&cookie)).await).await;
    assert!(
        done.contains("Trin klaret uden hjælp: 1 af 3"),
        "step 1 had a hint, step 3 was skipped"
    );
    let cert = body(
        c.get("/ovelser/kursusbevis?navn=Stjerne", Some(&cookie))
            .await,
    )
    .await;
    assert!(
        cert.contains("Kursusbevis")
            && cert.contains("Stjerne")
            && cert.contains("Lav en mappe og flyt et brev")
    );
    let anonymous = body(c.get("/ovelser/kursusbevis", Some(&cookie)).await).await;
    assert!(anonymous.contains("En deltager"));
    // The guide switches language; the simulated service stays Danish.
    guide(&c, &cookie, "sprog", "/post").await;
    let page = body(c.get("/post", Some(&cookie)).await).await;
    assert!(page.contains("You have done all the steps.") && page.contains("Indbakke"));
    // Stop: back to the catalogue, no panel.
    let r = guide(&c, &cookie, "stop", "/post").await;
    assert_eq!(header(&r, "location"), "/ovelser");
    let page = body(c.get("/post", Some(&cookie)).await).await;
    assert!(!page.contains("guide-panel"));
}

#[tokio::test]
async fn the_guide_goes_back_only_to_pages_of_this_site_and_unknown_exercises_are_404() {
    let c = Client::new(&[]);
    let cookie = start(&c, None, "sikkerhed-log-af").await;
    for evil in [
        "//evil.example/x",
        "https://evil.example",
        "\\\\evil",
        "/\t/evil.example",
    ] {
        let r = guide(&c, &cookie, "hint", evil).await;
        assert_eq!(header(&r, "location"), "/ovelse", "{evil}");
    }
    let r = c
        .post_form("/ovelser/start", &cookie, &[("ovelse", "findes-ikke")])
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // Starting another exercise replaces the world (a new id), not adds one.
    let second = start(&c, Some(&cookie), "nemid-spaerret").await;
    assert_ne!(second, cookie);
    assert_eq!(c.worlds(), 1);
    let page = body(c.get("/ovelse/person/poul", Some(&second)).await).await;
    assert!(
        page.contains("midlertidig"),
        "the setup locked Poul's NemID"
    );
}

#[test]
fn a_broken_exercise_file_stops_start_up_with_the_file_and_the_step() {
    let dir = std::env::temp_dir().join(format!("demoborger-broken-{}", std::process::id()));
    let src = server::scenario::default_dir();
    copy(&src, &dir);
    let file = dir.join("exercises/post-mappe-sundhed.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace("\"folder-exists\"", "\"folder-painted\""),
    )
    .unwrap();
    let e = server::scenario::load(&dir).unwrap_err();
    assert!(
        e.contains("exercises/post-mappe-sundhed.toml") && e.contains("folder-painted"),
        "{e}"
    );
    std::fs::write(
        &file,
        text.replace("folder = \"Sundhed\"", "folder = \"Skat\""),
    )
    .unwrap();
    let e = server::scenario::load(&dir).unwrap_err();
    assert!(
        e.contains("step 3.check") && e.contains("ingen mappe \"Skat\""),
        "{e}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The real binary refuses to start on a broken translation file and says where.
#[test]
fn the_server_binary_does_not_start_with_a_broken_exercise() {
    let dir = std::env::temp_dir().join(format!("demoborger-broken-bin-{}", std::process::id()));
    copy(&server::scenario::default_dir(), &dir);
    let file = dir.join("exercises/da.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    // Drop the last hint of a step: every step needs three.
    let broken = text.replacen("    .hint-3 = Klik \"Log af\" øverst til højre.\n", "", 1);
    assert_ne!(broken, text, "the test must change the file");
    std::fs::write(&file, broken).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_demoborger"))
        .args(["--port", "0", "--scenario-dir"])
        .arg(&dir)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("exercises/da.ftl")
            && stderr.contains("sikkerhed-log-af-step-2")
            && stderr.contains("3 hints"),
        "{stderr}"
    );
}

fn copy(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// "Læs op": a hint as Opus audio made on the server, only from the scenario's own texts;
/// in Somali (no voice) the panel says so in Somali and plays the Danish text.
#[tokio::test]
async fn hints_are_read_aloud_from_our_own_texts_and_somali_offers_the_danish_text() {
    use http_body_util::BodyExt;
    let c = Client::new(&[]);
    let r = c
        .get(
            "/ovelser/lyd?sprog=ar&ovelse=post-mappe-sundhed&trin=1&del=2",
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(header(&r, "content-type"), "audio/ogg; codecs=opus");
    let audio = r.into_body().collect().await.unwrap().to_bytes();
    assert!(audio.starts_with(b"OggS"), "an Ogg file");
    assert!(
        audio.len() > 2_000 && audio.len() <= 60_000,
        "a hint of a few seconds in at most 60 KB: {} bytes",
        audio.len()
    );
    for q in [
        "sprog=ar&ovelse=findes-ikke&trin=1&del=1",
        "sprog=ar&ovelse=post-mappe-sundhed&trin=9&del=0",
        "sprog=ar&ovelse=post-mappe-sundhed&trin=1&del=4",
        "sprog=so&ovelse=post-mappe-sundhed&trin=1&del=1",
        "sprog=xx&ovelse=post-mappe-sundhed&trin=1&del=1",
        "trin=en",
    ] {
        let r = c.get(&format!("/ovelser/lyd?{q}"), None).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{q}");
    }
    let cookie = start_in(&c, None, "post-mappe-sundhed", "so").await;
    let page = body(c.get("/ovelse", Some(&cookie)).await).await;
    assert!(page.contains("Ma jiro cod ku hadla luqaddaada"), "{page}");
    assert!(
        page.contains("/ovelser/lyd?sprog=da&amp;ovelse=post-mappe-sundhed&amp;trin=1&amp;del=0")
    );
}

/// "Læs op" for browsers without Opus (older Safari): the same hint as MP3, and byte ranges
/// as Safari asks for them (`bytes=0-1` first, then the rest); a range outside the audio is
/// refused with 416, and the page offers both formats.
#[tokio::test]
async fn hints_come_as_mp3_too_and_in_byte_ranges() {
    use http_body_util::BodyExt;
    let c = Client::new(&[]);
    let path = "/ovelser/lyd?sprog=ar&ovelse=post-mappe-sundhed&trin=1&del=2&format=mp3";
    let r = c.get(path, None).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(header(&r, "content-type"), "audio/mpeg");
    assert_eq!(header(&r, "accept-ranges"), "bytes");
    let whole = r.into_body().collect().await.unwrap().to_bytes();
    // An MP3 starts with an ID3 tag or a frame sync (11 bits set).
    assert!(
        whole.starts_with(b"ID3") || (whole[0] == 0xff && whole[1] & 0xe0 == 0xe0),
        "an MP3 file"
    );
    assert!(
        whole.len() > 2_000 && whole.len() <= 60_000,
        "a hint of a few seconds in at most 60 KB: {} bytes",
        whole.len()
    );
    let ranged = |range: &'static str| {
        http::Request::get(path)
            .header(http::header::RANGE, range)
            .body(axum::body::Body::empty())
            .unwrap()
    };
    let r = c.send(ranged("bytes=0-1")).await;
    assert_eq!(r.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(
        header(&r, "content-range"),
        format!("bytes 0-1/{}", whole.len())
    );
    let first = r.into_body().collect().await.unwrap().to_bytes();
    assert_eq!(&first[..], &whole[..2]);
    let r = c.send(ranged("bytes=100-")).await;
    assert_eq!(r.status(), StatusCode::PARTIAL_CONTENT);
    let rest = r.into_body().collect().await.unwrap().to_bytes();
    assert_eq!(&rest[..], &whole[100..]);
    let r = c.send(ranged("bytes=999999-")).await;
    assert_eq!(r.status(), StatusCode::RANGE_NOT_SATISFIABLE);
    assert_eq!(
        header(&r, "content-range"),
        format!("bytes */{}", whole.len())
    );
    // An unknown format is no audio.
    let r = c
        .get(
            "/ovelser/lyd?sprog=ar&ovelse=post-mappe-sundhed&trin=1&del=2&format=wav",
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // The panel offers Opus first and MP3 second.
    let cookie = start_in(&c, None, "post-mappe-sundhed", "ar").await;
    let page = body(c.get("/ovelse", Some(&cookie)).await).await;
    let opus = page
        .find("trin=1&amp;del=0\" type=\"audio/ogg; codecs=opus\"")
        .expect("an Opus source");
    let mp3 = page
        .find("trin=1&amp;del=0&amp;format=mp3\" type=\"audio/mpeg\"")
        .expect("an MP3 source");
    assert!(opus < mp3, "Opus first");
}
