//! "Eget materiale" of a hold: `POST …/materiale` shows a preview of what the teacher wrote
//! ("Vis forhåndsvisning", a url-encoded form) or uploaded ("Upload", a multipart file),
//! and sends it to the hold ("Send til holdet"); `GET …/materiale.toml` downloads it. The
//! material is checked by `domain::material` exactly like the built-in data. Only the board
//! key reaches it: a key of no live hold is 404.

use crate::AppState;
use crate::errors::error_response;
use crate::forms::{see_other, show_again, unix_now};
use app::class::material_form::{self, Handling};
use app::paths;
use app::session::{BoardKey, SessionLookup};
use app::world::FormFeedback;
use axum::Extension;
use axum::extract::multipart::Multipart;
use axum::extract::{FromRequest, Path, Request, State};
use axum::response::{IntoResponse, Response};
use domain::Scenario;
use domain::material::{MAX_BYTES, Material};
use http::StatusCode;
use http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use std::sync::Arc;
use std::time::Instant;

/// The largest request to `…/materiale`: a pack at its limit with room for the form's
/// other parts (a larger file still gets its Danish refusal up to this size).
pub const REQUEST_LIMIT: usize = 2 * MAX_BYTES + 16 * 1024;

/// The example pack the page offers.
const EXAMPLE: &str = include_str!("../../../scenarios/examples/skole.toml");

/// The largest body a form post to `path` may have: [`REQUEST_LIMIT`] for a hold's "Eget
/// materiale", else `max_body`.
pub fn form_limit(path: &str, max_body: usize) -> usize {
    if path.starts_with("/underviser/tavle/") && path.ends_with("/materiale") {
        REQUEST_LIMIT.max(max_body)
    } else {
        max_body
    }
}

fn refused(field: &'static str, message: String, fields: Vec<(String, String)>) -> FormFeedback {
    FormFeedback {
        errors: vec![message],
        field: Some(field),
        fields,
    }
}

/// `POST /underviser/tavle/{key}/materiale`.
pub async fn post(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    Path(raw): Path<String>,
    request: Request,
) -> Response {
    let Some(key) = BoardKey::parse(&raw) else {
        return error_response(StatusCode::NOT_FOUND);
    };
    let mut live = false;
    state.classes.with_class(&key, &mut |c| {
        c.teacher_seen = unix_now();
        live = !c.ended;
    });
    if !live {
        return error_response(StatusCode::NOT_FOUND);
    }
    let page = paths::material(key.as_str());
    let multipart = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if multipart {
        let Ok(form) = Multipart::from_request(request, &()).await else {
            return error_response(StatusCode::BAD_REQUEST);
        };
        return match read_file(form).await {
            Err(status) => error_response(status),
            Ok(Err(message)) => {
                show_again(
                    &state,
                    lookup,
                    &page,
                    refused("fil", message.to_owned(), vec![]),
                )
                .await
            }
            Ok(Ok(text)) => match Material::parse(&state.scenario, &text) {
                Err(e) => {
                    show_again(&state, lookup, &page, refused("fil", e.to_string(), vec![])).await
                }
                Ok(material) => {
                    state.classes.with_class(&key, &mut |c| {
                        c.draft = Some(Arc::new(material.clone()));
                        c.draft_form = None;
                    });
                    see_other(&format!("{page}#forhaandsvisning"))
                }
            },
        };
    }
    let Ok(body) = axum::body::Bytes::from_request(request, &()).await else {
        return error_response(StatusCode::PAYLOAD_TOO_LARGE);
    };
    let (handling, form, kept) = material_form::parse(&body);
    match handling {
        Some(Handling::Preview) => match form.check(&state.scenario) {
            Err(e) => {
                let field = material_form::input_of(e.field, &form);
                show_again(&state, lookup, &page, refused(field, e.message, kept)).await
            }
            Ok(material) => {
                state.classes.with_class(&key, &mut |c| {
                    c.draft = Some(Arc::new(material.clone()));
                    c.draft_form = Some(Box::new(form.clone()));
                });
                see_other(&format!("{page}#forhaandsvisning"))
            }
        },
        Some(Handling::Send) => send(&state, &key, &page),
        _ => error_response(StatusCode::BAD_REQUEST),
    }
}

