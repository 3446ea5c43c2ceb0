//! Test client for the whole router, shared by the integration tests.

#![allow(clippy::unwrap_used, dead_code)] // a failed unwrap is a failed test

use axum::Router;
use axum::body::Body;
use http::header::{CONTENT_TYPE, COOKIE, SET_COOKIE};
use http::{Request, Response, StatusCode};
use http_body_util::BodyExt;
use server::config::Config;
use server::{AppState, router, scenario};
use std::path::Path;
use tower::ServiceExt;

pub fn state(extra: &[&str]) -> AppState {
    let public = Path::new(env!("CARGO_MANIFEST_DIR")).join("../public");
    let mut args = vec!["demoborger"];
    if !extra.contains(&"--site-root") {
        args.extend(["--site-root", public.to_str().unwrap()]);
    }
    args.extend_from_slice(extra);
    let config = <Config as clap::Parser>::parse_from(args);
    let scenario = scenario::load(&scenario::default_dir()).unwrap();
    AppState::new(config, scenario)
}

pub struct Client {
    pub app: Router,
    pub state: AppState,
}

impl Client {
    pub fn new(extra: &[&str]) -> Self {
        let state = state(extra);
        Self {
            app: router(state.clone()),
            state,
        }
    }

    pub async fn send(&self, request: Request<Body>) -> Response<Body> {
        let what = format!("{} {}", request.method(), request.uri());
        // A hung request fails the test with its address instead of hanging the run.
        tokio::time::timeout(
            std::time::Duration::from_secs(10),
            self.app.clone().oneshot(request),
        )
        .await
        .unwrap_or_else(|_| panic!("{what} did not answer within 10 s"))
        .unwrap()
    }

    pub async fn get(&self, path: &str, cookie: Option<&str>) -> Response<Body> {
        let mut b = Request::get(path);
        if let Some(c) = cookie {
            b = b.header(COOKIE, c);
        }
        self.send(b.body(Body::empty()).unwrap()).await
    }

    pub async fn post(&self, path: &str, cookie: Option<&str>) -> Response<Body> {
        self.post_from(path, cookie, "same-origin").await
    }

    pub async fn post_from(&self, path: &str, cookie: Option<&str>, site: &str) -> Response<Body> {
        let mut b = Request::post(path)
            .header("sec-fetch-site", site)
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(c) = cookie {
            b = b.header(COOKIE, c);
        }
        self.send(b.body(Body::empty()).unwrap()).await
    }

    /// "Start øvelse"; returns the `name=value` pair of the session cookie.
    pub async fn start(&self) -> String {
        let r = self.post("/ovelse/start", None).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        cookie_pair(&r)
    }

    pub fn worlds(&self) -> usize {
        self.state.store.len()
    }
}

pub fn set_cookies(r: &Response<Body>) -> Vec<String> {
    r.headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect()
}

pub fn cookie_pair(r: &Response<Body>) -> String {
    let all = set_cookies(r);
    assert_eq!(all.len(), 1, "exactly one cookie: {all:?}");
    all[0].split(';').next().unwrap().to_owned()
}

pub async fn body(r: Response<Body>) -> String {
    String::from_utf8(r.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap()
}

pub fn header<'a>(r: &'a Response<Body>, name: &str) -> &'a str {
    r.headers().get(name).map_or("", |v| v.to_str().unwrap())
}

