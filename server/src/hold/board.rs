//! The teacher's board actions ("Vis hint", "Nulstil", "Send brev", "Spol tiden frem",
//! "Afslut hold"), and the end of holds that are over. Only the board key reaches them: a
//! key of no live hold is 404, whatever is posted.

use super::{cookie, restart_seat};
use crate::AppState;
use crate::errors::error_response;
use crate::forms::{see_other, show_again, unix_now};
use app::class::data::teacher_cookie_name;
use app::class::form::{BoardAction, BoardForm, Target};
use app::paths;
use app::session::{BoardKey, SessionId, SessionLookup};
use app::world::FormFeedback;
use axum::Extension;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::class::Class;
use http::StatusCode;
use http::header::SET_COOKIE;
use std::time::Instant;

/// The worlds a board action is for.
pub(super) fn targets(class: &Class, target: Target) -> Vec<SessionId> {
    class
        .members
        .iter()
        .filter(|m| match target {
            // A world two practise in gets "alle"'s letter, hint and clock once.
            Target::All => m.partner.is_none_or(|p| p > m.seat),
            Target::Seat(seat) => m.seat == seat,
        })
        .filter_map(|m| m.world.map(SessionId::from_world_ref))
        .collect()
}

/// The board's actions. A key of no live hold is 404, whatever is posted.
pub async fn board(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    Path(raw): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let Some(key) = BoardKey::parse(&raw) else {
        return error_response(StatusCode::NOT_FOUND);
    };
    let mut class = None;
    state.classes.with_class(&key, &mut |c| {
        c.teacher_seen = unix_now();
        class = Some(c.clone());
    });
    let Some(class) = class else {
        return error_response(StatusCode::NOT_FOUND);
    };
    let Some(form) = BoardForm::parse(&body) else {
        return error_response(StatusCode::BAD_REQUEST);
    };
    let base = paths::board(key.as_str());
    let now = Instant::now();
    match form.handling {
        BoardAction::Afslut => {
            end_hold(&state, &key);
            let mut r = see_other(&format!("{}?afsluttet=1", paths::TEACHER));
            let https = state.config.https;
            r.headers_mut().insert(
                SET_COOKIE,
                cookie(teacher_cookie_name(https), "", "/; Max-Age=0", https),
            );
            r
        }
        BoardAction::Hint => {
            let Some(target) = form.target() else {
                return error_response(StatusCode::BAD_REQUEST);
            };
            for id in targets(&class, target) {
                state.store.update(&id, now, &mut |w| {
                    let real = unix_now();
                    let _ = w.guide(&domain::GuideAction::Fold(false), real);
                    let _ = w.guide(&domain::GuideAction::ShowHint, real);
                });
            }
            see_other(&format!("{base}?sket=hint"))
        }
        BoardAction::Nulstil => match form.target() {
            Some(Target::Seat(seat)) if restart_seat(&state, &class, seat) => {
                see_other(&format!("{base}?sket=nulstil"))
            }
            Some(Target::Seat(_)) => see_other(&base),
            _ => error_response(StatusCode::BAD_REQUEST),
        },
        BoardAction::Tid => {
            let (Some(target), Some(minutes)) = (form.target(), form.minutes()) else {
                return error_response(StatusCode::BAD_REQUEST);
            };
            for id in targets(&class, target) {
                state.store.update(&id, now, &mut |w| {
                    let _ = w.teacher_advance_clock(minutes, unix_now());
                });
            }
            see_other(&format!("{base}?sket=tid"))
        }
        BoardAction::Brev => {
            let Some(target) = form.target() else {
                return error_response(StatusCode::BAD_REQUEST);
            };
            let letter = match form.letter(&state.scenario) {
                Ok(l) => l,
                Err(r) => {
                    use domain::class::LetterRefusal as L;
                    let field = match r {
                        L::NoSender => Some("fra"),
                        L::Subject => Some("emne"),
                        L::Text => Some("tekst"),
                        L::NoSuchLetter => None,
                    };
                    let feedback = FormFeedback {
                        errors: vec![r.to_string()],
                        field,
                        fields: form.kept(),
                    };
                    return show_again(&state, lookup, &format!("{base}/handlinger"), feedback)
                        .await;
                }
            };
            for id in targets(&class, target) {
                state.store.update(&id, now, &mut |w| {
                    let _ = w.receive_teacher_letter(&letter, unix_now());
                });
            }
            see_other(&format!("{base}?sket=brev"))
        }
    }
}

/// Ends a hold and every learner's world in it.
fn end_hold(state: &AppState, key: &BoardKey) {
    let worlds = state.classes.end(key);
    for id in &worlds {
        state.store.delete(id);
    }
    tracing::info!(worlds = worlds.len(), "hold ended");
}

/// Ends the holds that are over (8 hours, or an idle hour) with their worlds.
pub fn expire(state: &AppState) {
    let now = Instant::now();
    let store = state.store.clone();
    let worlds = state.classes.expire(unix_now(), &|id| {
        let mut last = None;
        store.read(id, now, &mut |w| last = Some(w.activity().last_action));
        last
    });
    for id in &worlds {
        state.store.delete(id);
    }
}
