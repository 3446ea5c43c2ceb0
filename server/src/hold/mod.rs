//! The posts of holds: "Opret hold", "Deltag", the next exercise of the plan, and the
//! board's actions ("Vis hint", "Nulstil", "Send brev", "Spol tiden frem", "Afslut hold").
//! Each is a plain form answered with a redirect (or the form again with its refusal next
//! to the field). Only the board key reaches the board: a wrong one is 404.

mod board;
pub mod material;

pub use board::{board, expire};

use crate::AppState;
use crate::errors::error_response;
use crate::forms::{client_ip, retry_after};
use crate::forms::{see_other, show_again, unix_now};
use crate::session::set_cookie;
use app::class::data::{hold_cookie_name, seat_world, seat_world_for, teacher_cookie_name};
use app::class::form::{CreateForm, JoinForm};
use app::paths;
use app::session::{BoardKey, Seated, SessionId, SessionLookup};
use app::world::FormFeedback;
use axum::Extension;
use axum::extract::{ConnectInfo, State};
use axum::response::Response;
use domain::class::{Class, ClassField, ClassRefusal, Joined};
use http::header::SET_COOKIE;
use http::{HeaderValue, StatusCode};
use std::net::SocketAddr;
use std::time::Instant;

fn field_name(f: ClassField) -> &'static str {
    match f {
        ClassField::Code => "kode",
        ClassField::Name => "navn",
        ClassField::HoldName => "navn",
        ClassField::Cards => "kort",
        ClassField::Exercises => "ovelse",
    }
}

async fn refused(
    state: &AppState,
    lookup: SessionLookup,
    page: &str,
    refusal: ClassRefusal,
    fields: Vec<(String, String)>,
) -> Response {
    let feedback = FormFeedback {
        errors: vec![refusal.to_string()],
        field: refusal.field().map(field_name),
        fields,
    };
    show_again(state, lookup, page, feedback).await
}

