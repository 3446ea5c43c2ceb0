//! One virtual learner: their own HTTP client (cookies, one connection, no automatic
//! redirects, so each request is counted) and the steps of the journey, each a form post
//! and the page it leads to, or a page load.

use crate::page;
use reqwest::{Client, StatusCode, header};
use std::time::{Duration, Instant};

/// Why a step failed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Failure {
    /// An answer other than the one a browser would follow to the next page.
    Status(u16),
    Timeout,
    Connect,
    /// Another transport error.
    Transport,
    /// The page lacked what the learner needed (no key number, no letter).
    Page(&'static str),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Status(s) => write!(f, "HTTP {s}"),
            Self::Timeout => write!(f, "timeout"),
            Self::Connect => write!(f, "connect error"),
            Self::Transport => write!(f, "connection error"),
            Self::Page(what) => write!(f, "page without {what}"),
        }
    }
}

fn failure(e: &reqwest::Error) -> Failure {
    if e.is_timeout() {
        Failure::Timeout
    } else if e.is_connect() {
        Failure::Connect
    } else {
        Failure::Transport
    }
}

pub struct Learner {
    client: Client,
    /// The learner's cookies (their session), readable for `save --cookie-out`.
    jar: std::sync::Arc<reqwest::cookie::Jar>,
    /// The app servers (several: each request goes to the next, as a load balancer without
    /// sticky sessions sends them; one that refuses connections is skipped, as a load
    /// balancer's health check would).
    bases: Vec<String>,
    /// Requests sent (a post and the page it leads to are two).
    pub requests: usize,
}

impl Learner {
    /// `base`: one address, or several separated by commas.
    pub fn new(base: &str, timeout: Duration) -> Result<Self, reqwest::Error> {
        let mut headers = header::HeaderMap::new();
        // As a browser marks its own site's forms and links.
        headers.insert(
            "sec-fetch-site",
            header::HeaderValue::from_static("same-origin"),
        );
        let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
        let client = Client::builder()
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            .default_headers(headers)
            .timeout(timeout)
            .pool_max_idle_per_host(1)
            .build()?;
        Ok(Self {
            client,
            jar,
            bases: base
                .split(',')
                .map(|b| b.trim().trim_end_matches('/').to_owned())
                .collect(),
            requests: 0,
        })
    }

    /// The `Cookie` header this learner sends to its (first) server: their session.
    pub fn cookie(&self) -> Option<String> {
        use reqwest::cookie::CookieStore;
        let url = self.bases.first()?.parse().ok()?;
        let value = self.jar.cookies(&url)?;
        value.to_str().ok().map(str::to_owned)
    }

    /// Sends the request `make` builds for a base: to the next server in turn, and to the
    /// one after it if that one refuses the connection (it is down). A `GET` whose kept-alive
    /// connection the dead server dropped (reset or closed, not a timeout) goes on to the
    /// next server too, as nginx's `proxy_next_upstream error` does for requests that are
    /// safe to repeat; a form post is never sent twice.
    async fn send(
        &mut self,
        make: impl Fn(&str) -> reqwest::RequestBuilder,
    ) -> Result<reqwest::Response, Failure> {
        self.requests += 1;
        let n = self.bases.len().max(1);
        let first = self.requests % n;
        let mut last = Failure::Connect;
        for k in 0..n {
            let base = &self.bases[(first + k) % n];
            let request = make(base).build().map_err(|e| failure(&e))?;
            let repeatable = request.method() == reqwest::Method::GET;
            match self.client.execute(request).await {
                Ok(r) => return Ok(r),
                Err(e) if e.is_connect() => last = Failure::Connect,
                Err(e) if repeatable && !e.is_timeout() => last = Failure::Transport,
                Err(e) => return Err(failure(&e)),
            }
        }
        Err(last)
    }

