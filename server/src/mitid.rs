//! The MitID posts: the login box's steps (`POST /mitid`), the practice phone's answers
//! (`POST /telefon/<person>`), and the kodeoplæser's code read aloud. The typed forms are
//! in `app/src/mitid/form.rs`; the one write path (`forms::submit_form`) runs them.

use crate::AppState;
use crate::errors::error_response;
use crate::forms::{run_plan, show_again_with, submit_form};
use crate::session::WorldSession;
use app::forms::PageForm;
use app::mitid::form::{BoxForm, PhoneForm};
use app::paths;
use app::session::SessionLookup;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::{Login, PersonaId};
use http::StatusCode;
use std::time::Instant;

/// `POST /mitid`: a step of the MitID box.
pub async fn step(State(state): State<AppState>, session: WorldSession, body: Bytes) -> Response {
    submit_form(&state, &session.id, paths::MITID, &body, BoxForm::plan).await
}

/// `POST /telefon/<person>`: "Godkend", "Afvis" or a new PIN in the persona's MitID app.
/// The phone belongs to the world, not to a login: nobody needs to be logged in at the PC.
pub async fn phone(
    State(state): State<AppState>,
    session: WorldSession,
    paired: Option<Extension<app::mitid::pairing::PairedPhone>>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Some(persona) = PersonaId::parse(&id)
        .ok()
        .filter(|p| state.scenario.persona(p).is_some())
        .filter(|p| {
            paired
                .as_ref()
                .is_none_or(|Extension(ph)| ph.0 == p.as_str())
        })
    else {
        return error_response(StatusCode::NOT_FOUND);
    };
    let page = paths::phone(persona.as_str());
    let Some(form) = PhoneForm::parse(&body) else {
        return error_response(StatusCode::BAD_REQUEST);
    };
    match run_plan(&state, &session.id, form.plan(&persona)) {
        Ok(response) => response,
        // Shown again as the phone it is: a paired phone keeps its mark (no way back to the
        // world's pages, no pairing code).
        Err(refusal) => {
            let feedback = app::world::FormFeedback {
                errors: refusal.messages(),
                field: form.field_of(&refusal),
                fields: form.kept(&body),
            };
            let lookup = SessionLookup::Live(session.id);
            show_again_with(&state, lookup, &page, feedback, move |ext| {
                if let Some(Extension(mark)) = paired {
                    ext.insert(mark);
                }
            })
            .await
        }
    }
}

/// `GET /mitid/kodeoplaeser/lyd`: the code the kodeoplæser shows, read aloud in Danish.
/// Only the code of this browser's own login; 404 when none shows.
pub async fn code_audio(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    headers: http::HeaderMap,
    format: Result<Query<AudioFormat>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let (SessionLookup::Live(id), Ok(Query(format))) = (lookup, format) else {
        return error_response(StatusCode::NOT_FOUND);
    };
    let mut code = None;
    state.store.read(&id, Instant::now(), &mut |w| {
        if let Login::MitId { persona, .. } = w.login() {
            let now = w.now(app::clock::now());
            code = w.code_showing(persona, now).map(|(c, _)| c);
        }
    });
    let Some(code) = code else {
        return error_response(StatusCode::NOT_FOUND);
    };
    let digits: Vec<String> = code.chars().map(String::from).collect();
    let text = format!(
        "<speak>Din engangskode er: <break time=\"300ms\"/>{}. <break time=\"600ms\"/>Jeg gentager: {}.</speak>",
        digits.join(", "),
        digits.join(", ")
    );
    let key = ("kodeoplaeser".to_owned(), code, 0, 0, format.format);
    crate::speech::spoken(&state, &headers, key, text, "da").await
}

/// The kodeoplæser audio's format (`?format=mp3`; Opus otherwise). Other parameters (the
/// press that made the address new) are ignored.
#[derive(serde::Deserialize)]
pub struct AudioFormat {
    #[serde(default)]
    format: crate::speech::Format,
}