impl Client {
    /// A same-origin form post with an urlencoded body.
    pub async fn post_form(
        &self,
        path: &str,
        cookie: &str,
        form: &[(&str, &str)],
    ) -> Response<Body> {
        let body: String = form
            .iter()
            .map(|(k, v)| format!("{k}={}", urlencode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let request = Request::post(path)
            .header("sec-fetch-site", "same-origin")
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(COOKIE, cookie)
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }

    /// The subjects in the Indbakke of `persona` (or of the world's main persona) in the
    /// world behind `cookie`.
    pub fn inbox(&self, cookie: &str, persona: Option<&str>) -> Vec<String> {
        let w = self.world(cookie).unwrap();
        let p = match persona {
            Some(p) => domain::PersonaId::parse(p).unwrap(),
            None => w.main_persona().unwrap(),
        };
        w.letters_in(&p, domain::FolderRef::Inbox)
            .iter()
            .map(|l| l.letter.subject().to_owned())
            .collect()
    }

    /// The world behind a `name=value` session cookie.
    pub fn world(&self, cookie: &str) -> Option<domain::World> {
        let id = cookie.split_once('=').unwrap().1;
        self.state.store.load(
            &app::session::SessionId::parse(id)?,
            std::time::Instant::now(),
        )
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

impl Client {
    /// Logs `user` in on the world behind `cookie` (logging out whoever is logged in),
    /// reading the key off the persona's card; returns the rotated session cookie.
    pub async fn log_in(&self, cookie: &str, user: &str, password: &str) -> String {
        if self.world(cookie).unwrap().logged_in().is_some() {
            self.post_form("/log-af", cookie, &[]).await;
        }
        self.post_form(
            "/log-paa",
            cookie,
            &[
                ("trin", "adgangskode"),
                ("bruger_id", user),
                ("adgangskode", password),
            ],
        )
        .await;
        let world = self.world(cookie).unwrap();
        let domain::Login::AwaitingKey {
            persona, key_index, ..
        } = world.login().clone()
        else {
            panic!("no key step for {user}");
        };
        let key = world.key_card(&persona).keys[usize::from(key_index)]
            .key
            .clone();
        let r = self
            .post_form("/log-paa", cookie, &[("trin", "noegle"), ("noegle", &key)])
            .await;
        cookie_pair(&r)
    }
}

/// A multipart body as a browser sends "Skriv ny besked": text fields, then files as `fil`.
pub fn multipart(fields: &[(&str, &str)], files: &[(&str, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "----demoborgerTEST";
    let mut out = Vec::new();
    for (name, value) in fields {
        out.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    for (file_name, bytes) in files {
        out.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"{file_name}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        out.extend_from_slice(bytes);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), out)
}

impl Client {
    /// Posts the "Skriv ny besked" form (multipart) to `path`.
    pub async fn send_message(
        &self,
        cookie: &str,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &[u8])],
    ) -> Response<Body> {
        let (content_type, bytes) = multipart(fields, files);
        let request = Request::post(path)
            .header("sec-fetch-site", "same-origin")
            .header(CONTENT_TYPE, content_type)
            .header(COOKIE, cookie)
            .body(Body::from(bytes))
            .unwrap();
        self.send(request).await
    }
}

/// The code shown huge on a page (a hold's Holdkode on its board, a Parkode).
pub fn big_code(page: &str) -> String {
    page.split("board-code-value\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .unwrap_or_else(|| panic!("no code on the page"))
        .to_owned()
}

/// The session id a cookie pair (`name=value`) carries.
pub fn session_id(cookie: &str) -> app::session::SessionId {
    app::session::SessionId::parse(cookie.split_once('=').unwrap().1).unwrap()
}

/// Makes the world of `cookie` look unused for `idle`: its last use moves back in time.
pub fn age(c: &Client, cookie: &str, idle: std::time::Duration) {
    let then = std::time::Instant::now().checked_sub(idle).unwrap();
    assert!(c.state.store.touch(&session_id(cookie), then));
}
impl Client {
    /// "Deltag" in the hold with `code` as `name`: the learner's session cookie.
    pub async fn join_hold(&self, code: &str, name: &str) -> String {
        let r = self
            .post_form("/hold", "x=y", &[("kode", code), ("navn", name)])
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{name}");
        assert_eq!(header(&r, "location"), "/ovelse");
        set_cookies(&r)
            .into_iter()
            .find(|c| c.starts_with("demoborger="))
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_owned()
    }
}

pub mod redis;
