//! Random input against every form and page of the whole router: random fields (the names
//! our forms use and others), values of every length and script, broken encodings, raw
//! bytes, odd content types, odd addresses — never a 5xx, never a panic. `make test` runs a
//! few hundred cases; `DEMOBORGER_FUZZ_CASES=100000 cargo test --release -p server --test
//! fuzz` runs the long campaign.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::common;

use axum::body::Body;
use common::*;
use http::Request;
use http::header::{CONTENT_TYPE, COOKIE};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// Every address that takes a post.
const POSTS: &[&str] = &[
    "/ovelse/start",
    "/ovelse/nulstil",
    "/ovelse/afslut",
    "/ovelser/start",
    "/ovelser/guide",
    "/log-paa",
    "/log-paa/afbryd",
    "/log-paa/glemt-adgangskode",
    "/post/indstillinger",
    "/log-af",
    "/post",
    "/post?mappe=0&soeg=x",
    "/post/brev/karen-ouh-indkaldelse",
    "/post/skriv?til=skattestyrelsen",
    "/post/adgang",
    "/post/adgang/giv",
    "/post/adgang/anmod",
    "/post/adgang/underskriv",
    "/fuldmagt",
    "/fuldmagt/giv",
    "/fuldmagt/anmod",
    "/fuldmagt/underskriv",
    "/selvbetjening/skift-laege",
    "/selvbetjening/flytning",
    "/mitid",
    "/telefon/karen",
    "/telefon/mette",
    "/fidus/skat-sms",
];

/// Pages, with room for a random tail.
const PAGES: &[&str] = &[
    "/",
    "/ovelse",
    "/ovelse/person/",
    "/ovelse/person/karen/noeglekort",
    "/ovelse/noeglekort/udskriv?person=",
    "/log-paa?bruger=",
    "/log-paa/spaerret/",
    "/min-side",
    "/mitid?bruger=",
    "/telefon/",
    "/fidus/",
    "/fidus/skat-sms/link",
    "/fidus/skat-sms/forklaring",
    "/mitid/kodeoplaeser/lyd?tryk=",
    "/post?mappe=",
    "/post?soeg=",
    "/post?sorter=",
    "/post/brev/",
    "/post/brev/karen-ouh-indkaldelse/dokument/",
    "/post/skriv?til=",
    "/post/skriv?svar=",
    "/post/aktivitetslog",
    "/post/adgang/underskriv",
    "/fuldmagt",
    "/ovelser?sprog=",
    "/ovelser/faerdig",
    "/ovelser/kursusbevis",
    "/om",
    "/pkg/",
];

/// The field names our forms use, so random values reach the parsers behind them.
const FIELDS: &[&str] = &[
    "handling",
    "brev",
    "til",
    "mappe",
    "navn",
    "bekraeft",
    "aabn",
    "postkasse",
    "trin",
    "bruger_id",
    "adgangskode",
    "noegle",
    "ny_adgangskode",
    "gentag_adgangskode",
    "cpr",
    "niveau",
    "omfang",
    "gyldig_til",
    "anmodning",
    "adgang",
    "omraade",
    "varighed",
    "id",
    "for",
    "laege",
    "adresse",
    "ovelse",
    "sprog",
    "tilbage",
    "emne",
    "besked",
    "svar",
];

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-z0-9-]{0,12}",
        "[0-9]{1,6}",
        any::<String>(),
        ".{0,300}",
        "(%[0-9A-Fa-f]{0,2}|[&=+;]){0,20}",
        Just("x".repeat(70_000)),
    ]
}

fn field() -> impl Strategy<Value = (String, String)> {
    (
        prop_oneof![
            4 => proptest::sample::select(FIELDS).prop_map(str::to_owned),
            1 => any::<String>(),
        ],
        value(),
    )
}

#[derive(Debug, Clone)]
enum Case {
    Post {
        path: &'static str,
        fields: Vec<(String, String)>,
        content_type: &'static str,
    },
    Raw {
        path: &'static str,
        bytes: Vec<u8>,
        content_type: &'static str,
    },
    Get {
        path: &'static str,
        tail: String,
    },
}

