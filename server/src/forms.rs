//! Helpers every form post handler shares: the clock, bounded input, redirects, and
//! showing a refused form again.

use crate::AppState;
pub use crate::redirect::see_other;
use crate::session::set_cookie;
use app::forms::{PageForm, Plan};
use app::session::{SessionId, SessionLookup};
use app::world::FormFeedback;
use axum::body::Body;
use axum::response::Response;
use domain::{Event, Refusal, Timestamp};
use http::header::SET_COOKIE;
use http::{Request, StatusCode};
use leptos::prelude::provide_context;

pub use app::forms::bounded;

/// The real clock (the domain gets `now` passed in).
pub fn unix_now() -> Timestamp {
    app::clock::now()
}

/// Runs `command` on the world of session `id`, at once and atomically. `None` when the
/// world is gone (expired or ended).
pub fn run(
    state: &AppState,
    id: &app::session::SessionId,
    command: &domain::Command,
) -> Option<Result<Vec<domain::Event>, domain::Refusal>> {
    let mut outcome = None;
    let live = state.store.update(id, std::time::Instant::now(), &mut |w| {
        outcome = Some(w.handle(command, unix_now()))
    });
    outcome.filter(|_| live)
}

/// Renders the page at `path` again with `feedback`, as the answer to a refused post. The
/// post went to that same address, so the browser's router knows it when it hydrates.
pub async fn show_again(
    state: &AppState,
    lookup: SessionLookup,
    path: &str,
    feedback: FormFeedback,
) -> Response {
    show_again_with(state, lookup, path, feedback, |_| {}).await
}

/// [`show_again`], with `extend` adding to the request what the original one carried
/// besides the session (a paired phone's mark).
pub async fn show_again_with(
    state: &AppState,
    lookup: SessionLookup,
    path: &str,
    feedback: FormFeedback,
    extend: impl FnOnce(&mut http::Extensions),
) -> Response {
    // The same renderer as every page (`pages.rs`): its <title>, one body with its length.
    let mut request = Request::get(path).body(Body::empty()).unwrap_or_default();
    request.extensions_mut().insert(lookup);
    extend(request.extensions_mut());
    let (parts, _) = request.into_parts();
    crate::pages::render(state, parts, move || provide_context(feedback)).await
}

/// Runs a page's [`Plan`] on the session's world — the one write path of every typed form:
/// 303 to the next page on success (POST → redirect → GET); on refusal, the page at `page`
/// again with the message next to its field (`field_of`) and the kept input (never
/// secrets). The extractor in front (`LiveSession` for the simulated services,
/// `WorldSession` for the login) has already sent anyone without a world to "Log på".
/// Two answers hold for every form: a login gets a new session id (as a real login would),
/// and a NemID that is spærret shows its page.
pub async fn submit(
    state: &AppState,
    id: &SessionId,
    page: &str,
    plan: Plan,
    kept: Vec<(String, String)>,
    field_of: impl Fn(&Refusal) -> Option<&'static str>,
) -> Response {
    let refusal = match run_plan(state, id, plan) {
        Ok(response) => return response,
        Err(refusal) => refusal,
    };
    let feedback = FormFeedback {
        errors: refusal.messages(),
        field: field_of(&refusal),
        fields: kept,
    };
    show_again(state, SessionLookup::Live(*id), page, feedback).await
}

/// Runs `plan` on the world of session `id`: the redirect to answer with, or the refusal
/// to show on the form's page. A world that is gone (or a learner logged out meanwhile)
/// goes to "Log på", a NemID that became spærret to its page.
pub fn run_plan(state: &AppState, id: &SessionId, plan: Plan) -> Result<Response, Refusal> {
    match plan {
        Plan::Go(to) => Ok(see_other(&to)),
        Plan::Refuse(refusal) => Err(refusal),
        Plan::Run { command, then } => match run(state, id, &command) {
            None | Some(Err(Refusal::NotLoggedIn)) => Ok(see_other(app::paths::LOG_IN)),
            Some(Err(Refusal::Locked { persona })) => {
                Ok(see_other(&app::paths::locked(persona.as_str())))
            }
            Some(Ok(events)) => Ok(succeeded(state, id, &then(&events), &events)),
            Some(Err(refusal)) => Err(refusal),
        },
    }
}

/// 303 to `to`; with a new session id when the command logged someone in.
fn succeeded(state: &AppState, id: &SessionId, to: &str, events: &[Event]) -> Response {
    if !events.iter().any(|e| matches!(e, Event::LoggedIn { .. })) {
        return see_other(to);
    }
    let Some(new_id) = state.store.rotate(id, std::time::Instant::now()) else {
        return see_other(app::paths::LOG_IN);
    };
    // A hold's learner keeps their seat on the board.
    let _ = state.classes.rekey(id, &new_id);
    state.pairs.rekey(id, &new_id);
    state.phones.rekey(id, &new_id);
    let mut r = see_other(to);
    r.headers_mut()
        .insert(SET_COOKIE, set_cookie(&new_id, state.config.https));
    r
}

/// Parses a page's typed form from `body` and runs the plan `plan` makes of it through
/// [`submit`]; a body no page of ours sends is answered 400 and does nothing.
pub async fn submit_form<F: PageForm>(
    state: &AppState,
    id: &SessionId,
    page: &str,
    body: &[u8],
    plan: impl FnOnce(&F) -> Plan,
) -> Response {
    let Some(form) = F::parse(body) else {
        return crate::errors::error_response(StatusCode::BAD_REQUEST);
    };
    let plan = plan(&form);
    let kept = form.kept(body);
    submit(state, id, page, plan, kept, |r| form.field_of(r)).await
}

/// 429 (too many starts from one address) or 503 (every world slot taken), with when to
/// try again.
pub fn retry_after(status: StatusCode, wait: std::time::Duration) -> Response {
    use crate::telemetry::{Rejected, rejected};
    rejected(if status == StatusCode::TOO_MANY_REQUESTS {
        Rejected::StartRate
    } else {
        Rejected::WorldsFull
    });
    let mut response = crate::errors::error_response(status);
    response.headers_mut().insert(
        http::header::RETRY_AFTER,
        http::HeaderValue::from(wait.as_secs().max(1)),
    );
    response
}

pub fn seed() -> u64 {
    let mut seed = [0u8; 8];
    // Seeds only make worlds differ; a failure here costs variety, not safety.
    let _ = getrandom::fill(&mut seed);
    u64::from_le_bytes(seed)
}

/// The client's address (for the per-address limits); unspecified in tests without one.
pub fn client_ip(
    connect: Option<axum::Extension<axum::extract::ConnectInfo<std::net::SocketAddr>>>,
) -> std::net::IpAddr {
    connect.map_or(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED), |c| {
        c.0.0.ip()
    })
}