    /// A Location or link without this learner's server address in front.
    fn local<'a>(&self, url: &'a str) -> &'a str {
        self.bases
            .iter()
            .find_map(|b| url.strip_prefix(b.as_str()))
            .unwrap_or(url)
    }

    /// `GET path`: the page's text, if it answered 200.
    pub async fn get(&mut self, path: &str) -> Result<String, Failure> {
        let client = self.client.clone();
        let r = self
            .send(|base| client.get(format!("{base}{path}")))
            .await?;
        if r.status() != StatusCode::OK {
            return Err(Failure::Status(r.status().as_u16()));
        }
        r.text().await.map_err(|e| failure(&e))
    }

    /// `GET path`: its status and text, whatever the status.
    #[cfg(test)]
    pub async fn get_any(&mut self, path: &str) -> Result<(u16, String), Failure> {
        let client = self.client.clone();
        let r = self
            .send(|base| client.get(format!("{base}{path}")))
            .await?;
        let status = r.status().as_u16();
        Ok((status, r.text().await.map_err(|e| failure(&e))?))
    }

    /// A form post answered 303, then the page it leads to.
    async fn post(&mut self, path: &str, body: Vec<u8>, kind: &str) -> Result<String, Failure> {
        let client = self.client.clone();
        let r = self
            .send(|base| {
                client
                    .post(format!("{base}{path}"))
                    .header(header::CONTENT_TYPE, kind)
                    .body(body.clone())
            })
            .await?;
        if r.status() != StatusCode::SEE_OTHER {
            return Err(Failure::Status(r.status().as_u16()));
        }
        let next = r
            .headers()
            .get(header::LOCATION)
            .and_then(|l| l.to_str().ok())
            .ok_or(Failure::Page("a Location"))?
            .to_owned();
        // Drain the (empty) body so the connection is reused.
        let _ = r.bytes().await;
        let path = self.local(&next).to_owned();
        self.get(&path).await
    }

    pub async fn post_form(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
    ) -> Result<String, Failure> {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        self.post(path, body.into_bytes(), "application/x-www-form-urlencoded")
            .await
    }

    pub async fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
    ) -> Result<String, Failure> {
        const BOUNDARY: &str = "----demoborgerLoad";
        let mut body = String::new();
        for (k, v) in fields {
            body.push_str(&format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
            ));
        }
        body.push_str(&format!("--{BOUNDARY}--\r\n"));
        let kind = format!("multipart/form-data; boundary={BOUNDARY}");
        self.post(path, body.into_bytes(), &kind).await
    }
}

/// Percent-encodes a form value.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".to_owned(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The journey's steps, in order.
pub const STEPS: [&str; 11] = [
    "start",
    "read key card",
    "log in: password",
    "log in: key",
    "open inbox",
    "read a letter",
    "create folder",
    "move letter",
    "write to authority",
    "log off",
    "end world",
];

/// What the learner carries from step to step.
#[derive(Default)]
pub struct Journey {
    credentials: Option<(String, String)>,
    card: Vec<(String, String)>,
    asked: Option<String>,
    letter: Option<String>,
}

impl Journey {
    /// Runs step `n` of [`STEPS`]; returns how long it took.
    pub async fn step(&mut self, l: &mut Learner, n: usize) -> Result<Duration, Failure> {
        let started = Instant::now();
        match n {
            0 => {
                let world = l.post_form("/ovelse/start", &[]).await?;
                self.credentials = Some(
                    page::credentials(&world, "Karen Jensen")
                        .ok_or(Failure::Page("credentials"))?,
                );
            }
            1 => {
                self.card = page::key_card(&l.get("/ovelse/person/karen/noeglekort").await?);
                if self.card.is_empty() {
                    return Err(Failure::Page("a key card"));
                }
            }
            2 => {
                let (user, password) = self
                    .credentials
                    .clone()
                    .ok_or(Failure::Page("credentials"))?;
                let key_step = l
                    .post_form(
                        "/log-paa",
                        &[
                            ("trin", "adgangskode"),
                            ("bruger_id", &user),
                            ("adgangskode", &password),
                        ],
                    )
                    .await?;
                self.asked = page::asked_key_number(&key_step);
            }
            3 => {
                let asked = self.asked.clone().ok_or(Failure::Page("a key number"))?;
                let key = self
                    .card
                    .iter()
                    .find(|(number, _)| *number == asked)
                    .map(|(_, key)| key.clone())
                    .ok_or(Failure::Page("the asked key on the card"))?;
                l.post_form("/log-paa", &[("trin", "noegle"), ("noegle", &key)])
                    .await?;
            }
            4 => {
                let inbox = l.get("/post").await?;
                self.letter = page::letters(&inbox).into_iter().next();
            }
            5 => {
                let letter = self.letter.clone().ok_or(Failure::Page("a letter"))?;
                l.post_form("/post", &[("aabn", &letter)]).await?;
            }
            6 => {
                l.post_form("/post", &[("handling", "opret-mappe"), ("navn", "Sundhed")])
                    .await?;
            }
            7 => {
                let letter = self.letter.clone().ok_or(Failure::Page("a letter"))?;
                l.post_form(
                    &format!("/post/brev/{letter}"),
                    &[("handling", "flyt"), ("brev", &letter), ("til", "0")],
                )
                .await?;
            }
            8 => {
                l.get("/post/skriv?til=skattestyrelsen").await?;
                l.post_multipart(
                    "/post/skriv",
                    &[
                        ("til", "skattestyrelsen"),
                        ("emne", "Spørgsmål om fradrag"),
                        ("besked", "Kan jeg få fradrag for kørsel til hospitalet?"),
                    ],
                )
                .await?;
            }
            9 => {
                l.post_form("/log-af", &[]).await?;
            }
            _ => {
                l.post_form("/ovelse/afslut", &[]).await?;
            }
        }
        Ok(started.elapsed())
    }
}
