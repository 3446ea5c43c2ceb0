//! Holds across app servers on one Redis: the teacher's board on one server, her learners
//! on any, her own material sent from one and used on another that never saw it.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::common;

use axum::body::Body;
use common::redis::Redis;
use common::*;
use http::header::{CONTENT_TYPE, COOKIE};
use http::{Request, StatusCode};

const EXAMPLE: &str = include_str!("../../../scenarios/examples/skole.toml");

fn server(redis: &Redis) -> Client {
    Client::new(&["--redis-url", redis.url().as_str()])
}

#[tokio::test]
async fn a_hold_works_with_its_board_on_one_server_and_learners_on_another() {
    let redis = Redis::start();
    let (a, b) = (server(&redis), server(&redis));
    let form = [
        ("navn", "Onsdagsholdet"),
        ("sprog", "da"),
        ("kort", "0"),
        ("ovelse", "post-laes-brev"),
    ];
    let r = a.post_form("/underviser", "x=y", &form).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let board = header(&r, "location").to_owned();
    let code = big_code(&body(a.get(&board, None).await).await);

    // Fatima joins on B and shows on A's board, in the plan's exercise.
    let fatima = b.join_hold(&code, "Fatima").await;
    assert_eq!(a.world(&fatima).unwrap().hold(), Some("Onsdagsholdet"));
    let rows = body(a.get(&board, None).await).await;
    assert!(
        rows.contains("Fatima") && rows.contains("Trin 1 af"),
        "{rows}"
    );
    // She logs in on A (a new session id): B's board still follows her world.
    let fatima = a.log_in(&fatima, "318204657", "7913").await;
    let rows = body(b.get(&board, None).await).await;
    assert!(rows.contains("Fatima"), "B shows the hold and its learner");
    let page = body(b.get("/ovelse", Some(&fatima)).await).await;
    assert!(page.contains("Hold: Onsdagsholdet"));

    // "Eget materiale" uploaded on B, sent on A.
    let (content_type, bytes) = multipart(
        &[("handling", "upload")],
        &[("pakke.toml", EXAMPLE.as_bytes())],
    );
    let request = Request::post(format!("{board}/materiale"))
        .header("sec-fetch-site", "same-origin")
        .header(CONTENT_TYPE, content_type)
        .header(COOKIE, "x=y")
        .body(Body::from(bytes))
        .unwrap();
    assert_eq!(b.send(request).await.status(), StatusCode::SEE_OTHER);
    let r = a
        .post_form(
            &format!("{board}/materiale"),
            "x=y",
            &[("handling", "send")],
        )
        .await;
    assert_eq!(header(&r, "location"), format!("{board}?sket=materiale"));
    let subject = "Skole-hjem-samtale i 3.B: vælg en tid".to_owned();
    assert!(b.inbox(&fatima, Some("amina")).contains(&subject));
    // A learner joining now starts from the material's scenario (its letter is there, its
    // exercise follows the plan's); a third server that never saw the material builds
    // that scenario from Redis to show her world.
    let sagal = a.join_hold(&code, "Sagal").await;
    let c = server(&redis);
    let w = c.world(&sagal).unwrap();
    assert!(
        w.scenario()
            .exercises
            .iter()
            .any(|e| e.id == "skole-hjem-samtale")
    );
    assert!(c.inbox(&sagal, Some("amina")).contains(&subject));
    let page = body(c.get("/ovelse", Some(&sagal)).await).await;
    assert!(
        page.contains("Hold: Onsdagsholdet"),
        "C shows her world in the hold"
    );

    // "Afslut holdet" on B ends every learner's world, and the code says so on A.
    let r = b.post_form(&board, "x=y", &[("handling", "afslut")]).await;
    assert_eq!(header(&r, "location"), "/underviser?afsluttet=1");
    assert!(a.world(&fatima).is_none() && a.world(&sagal).is_none());
    let r = a
        .post_form("/hold", "x=y", &[("kode", &code), ("navn", "Carla")])
        .await;
    assert!(body(r).await.contains("Holdet er afsluttet."));
    assert_eq!(a.get(&board, None).await.status(), StatusCode::NOT_FOUND);
}