/// Reads the uploaded file: its text, or the refusal to show next to it.
async fn read_file(mut form: Multipart) -> Result<Result<String, &'static str>, StatusCode> {
    let mut file = None;
    while let Some(mut field) = form
        .next_field()
        .await
        .map_err(|_| StatusCode::BAD_REQUEST)?
    {
        if field.name() != Some("fil") {
            continue;
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(|_| StatusCode::BAD_REQUEST)? {
            // One byte over the limit is enough for the domain to say "too large".
            let room = (MAX_BYTES + 1).saturating_sub(bytes.len());
            bytes.extend_from_slice(&chunk[..chunk.len().min(room)]);
        }
        file = Some(bytes);
    }
    Ok(match file {
        None => Err(app::text::material::NO_FILE),
        Some(b) if b.is_empty() => Err(app::text::material::NO_FILE),
        Some(b) if b.len() > MAX_BYTES => Ok(String::from_utf8_lossy(&b).into_owned()),
        Some(b) => String::from_utf8(b).map_err(|_| app::text::material::NOT_TEXT),
    })
}

/// "Send til holdet": the draft becomes the hold's material; every learner's world gets
/// its letters now (new worlds start from its scenario).
fn send(state: &AppState, key: &BoardKey, page: &str) -> Response {
    let base = state.scenario.exercises.len();
    let mut sent = None;
    state.classes.with_class(key, &mut |c| {
        if let Some(m) = c.send_material(base) {
            sent = Some((m, c.clone()));
        }
    });
    let Some((material, class)) = sent else {
        // Nothing to send, or sent already: the board says it is sent if it is.
        let mut was_sent = false;
        state
            .classes
            .with_class(key, &mut |c| was_sent = c.material.is_some());
        return if was_sent {
            see_other(&format!("{}?sket=materiale", paths::board(key.as_str())))
        } else {
            see_other(page)
        };
    };
    // Worlds of one scenario share its copy with the new senders.
    let mut shared: Vec<(*const Scenario, Option<Arc<Scenario>>)> = Vec::new();
    let now = Instant::now();
    for id in super::board::targets(&class, app::class::form::Target::All) {
        state.store.update(&id, now, &mut |w| {
            let at: *const Scenario = w.scenario();
            let senders = match shared.iter().find(|(p, _)| *p == at) {
                Some((_, s)) => s.clone(),
                None => {
                    let s = material.senders_for(w.scenario()).map(Arc::new);
                    shared.push((at, s.clone()));
                    s
                }
            };
            let _ = w.receive_material(&material, senders, unix_now());
        });
    }
    tracing::info!(
        letters = material.letters.len(),
        exercises = material.exercises.len(),
        "material sent to a hold"
    );
    see_other(&format!("{}?sket=materiale", paths::board(key.as_str())))
}

fn toml_file(text: String, name: &str) -> Response {
    (
        [
            (CONTENT_TYPE, "application/toml; charset=utf-8".to_owned()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (CACHE_CONTROL, "no-store".to_owned()),
        ],
        text,
    )
        .into_response()
}

/// `GET /underviser/tavle/{key}/materiale.toml`: the material being written or sent.
pub async fn download(State(state): State<AppState>, Path(raw): Path<String>) -> Response {
    let Some(key) = BoardKey::parse(&raw) else {
        return error_response(StatusCode::NOT_FOUND);
    };
    let mut source = None;
    state.classes.with_class(&key, &mut |c| {
        source = c
            .draft
            .as_ref()
            .or(c.material.as_ref())
            .map(|m| m.source.clone());
    });
    match source {
        Some(text) => toml_file(text, "eget-materiale.toml"),
        None => error_response(StatusCode::NOT_FOUND),
    }
}

/// `GET /underviser/eksempel.toml`.
pub async fn example() -> Response {
    toml_file(EXAMPLE.to_owned(), "skole.toml")
}
