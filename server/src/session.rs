//! The session cookie, and the middleware that resolves it to a live world before any
//! page renders (cookies cannot be set once a page streams).

use crate::AppState;
use crate::redirect::see_other;
use app::session::{SessionId, SessionLookup};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::HeaderValue;
use http::header::COOKIE;
use std::time::Instant;

const PLAIN_NAME: &str = "demoborger";
/// Over HTTPS the `__Host-` prefix makes the browser refuse the cookie unless it is
/// `Secure`, has `Path=/` and no `Domain`.
const HTTPS_NAME: &str = "__Host-demoborger";

pub fn cookie_name(https: bool) -> &'static str {
    if https { HTTPS_NAME } else { PLAIN_NAME }
}

/// `Set-Cookie` for a session: no `Max-Age`, so it ends with the browser session.
pub fn set_cookie(id: &SessionId, https: bool) -> HeaderValue {
    cookie(&id.to_hex(), "", https)
}

/// `Set-Cookie` that removes the session cookie.
pub fn clear_cookie(https: bool) -> HeaderValue {
    cookie("", "; Max-Age=0", https)
}

fn cookie(value: &str, extra: &str, https: bool) -> HeaderValue {
    let secure = if https { "; Secure" } else { "" };
    let text = format!(
        "{}={value}; Path=/; HttpOnly; SameSite=Lax{extra}{secure}",
        cookie_name(https)
    );
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// `Set-Cookie` for "Husk bruger-id": the bruger-id, or (None) forgetting it.
pub fn remember_cookie(user_id: Option<&str>, https: bool) -> HeaderValue {
    let name = app::session::remember_cookie_name(https);
    let secure = if https { "; Secure" } else { "" };
    let text = match user_id {
        Some(id) => format!("{name}={id}; Path=/; HttpOnly; SameSite=Lax{secure}"),
        None => format!("{name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}"),
    };
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The session id the request's cookies carry, if any well-formed one.
fn cookie_value(request: &Request, https: bool) -> Option<Result<SessionId, ()>> {
    let name = cookie_name(https);
    let mut found = None;
    for header in request.headers().get_all(COOKIE) {
        let Ok(text) = header.to_str() else { continue };
        for pair in text.split(';') {
            if let Some((k, v)) = pair.trim().split_once('=')
                && k == name
            {
                found = Some(SessionId::parse(v).ok_or(()));
            }
        }
    }
    found
}

/// A page's styles, scripts, fonts and icon, and the health check: not the learner's clicks
/// (they neither count against a world's rate nor keep it alive).
pub fn is_static(path: &str) -> bool {
    path.starts_with("/pkg/")
        || path.starts_with("/dkfds/")
        || path == "/favicon.svg"
        || path == "/health"
}

/// Puts a [`SessionLookup`] in the request extensions. Creates nothing: an unknown id is
/// reported as such and never adopted. Every page and form counts as the learner's
/// activity; a page's files do not, nor does the warning before an unused world ends (a
/// forgotten tab opens it by itself, and then its stylesheet).
pub async fn resolve(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let activity =
        path != app::paths::ENDING_SOON && path != app::paths::VERSION && !is_static(path);
    let now = Instant::now();
    let mut lookup = match cookie_value(&request, state.config.https) {
        None => SessionLookup::None,
        Some(Err(())) => SessionLookup::Unknown,
        Some(Ok(id)) if activity && state.store.touch(&id, now) => SessionLookup::Live(id),
        Some(Ok(id)) if !activity && state.store.time_left(&id, now).is_some() => {
            SessionLookup::Live(id)
        }
        Some(Ok(_)) => SessionLookup::Unknown,
    };
    if lookup != SessionLookup::None
        && !matches!(lookup, SessionLookup::Live(_))
        && request.method() == http::Method::GET
        && is_learner_page(path)
        && hold_has_ended(&state, &request)
    {
        return see_other(app::paths::HOLD_ENDED);
    }
    // A paired phone, on its phone's addresses only: the world it belongs to, marked as
    // that persona's phone (it has no cookie for the world itself).
    if lookup == SessionLookup::None
        && path.starts_with("/telefon/")
        && let Some((world, persona)) = app::mitid::pairing::phone_cookie(request.headers())
            .and_then(|id| state.phones.lookup(&id))
        && state.store.touch(&world, now)
    {
        lookup = SessionLookup::Live(world);
        request
            .extensions_mut()
            .insert(app::mitid::pairing::PairedPhone(persona));
    }
    request.extensions_mut().insert(lookup);
    next.run(request).await
}

/// The pages of a learner's world (not the catalogue, the landing page or the hold pages).
fn is_learner_page(path: &str) -> bool {
    [
        "/ovelse",
        "/post",
        "/log-paa",
        "/min-side",
        "/fuldmagt",
        "/selvbetjening",
    ]
    .iter()
    .any(|p| path == *p || path.starts_with(&format!("{p}/")))
}

/// Whether this browser joined a hold that its teacher has ended since.
fn hold_has_ended(state: &AppState, request: &Request) -> bool {
    app::class::data::hold_cookie(request.headers())
        .and_then(|code| domain::class::HoldCode::parse(&code))
        .is_some_and(|code| state.classes.has_ended(&code))
}

/// A request from a learner logged in to a live world: what every form of the simulated
/// services needs. A handler that takes it never runs for anyone else — a learner who is
/// logged out, or whose world is gone, is sent to "Log på" (303) instead.
#[derive(Debug, Clone)]
pub struct LiveSession {
    pub id: SessionId,
    /// The persona logged in.
    pub persona: domain::PersonaId,
    /// Whose mailbox that persona has open (their own, or one shared with them).
    pub mailbox: domain::PersonaId,
}

impl LiveSession {
    /// The lookup the page renderer takes, for showing a refused form again.
    pub fn lookup(&self) -> SessionLookup {
        SessionLookup::Live(self.id)
    }
}

impl axum::extract::FromRequestParts<AppState> for LiveSession {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let to_login = || see_other(app::paths::LOG_IN);
        let Some(SessionLookup::Live(id)) = parts.extensions.get::<SessionLookup>().cloned() else {
            return Err(to_login());
        };
        let mut who = None;
        state.store.read(&id, Instant::now(), &mut |world| {
            who = world.logged_in().map(|p| {
                let persona = p.id.clone();
                let mailbox = world.open_mailbox().unwrap_or_else(|| persona.clone());
                (persona, mailbox)
            });
        });
        let (persona, mailbox) = who.ok_or_else(to_login)?;
        Ok(Self {
            id,
            persona,
            mailbox,
        })
    }
}

/// A request from a browser with a live world, logged in or not: what the login's steps
/// and the guide's buttons need. Anyone else is sent to "Log på" (303).
#[derive(Debug, Clone)]
pub struct WorldSession {
    pub id: SessionId,
}

impl WorldSession {
    pub fn lookup(&self) -> SessionLookup {
        SessionLookup::Live(self.id)
    }
}

impl axum::extract::FromRequestParts<AppState> for WorldSession {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut http::request::Parts,
        _state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match parts.extensions.get::<SessionLookup>() {
            Some(SessionLookup::Live(id)) => Ok(Self { id: *id }),
            _ => Err(see_other(app::paths::LOG_IN)),
        }
    }
}