fn case() -> impl Strategy<Value = Case> {
    let content_type = proptest::sample::select(
        &[
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=----demoborgerTEST",
            "multipart/form-data",
            "text/plain",
            "",
        ][..],
    );
    prop_oneof![
        4 => (
            proptest::sample::select(POSTS),
            proptest::collection::vec(field(), 0..8),
            content_type.clone()
        )
            .prop_map(|(path, fields, content_type)| Case::Post { path, fields, content_type }),
        1 => (
            proptest::sample::select(POSTS),
            proptest::collection::vec(any::<u8>(), 0..400),
            content_type
        )
            .prop_map(|(path, bytes, content_type)| Case::Raw { path, bytes, content_type }),
        2 => (proptest::sample::select(PAGES), value())
            .prop_map(|(path, tail)| Case::Get { path, tail }),
    ]
}

fn encode(fields: &[(String, String)], content_type: &str) -> Vec<u8> {
    if content_type.starts_with("multipart/form-data; boundary") {
        let pairs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        return multipart(&pairs, &[("f.png", b"\x89PNG\r\n\x1a\n0")]).1;
    }
    fields
        .iter()
        .map(|(k, v)| {
            let k: String = form_urlencoded::byte_serialize(k.as_bytes()).collect();
            let v: String = form_urlencoded::byte_serialize(v.as_bytes()).collect();
            format!("{k}={v}")
        })
        .collect::<Vec<_>>()
        .join("&")
        .into_bytes()
}

fn request(case: &Case, cookie: &str) -> Request<Body> {
    let (method, path, bytes, content_type) = match case {
        Case::Post {
            path,
            fields,
            content_type,
        } => (
            "POST",
            path.to_string(),
            encode(fields, content_type),
            *content_type,
        ),
        Case::Raw {
            path,
            bytes,
            content_type,
        } => ("POST", path.to_string(), bytes.clone(), *content_type),
        Case::Get { path, tail } => {
            // hyper refuses longer request lines before the app sees them.
            let mut tail: String = form_urlencoded::byte_serialize(tail.as_bytes()).collect();
            tail.truncate(8_000); // ASCII after encoding

            ("GET", format!("{path}{tail}"), Vec::new(), "")
        }
    };
    let mut b = Request::builder()
        .method(method)
        .uri(&path)
        .header("sec-fetch-site", "same-origin")
        .header(COOKIE, cookie);
    if !content_type.is_empty() {
        b = b.header(CONTENT_TYPE, content_type);
    }
    b.body(Body::from(bytes)).unwrap()
}

#[test]
fn random_input_never_gets_a_server_error() {
    let cases: u32 = std::env::var("DEMOBORGER_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(400);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let c = Client::new(&[
        "--world-burst",
        "100000000",
        "--starts-per-minute",
        "100000",
    ]);
    // A few worlds: logged out, Karen logged in; a case may end or reset one, so each case
    // takes a fresh cookie from the pool and the pool is refilled.
    let fresh = |logged_in: bool| {
        runtime.block_on(async {
            let cookie = c.start().await;
            if logged_in {
                c.log_in(&cookie, "318204657", "7913").await
            } else {
                cookie
            }
        })
    };
    let pool = std::cell::RefCell::new([fresh(true), fresh(false)]);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let n = std::cell::Cell::new(0usize);
    runner
        .run(&case(), |case| {
            n.set(n.get() + 1);
            let slot = n.get() % 2;
            let cookie = {
                let mut pool = pool.borrow_mut();
                if c.world(&pool[slot]).is_none() {
                    pool[slot] = fresh(slot == 0);
                }
                pool[slot].clone()
            };
            let r = runtime.block_on(c.send(request(&case, &cookie)));
            let status = r.status();
            prop_assert!(!status.is_server_error(), "{case:?}: {status}");
            Ok(())
        })
        .unwrap();
}
