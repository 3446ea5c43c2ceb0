//! The hold pages' read models (server side): the teacher's board computed from the
//! learners' worlds, the choices of "Opret hold" and "Send brev", the printed cards and
//! certificates. Each reads the hold directory and the world store from the context.

use crate::error::AppError;
use crate::session::{BoardKey, Classes, SessionId, Store};
use crate::text::class::board as t;
use domain::class::{BoardRow, Class, Stuck};
use domain::{Scenario, World};
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Instant;

/// The teacher's cookie: the board key of the hold they run.
pub fn teacher_cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-demoborger-underviser"
    } else {
        "demoborger-underviser"
    }
}

/// The learner's cookie: the Holdkode of the hold they joined (for "Holdet er afsluttet").
pub fn hold_cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-demoborger-hold"
    } else {
        "demoborger-hold"
    }
}

/// The Holdkode this browser's hold cookie carries, if any (`headers` of a request).
pub fn hold_cookie(headers: &http::HeaderMap) -> Option<String> {
    crate::session::cookie_in(headers, &[hold_cookie_name(false), hold_cookie_name(true)])
}

/// One learner's row, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowView {
    pub seat: u16,
    pub name: String,
    pub two_devices: bool,
    pub exercise: String,
    pub step: String,
    pub hints: String,
    pub last: String,
    /// `Some(reason)` when "Sidder fast".
    pub stuck: Option<&'static str>,
    pub done: bool,
    /// The learner's world is gone (they pressed "Afslut øvelse").
    pub gone: bool,
    pub can_hint: bool,
    /// The learner this one practises with in one world.
    pub partner: Option<String>,
    /// The safety drills' outcomes ("Fidus: Klaret"), if any.
    pub drills: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoardView {
    pub key: String,
    pub name: String,
    pub code: String,
    pub rows: Vec<RowView>,
}

fn stuck_text(s: Stuck) -> &'static str {
    match s {
        Stuck::Locked => t::STUCK_LOCKED,
        Stuck::Refusals => t::STUCK_REFUSALS,
        Stuck::NoProgress => t::STUCK_NO_PROGRESS,
    }
}

fn exercise_title(s: &Scenario, index: usize, lang: &str) -> String {
    s.exercises
        .get(index)
        .and_then(|ex| ex.text.get(lang).or_else(|| ex.text.get("da")))
        .map(|t| t.title.clone())
        .unwrap_or_default()
}

fn row_view(s: &Scenario, lang: &str, r: BoardRow) -> RowView {
    let gone = r.status.is_none();
    let status = r.status.clone();
    let exercise = match status.as_ref().and_then(|st| st.exercise) {
        Some(i) if r.parts > 1 => format!(
            "{} ({})",
            exercise_title(s, i, lang),
            t::part(r.part, r.parts)
        ),
        Some(i) => exercise_title(s, i, lang),
        None => t::FREE.to_owned(),
    };
    let step = match &status {
        Some(st) if st.exercise.is_some() && st.finished => t::DONE.to_owned(),
        Some(st) if st.exercise.is_some() => t::step((st.step + 1).min(st.steps), st.steps),
        _ => "–".to_owned(),
    };
    RowView {
        seat: r.seat,
        name: r.name.clone(),
        two_devices: r.devices > 1,
        exercise,
        step,
        hints: status
            .as_ref()
            .map_or_else(String::new, |s| s.hints.to_string()),
        last: status
            .as_ref()
            .map_or_else(String::new, |s| t::idle(s.idle_secs)),
        stuck: r.stuck().map(stuck_text),
        done: r.done,
        gone,
        partner: r.partner.clone(),
        drills: status
            .as_ref()
            .and_then(|s| t::drills(s.drills.0, s.drills.1)),
        can_hint: status
            .as_ref()
            .is_some_and(|s| s.exercise.is_some() && !s.finished),
    }
}

/// The hold of `key` as its board shows it now, counting as the teacher's activity; `None`
/// for a key of no live hold.
pub fn board(
    classes: &Classes,
    store: &Store,
    scenario: &Scenario,
    key: &BoardKey,
) -> Option<BoardView> {
    let class = class_of(classes, key, true)?;
    let real_now = crate::clock::now();
    let now = Instant::now();
    let rows = class.board(|world| {
        let mut status = None;
        store
            .0
            .read(&SessionId::from_world_ref(world?), now, &mut |w| {
                w.deliver_due(real_now);
                status = Some(w.lesson_status(real_now));
            });
        status
    });
    Some(BoardView {
        key: key.as_str().to_owned(),
        name: display_name(&class),
        code: class.code.as_str().to_owned(),
        rows: {
            // A hold with its own material names its exercises from the material's scenario.
            let scenario = class.material.as_ref().map_or(scenario, |m| &*m.scenario);
            rows.into_iter()
                .map(|r| row_view(scenario, &class.plan.lang, r))
                .collect()
        },
    })
}

/// A copy of the hold of `key`; `seen` counts the look as the teacher's activity.
pub fn class_of(classes: &Classes, key: &BoardKey, seen: bool) -> Option<Class> {
    let mut found = None;
    classes.0.with_class(key, &mut |c| {
        if seen {
            c.teacher_seen = crate::clock::now();
        }
        found = Some(c.clone());
    });
    found
}

pub fn display_name(class: &Class) -> String {
    if class.plan.name.is_empty() {
        t::UNNAMED.to_owned()
    } else {
        class.plan.name.clone()
    }
}

/// The board key in the address `/underviser/tavle/:key`.
pub fn route_key() -> Option<BoardKey> {
    let params = leptos_router::hooks::use_params_map();
    let raw = params.read_untracked().get("key").unwrap_or_default();
    BoardKey::parse(&raw)
}

pub fn contexts() -> Result<(Classes, Store, Arc<Scenario>), AppError> {
    Ok((
        use_context::<Classes>().ok_or(AppError::Internal)?,
        use_context::<Store>().ok_or(AppError::Internal)?,
        use_context::<Arc<Scenario>>().ok_or(AppError::Internal)?,
    ))
}

/// The world a learner at `seat` of `class` starts in: their exercise of the plan (its
/// setup done) or a free world, seeded from the seat, marked with the hold's name.
pub fn seat_world(
    scenario: Arc<Scenario>,
    class: &Class,
    seat: u16,
    now: domain::Timestamp,
) -> Result<World, String> {
    seat_world_for(scenario, class, seat, class.exercise_of(seat), now)
}

/// The seat's world for `exercise` (scenario index; `None`: free practice).
pub fn seat_world_for(
    scenario: Arc<Scenario>,
    class: &Class,
    seat: u16,
    exercise: Option<usize>,
    now: domain::Timestamp,
) -> Result<World, String> {
    let seed = class.seat_seed(seat);
    let scenario = class.scenario(&scenario);
    let mut world = match exercise {
        Some(index) => World::for_exercise(scenario, seed, now, index, &class.plan.lang)?,
        None => World::new(scenario, seed, now),
    };
    world.join_hold(class.label.clone());
    world.set_login_method(class.plan.login);
    Ok(world)
}

/// The persona whose key card a seat gets, with the card as printed.
pub fn seat_card(
    scenario: &Arc<Scenario>,
    class: &Class,
    seat: u16,
) -> Option<(domain::Persona, crate::world::KeyCardView)> {
    let world = seat_world(scenario.clone(), class, seat, domain::Timestamp(0)).ok()?;
    let id = world.main_persona()?;
    let persona = world.persona(&id)?.clone();
    let card = crate::world::key_card(&world, &persona);
    Some((persona, card))
}