pub(crate) fn cookie(name: &str, value: &str, path: &str, https: bool) -> HeaderValue {
    let secure = if https { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path={path}; HttpOnly; SameSite=Lax{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// "Opret hold": a new hold and its board; the teacher's browser keeps the board key.
pub async fn create(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    connect: Option<Extension<ConnectInfo<SocketAddr>>>,
    body: axum::body::Bytes,
) -> Response {
    let Some(form) = CreateForm::parse(&body) else {
        return error_response(StatusCode::BAD_REQUEST);
    };
    let plan = match form.plan(&state.scenario) {
        Ok(p) => p,
        Err(r) => {
            let kept = app::forms::kept_fields(&body, &[]);
            return refused(&state, lookup, paths::TEACHER, r, kept).await;
        }
    };
    // A hold is a start like a world's (it will make up to 40).
    let ip = client_ip(connect);
    if let Err(wait) = state.limiter.check(&ip, Instant::now()) {
        return retry_after(StatusCode::TOO_MANY_REQUESTS, wait);
    }
    let mut class = Class::new(
        plan,
        crate::classes::new_code(),
        crate::forms::seed(),
        unix_now(),
    );
    class.capacity = state.config.hold_capacity;
    let key = match state.classes.create(class, ip) {
        Ok(key) => key,
        Err(r) => {
            let kept = app::forms::kept_fields(&body, &[]);
            return refused(&state, lookup, paths::TEACHER, r, kept).await;
        }
    };
    tracing::info!(holds = state.classes.len(), "hold created");
    let mut r = see_other(&paths::board(key.as_str()));
    r.headers_mut().insert(
        SET_COOKIE,
        cookie(
            teacher_cookie_name(state.config.https),
            key.as_str(),
            "/",
            state.config.https,
        ),
    );
    r
}

/// "Deltag": the learner's own world in the hold (or their world again, joining with the
/// same name from another browser), then the world's front page.
pub async fn join(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    connect: Option<Extension<ConnectInfo<SocketAddr>>>,
    body: axum::body::Bytes,
) -> Response {
    let Some(form) = JoinForm::parse(&body) else {
        return error_response(StatusCode::BAD_REQUEST);
    };
    let kept = form.kept();
    let found = form.code().and_then(|code| state.classes.find(&code));
    let key = match found {
        Ok(key) => key,
        Err(r) => {
            // Guessing codes costs starts: a class joining with the right one never waits.
            if r == ClassRefusal::CodeUnknown
                && let Err(wait) = state.limiter.check(&client_ip(connect), Instant::now())
            {
                return retry_after(StatusCode::TOO_MANY_REQUESTS, wait);
            }
            return refused(&state, lookup, paths::JOIN, r, kept).await;
        }
    };
    let name = match form.name() {
        Ok(n) => n,
        Err(r) => return refused(&state, lookup, paths::JOIN, r, kept).await,
    };
    let mut outcome = Err(ClassRefusal::CodeUnknown);
    let mut class = None;
    let from = match &lookup {
        SessionLookup::Live(id) => Some(id.world_ref()),
        _ => None,
    };
    state.classes.with_class(&key, &mut |c| {
        outcome = c.join(name.clone(), from);
        class = Some(c.clone());
    });
    let (Ok(joined), Some(class)) = (outcome, class) else {
        let r = outcome.err().unwrap_or(ClassRefusal::CodeUnknown);
        return refused(&state, lookup, paths::JOIN, r, kept).await;
    };
    let seat = match joined {
        Joined::New(seat) | Joined::Again(seat) => seat,
    };
    let now = Instant::now();
    // The same learner again: their world, if it is still there.
    let seated = class
        .member(seat)
        .and_then(|m| m.world)
        .map(SessionId::from_world_ref);
    let existing = seated.filter(|id| state.store.time_left(id, now).is_some());
    let id = match existing {
        Some(id) => id,
        None => match start_seat(&state, &class, &key, seat, seated) {
            Ok(id) => id,
            Err(Some(r)) => return refused(&state, lookup, paths::JOIN, r, kept).await,
            Err(None) => return error_response(StatusCode::SERVICE_UNAVAILABLE),
        },
    };
    tracing::info!(seat, "learner joined a hold");
    let mut r = see_other(paths::WORLD);
    let https = state.config.https;
    r.headers_mut().append(SET_COOKIE, set_cookie(&id, https));
    r.headers_mut().append(
        SET_COOKIE,
        cookie(hold_cookie_name(https), class.code.as_str(), "/", https),
    );
    r
}

/// A new world for `seat` (its exercise of the plan), kept alive while the hold lives, in
/// place of the seat's world `expected` (gone, or `None` for none). The world of another
/// browser that seated first is the learner's; a refusal if the hold ended meanwhile;
/// `Err(None)` if no world could be made (the store is full).
fn start_seat(
    state: &AppState,
    class: &Class,
    key: &BoardKey,
    seat: u16,
    expected: Option<SessionId>,
) -> Result<SessionId, Option<ClassRefusal>> {
    let world = match seat_world(state.scenario.clone(), class, seat, unix_now()) {
        Ok(w) => w,
        Err(e) => {
            tracing::error!(error = %e, "a hold's exercise setup failed");
            return Err(None);
        }
    };
    let now = Instant::now();
    let id = state.store.create(world, now).map_err(|_| None)?;
    state.store.pin(&id, now);
    match state.classes.seat_world(key, seat, &id, expected) {
        Seated::Done => Ok(id),
        Seated::Taken(first) => {
            state.store.delete(&id);
            Ok(first)
        }
        Seated::Ended => {
            // No world outside its hold.
            state.store.delete(&id);
            Err(Some(ClassRefusal::Ended))
        }
    }
}

/// Puts the seat's world back to the start of the exercise it runs (the plan's, or one
/// the learner chose from the catalogue), under the same session id (the learner's browser
/// keeps working). `false` if the learner's world is gone.
pub(crate) fn restart_seat(state: &AppState, class: &Class, seat: u16) -> bool {
    let Some(world) = class.member(seat).and_then(|m| m.world) else {
        return false;
    };
    let mut running = None;
    state.store.read(
        &SessionId::from_world_ref(world),
        Instant::now(),
        &mut |w| running = w.progress().map(|(_, p)| p.exercise),
    );
    restart_seat_with(state, class, seat, running.or(class.exercise_of(seat)))
}

/// Puts the seat's world at the start of `exercise` (`None`: free practice).
fn restart_seat_with(state: &AppState, class: &Class, seat: u16, exercise: Option<usize>) -> bool {
    let Some(id) = class.member(seat).and_then(|m| m.world) else {
        return false;
    };
    let Ok(world) = seat_world_for(state.scenario.clone(), class, seat, exercise, unix_now())
    else {
        return false;
    };
    state
        .store
        .save(&SessionId::from_world_ref(id), world, Instant::now())
}

/// "Næste øvelse i holdet": the learner's world starts the plan's next exercise.
pub async fn next(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
) -> Response {
    let SessionLookup::Live(id) = lookup else {
        return see_other(paths::WORLD);
    };
    let Some((key, seat)) = state.classes.member_of(&id) else {
        return see_other(paths::EXERCISE_DONE);
    };
    // Only a finished exercise of the plan moves on (a second press, or an old page, must
    // not skip one).
    let mut running = None;
    state.store.read(&id, Instant::now(), &mut |w| {
        running = w.progress().map(|(_, p)| (p.exercise, p.finished()));
    });
    let mut class = None;
    state.classes.with_class(&key, &mut |c| {
        if let Some((exercise, true)) = running
            && c.exercise_of(seat) == Some(exercise)
            && c.next_part(seat).is_some()
        {
            class = Some(c.clone());
        }
    });
    let Some(class) = class else {
        return see_other(paths::EXERCISE_DONE);
    };
    if restart_seat_with(&state, &class, seat, class.exercise_of(seat)) {
        return see_other(paths::WORLD);
    }
    // The world is gone: the learner stays at the part they were at.
    state.classes.with_class(&key, &mut |c| {
        if let Some(m) = c.member_mut(seat) {
            m.part = m.part.saturating_sub(1);
        }
    });
    see_other(paths::EXERCISE_DONE)
}

/// A partner joined the world of `first` ("Øv sammen") as `partner`, leaving her own world
/// `own` (if she had one). Two learners of one hold become a pair on its board: her seat
/// now reads the shared world. A world of her own outside any hold is ended (her browser no
/// longer reaches it).
pub fn partner_joined(
    state: &AppState,
    own: Option<SessionId>,
    first: &SessionId,
    partner: &SessionId,
) {
    let Some(own) = own else { return };
    let hers = state.classes.member_of(&own);
    let theirs = state.classes.member_of(first);
    match (hers, theirs) {
        (Some((key, seat)), Some((first_key, first_seat))) if key == first_key => {
            if state.classes.seat_world(&key, seat, partner, Some(own)) == Seated::Done {
                state.store.delete(&own);
            }
            state
                .classes
                .with_class(&key, &mut |c| c.pair_seats(seat, first_seat));
        }
        (None, _) => {
            state.store.delete(&own);
        }
        _ => {}
    }
}

/// `Set-Cookie` that forgets the hold this browser joined.
pub fn clear_hold_cookie(https: bool) -> HeaderValue {
    cookie(hold_cookie_name(https), "", "/; Max-Age=0", https)
}

/// "Nulstil øvelse" by a hold's learner: their exercise from the start, same seat and
/// session. `false` if `id` is no hold's learner (then the world is replaced as usual).
pub fn restart_member(state: &AppState, id: &SessionId) -> bool {
    let Some((key, seat)) = state.classes.member_of(id) else {
        return false;
    };
    let mut class = None;
    state
        .classes
        .with_class(&key, &mut |c| class = Some(c.clone()));
    class.is_some_and(|c| restart_seat(state, &c, seat))
}

/// A hold's learner started another exercise from the catalogue: their new world keeps the
/// seat, the hold's name and the hold's lifetime.
pub fn moved(state: &AppState, old: &SessionId, new: &SessionId) {
    let Some((key, _)) = state.classes.member_of(old) else {
        return;
    };
    let mut name = None;
    state
        .classes
        .with_class(&key, &mut |c| name = Some(c.label.clone()));
    if !state.classes.rekey(old, new) {
        return;
    }
    let now = Instant::now();
    state.store.pin(new, now);
    if let Some(name) = name {
        state
            .store
            .update(new, now, &mut |w| w.join_hold(name.clone()));
    }
}
