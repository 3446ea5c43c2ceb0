//! Worlds in Redis (issue 16): two app servers on one `redis-server` of the test's own.
//! Each `Client` is a whole server (its own state, stores and router) in this process;
//! they share nothing but Redis, as two processes behind a load balancer would.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::common;

use app::session::WorldStore;
use common::redis::Redis;
use common::*;
use domain::PersonaId;
use http::StatusCode;
use std::time::{Duration, Instant};

fn karen() -> PersonaId {
    PersonaId::parse("karen").unwrap()
}

fn server(redis: &Redis, extra: &[&str]) -> Client {
    let url = redis.url();
    let mut args = vec!["--redis-url", url.as_str()];
    args.extend_from_slice(extra);
    Client::new(&args)
}

#[tokio::test]
async fn a_learner_whose_requests_alternate_between_two_servers_notices_nothing() {
    let redis = Redis::start();
    let (a, b) = (server(&redis, &[]), server(&redis, &[]));
    let cookie = a.start().await;
    // Logged in on B (the password on one, the key on the other is all inside log_in).
    let cookie = b.log_in(&cookie, "318204657", "7913").await;
    let inbox = body(a.get("/post", Some(&cookie)).await).await;
    assert!(
        inbox.contains("Indbakke"),
        "A shows the inbox B logged in to"
    );

    let r = a
        .post_form(
            "/post",
            &cookie,
            &[("handling", "opret-mappe"), ("navn", "Skat")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let on_b = body(b.get("/post", Some(&cookie)).await).await;
    assert!(on_b.contains("Skat"), "B shows the folder made on A");
    let folders = |c: &Client| c.world(&cookie).unwrap().own_folders(&karen()).len();
    assert_eq!((folders(&a), folders(&b)), (1, 1));

    // Server A goes away mid-journey: B carries on with everything.
    drop(a);
    let r = b.post_form("/log-af", &cookie, &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(b.world(&cookie).unwrap().logged_in().is_none());
    assert_eq!(folders(&b), 1);
}

#[tokio::test]
async fn the_cap_on_live_worlds_counts_every_servers_worlds() {
    let redis = Redis::start();
    let (a, b) = (
        server(&redis, &["--max-worlds", "2"]),
        server(&redis, &["--max-worlds", "2"]),
    );
    let first = a.start().await;
    b.start().await;
    let r = a.post("/ovelse/start", None).await;
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(body(r).await.contains("Der er travlt lige nu"));
    // One ends on A: B may start one.
    a.post_form("/ovelse/afslut", &first, &[]).await;
    assert_eq!(b.worlds(), 1);
    b.start().await;
    assert_eq!((a.worlds(), b.worlds()), (2, 2));
}

/// The same world changed at once from two servers (two threads, two stores): every
/// change is kept, none overwritten by the other's older copy.
#[test]
fn two_servers_writing_the_same_world_at_once_lose_no_update() {
    let redis = Redis::start();
    let scenario =
        std::sync::Arc::new(server::scenario::load(&server::scenario::default_dir()).unwrap());
    let store = || {
        server::store::RedisStore::new(
            &redis.url(),
            "t:",
            scenario.clone(),
            (100, 10),
            Duration::from_secs(600),
            Duration::from_secs(3600),
        )
        .unwrap()
    };
    let (one, two) = (store(), store());
    let world = domain::World::new(scenario.clone(), 7, domain::Timestamp(1_795_392_000));
    let id = one.create(world, Instant::now()).unwrap();
    let before = one.load(&id, Instant::now()).unwrap().version();
    const EACH: u32 = 200;
    std::thread::scope(|s| {
        for store in [&one, &two] {
            s.spawn(|| {
                for _ in 0..EACH {
                    assert!(store.update(&id, Instant::now(), &mut |w| {
                        w.handle(
                            &domain::Command::AdvanceClock { minutes: 1 },
                            domain::Timestamp(1_795_392_000),
                        )
                        .unwrap();
                    }));
                }
            });
        }
    });
    let after = two.load(&id, Instant::now()).unwrap().version();
    assert_eq!(
        after - before,
        2 * EACH,
        "every change of both servers is there"
    );
}

#[tokio::test]
async fn a_stopped_redis_gives_a_friendly_503_and_its_aof_brings_the_worlds_back() {
    let mut redis = Redis::start();
    let a = server(&redis, &[]);
    let cookie = a.start().await;
    let cookie = a.log_in(&cookie, "318204657", "7913").await;
    let r = a
        .post_form(
            "/post",
            &cookie,
            &[("handling", "opret-mappe"), ("navn", "Bolig")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "acknowledged");
    // `appendfsync everysec`: what was acknowledged more than a second ago is on disk.
    std::thread::sleep(Duration::from_millis(1500));
    redis.kill();

    for path in ["/post", "/ovelse", "/post?mappe=0"] {
        let asked = Instant::now();
        let r = a.get(path, Some(&cookie)).await;
        assert!(
            asked.elapsed() < Duration::from_secs(5),
            "{path} answered in time"
        );
        assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE, "{path}");
        assert!(
            set_cookies(&r).is_empty(),
            "{path}: the cookie is left alone"
        );
        let page = body(r).await;
        assert!(
            page.contains("Vi kan ikke hente din øvelse lige nu"),
            "{path}"
        );
        assert!(page.contains("Din øvelse er ikke væk"), "{path}");
    }
    let r = a
        .post_form(
            "/post",
            &cookie,
            &[("handling", "opret-mappe"), ("navn", "Job")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);

    // Back from its AOF: the learner goes on where she was.
    redis.run();
    // The client reconnects on the next call after its back-off.
    std::thread::sleep(Duration::from_millis(400));
    let mut page = String::new();
    for _ in 0..10 {
        let r = a.get("/post", Some(&cookie)).await;
        if r.status() == StatusCode::OK {
            page = body(r).await;
            break;
        }
        std::thread::sleep(Duration::from_millis(300));
    }
    assert!(
        page.contains("Bolig"),
        "the folder made before the outage is there"
    );
    let world = a.world(&cookie).unwrap();
    assert!(world.logged_in().is_some(), "still logged in");
    assert_eq!(world.own_folders(&karen()).len(), 1, "nothing half-done");
}

#[tokio::test]
async fn an_unused_world_ends_in_redis_by_itself() {
    let redis = Redis::start();
    // 0.1 minutes (the shortest allowed): 6 s.
    let a = server(&redis, &["--idle-minutes", "0.1"]);
    let cookie = a.start().await;
    assert_eq!(a.worlds(), 1);
    std::thread::sleep(Duration::from_millis(6300));
    assert!(a.world(&cookie).is_none());
    let front = body(a.get("/ovelse", Some(&cookie)).await).await;
    assert!(
        front.contains("udløbet"),
        "the world's page says it has ended"
    );
    assert_eq!(a.worlds(), 0);
}

/// "Øv sammen" across servers: the Parkode made on A is found on B (the codes live in
/// Redis with the worlds), and the two learners share one world from their own seats.
#[tokio::test]
async fn a_parkode_made_on_one_server_works_on_the_other() {
    let redis = Redis::start();
    let (a, b) = (server(&redis, &[]), server(&redis, &[]));
    let first = a.start().await;
    let r = a.post_form("/ovelse/sammen", &first, &[]).await;
    assert_eq!(header(&r, "location"), "/ovelse/sammen");
    let code = big_code(&body(a.get("/ovelse/sammen", Some(&first)).await).await);
    // A login on B gives the first learner a new session id: the code follows her world.
    let first = b.log_in(&first, "318204657", "7913").await;
    let r = b
        .post_form("/par", "x=y", &[("kode", &code), ("person", "mette")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "the code works on B");
    assert!(header(&r, "location").starts_with("/log-paa?bruger="));
    let partner = set_cookies(&r)[0].split(';').next().unwrap().to_owned();
    let seen_by_partner = a.world(&partner).unwrap();
    assert!(
        seen_by_partner.is_paired(),
        "A sees the partner in the same world"
    );
    assert!(
        seen_by_partner.logged_in().is_none(),
        "the partner's own seat: Karen is logged in at the other"
    );
    assert_eq!(
        a.world(&first).unwrap().logged_in().unwrap().id.as_str(),
        "karen"
    );
    // A code is spent once, whichever server is asked.
    let again = a
        .post_form("/par", "x=y", &[("kode", &code), ("person", "mette")])
        .await;
    assert_eq!(again.status(), StatusCode::OK, "refused on the page");
}

/// One address's share of "Start øvelse" is one share, however many servers it reaches.
#[tokio::test]
async fn the_start_limit_of_an_address_counts_on_every_server() {
    let redis = Redis::start();
    let (a, b) = (
        server(&redis, &["--starts-per-minute", "2"]),
        server(&redis, &["--starts-per-minute", "2"]),
    );
    a.start().await;
    b.start().await;
    let r = a.post("/ovelse/start", None).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(!header(&r, "retry-after").is_empty());
    let r = b.post("/ovelse/start", None).await;
    assert_eq!(
        r.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "B counts A's starts"
    );
}

/// A world's attached files are kept apart from it in Redis: pages read the world without
/// them (its bytes stay small), and the file itself is served whole by any server.
#[tokio::test]
async fn attached_files_are_kept_apart_and_served_by_any_server() {
    let redis = Redis::start();
    let (a, b) = (server(&redis, &[]), server(&redis, &[]));
    let cookie = a.start().await;
    let cookie = a.log_in(&cookie, "318204657", "7913").await;
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.resize(1_900_000, 7);
    let sent = a
        .send_message(
            &cookie,
            "/post/skriv?til=skattestyrelsen",
            &[
                ("til", "skattestyrelsen"),
                ("emne", "Kvittering"),
                ("besked", "Se bilag."),
            ],
            &[("kvittering.png", &png)],
        )
        .await;
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    assert!(
        b.state.store.upload_bytes() >= png.len(),
        "counted in the budget"
    );

    let world = b.world(&cookie).unwrap();
    let letter = world
        .letters_in(&karen(), domain::FolderRef::Sent)
        .into_iter()
        .next()
        .unwrap();
    let n = letter
        .letter
        .documents()
        .iter()
        .position(|d| matches!(d, domain::letters::Document::Upload(_)))
        .unwrap();
    let id = letter.letter.id().to_owned();
    let r = b
        .get(&format!("/post/brev/{id}/dokument/{n}"), Some(&cookie))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(header(&r, "content-type"), "image/png");
    let served = http_body_util::BodyExt::collect(r.into_body())
        .await
        .unwrap()
        .to_bytes();
    assert!(
        served.as_ref() == png.as_slice(),
        "the whole file, byte for byte"
    );

    // What a page reads: the world's own bytes, without the file.
    let client = ::redis::Client::open(redis.url()).unwrap();
    let mut conn = client.get_connection().unwrap();
    let worlds: Vec<String> = ::redis::cmd("KEYS")
        .arg("demoborger:w:*")
        .query(&mut conn)
        .unwrap();
    assert_eq!(worlds.len(), 1);
    let state: usize = ::redis::cmd("HSTRLEN")
        .arg(&worlds[0])
        .arg("b")
        .query(&mut conn)
        .unwrap();
    assert!(
        state < 20_000,
        "the world's bytes are {state}, without the file"
    );
}
