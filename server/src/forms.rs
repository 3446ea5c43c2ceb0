//! Helpers every form post handler shares: the clock, bounded input, redirects, and
//! showing a refused form again.

use crate::AppState;
use crate::session::LiveSession;
use app::forms::{PageForm, Plan};
use app::session::{SessionLookup, Store};
use app::world::FormFeedback;
use axum::body::Body;
use axum::response::{IntoResponse, Response};
use domain::Timestamp;
use http::header::LOCATION;
use http::{HeaderValue, Request, StatusCode};
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

/// Whose mailbox the session's logged-in persona has open (`None`: nobody logged in).
pub fn open_mailbox(state: &AppState, id: &app::session::SessionId) -> Option<domain::PersonaId> {
    state
        .store
        .load(id, std::time::Instant::now())
        .and_then(|w| w.open_mailbox())
}

pub fn see_other(to: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        r.headers_mut().insert(LOCATION, v);
    }
    r
}

/// Renders the page at `path` again with `feedback`, as the answer to a refused post. The
/// post went to that same address, so the browser's router knows it when it hydrates.
pub async fn show_again(
    state: &AppState,
    lookup: SessionLookup,
    path: &str,
    feedback: FormFeedback,
) -> Response {
    let store = Store(state.store.clone());
    let scenario = state.scenario.clone();
    let options = state.leptos.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(store.clone());
            provide_context(scenario.clone());
            provide_context(feedback.clone());
        },
        move || app::shell(options.clone()),
    );
    let mut request = Request::get(path).body(Body::empty()).unwrap_or_default();
    request.extensions_mut().insert(lookup);
    render(request).await
}

/// Runs a page's [`Plan`] on the session's world — the one write path of every typed form:
/// 303 to the next page on success (POST → redirect → GET); on refusal, the page at `page`
/// again with the message next to its field (`field_of`) and the kept input (never secrets).
/// Only a [`LiveSession`] gets here: a learner who is not logged in (or whose world is
/// gone) was sent to the login by the extractor.
pub async fn submit(
    state: &AppState,
    live: &LiveSession,
    page: &str,
    plan: Plan,
    kept: Vec<(String, String)>,
    field_of: impl Fn(&domain::Refusal) -> Option<&'static str>,
) -> Response {
    let refusal = match plan {
        Plan::Go(to) => return see_other(&to),
        Plan::Refuse(refusal) => refusal,
        Plan::Run { command, then } => match run(state, &live.id, &command) {
            None | Some(Err(domain::Refusal::NotLoggedIn)) => {
                return see_other(app::paths::LOG_IN);
            }
            Some(Ok(events)) => return see_other(&then(&events)),
            Some(Err(refusal)) => refusal,
        },
    };
    let feedback = FormFeedback {
        errors: vec![refusal.to_string()],
        field: field_of(&refusal),
        fields: kept,
        ..Default::default()
    };
    show_again(state, live.lookup(), page, feedback).await
}

/// Parses a page's typed form from `body` and runs the plan `plan` makes of it through
/// [`submit`]; a body no page of ours sends is answered 400 and does nothing.
pub async fn submit_form<F: PageForm>(
    state: &AppState,
    live: &LiveSession,
    page: &str,
    body: &[u8],
    plan: impl FnOnce(&F) -> Plan,
) -> Response {
    let Some(form) = F::parse(body) else {
        return crate::errors::error_response(StatusCode::BAD_REQUEST);
    };
    let plan = plan(&form);
    let kept = form.kept(body);
    submit(state, live, page, plan, kept, |r| form.field_of(r)).await
}
