//! `GET /post/brev/<id>/dokument/<n>`: a document of a letter as a file the browser shows
//! itself ("inline"): the letter and its attachment as PDFs generated from the letter's
//! content, or a file a learner attached, with its checked type.

use crate::AppState;
use crate::errors::error_response;
use crate::forms::{see_other, unix_now};
use crate::pdf::{self, LetterPdf};
use app::paths;
use app::session::SessionLookup;
use axum::Extension;
use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::response::Response;
use domain::{Document, ListedLetter, World};
use http::header::{CONTENT_DISPOSITION, CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use http::{HeaderValue, StatusCode};
use std::time::Instant;

/// A document's page may show the PDF viewer or the image, and nothing else.
const DOCUMENT_CSP: &str = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; \
                            object-src 'self'; base-uri 'none'; form-action 'none'; \
                            frame-ancestors 'none'";

pub async fn document(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    Path((id, n)): Path<(String, String)>,
) -> Response {
    let SessionLookup::Live(session) = lookup else {
        return see_other(paths::LOG_IN);
    };
    let mut found = None;
    let live = state.store.read(&session, Instant::now(), &mut |world| {
        world.deliver_due(unix_now());
        found = Some(file(world, &id, &n));
    });
    let (mime, name, body) = match found.filter(|_| live) {
        None | Some(Err(Missing::LoggedOut)) => return see_other(paths::LOG_IN),
        Some(Err(Missing::NotFound)) => return error_response(StatusCode::NOT_FOUND),
        Some(Ok(file)) => file,
    };
    let body = match body {
        Content::Here(bytes) => bytes,
        // Kept apart by the store (Redis): read now, alone.
        Content::Apart(file) => match state.store.file(&session, file) {
            Some(bytes) => Bytes::from_owner(bytes),
            None => return error_response(StatusCode::NOT_FOUND),
        },
    };
    let mut response = Response::new(Body::from(body));
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(mime));
    if let Ok(v) = HeaderValue::from_str(&content_disposition(&name)) {
        headers.insert(CONTENT_DISPOSITION, v);
    }
    headers.insert(
        CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(DOCUMENT_CSP),
    );
    response
}

/// A document's bytes, or the id of an attached file the store keeps apart.
enum Content {
    Here(Bytes),
    Apart(u64),
}

enum Missing {
    LoggedOut,
    NotFound,
}

/// Document `n` of letter `id` as the viewer may see it (a helper only in their folders):
/// its type, file name and bytes. Read in place under the world's own lock.
fn file(world: &World, id: &str, n: &str) -> Result<(&'static str, String, Content), Missing> {
    let viewer = world.viewer().ok_or(Missing::LoggedOut)?;
    let letter = viewer.letter(id).ok_or(Missing::NotFound)?;
    let docs = letter.letter.documents();
    let doc = n
        .parse::<usize>()
        .ok()
        .and_then(|n| docs.get(n))
        .ok_or(Missing::NotFound)?;
    let name = app::post::document_name(&letter, doc);
    Ok(match doc {
        Document::Upload(u) => (
            u.kind.mime(),
            name,
            match u.bytes.data() {
                Some(data) => Content::Here(Bytes::from_owner(data.clone())),
                None => Content::Apart(u.bytes.id()),
            },
        ),
        Document::Letter | Document::Attachment(_) => (
            "application/pdf",
            name,
            Content::Here(Bytes::from(render(world, &viewer.owner, &letter, doc))),
        ),
    })
}

/// The PDF of the letter itself or of its attachment.
fn render(
    world: &World,
    owner: &domain::PersonaId,
    letter: &ListedLetter<'_>,
    doc: &Document<'_>,
) -> Vec<u8> {
    let l = &letter.letter;
    let sender = world.party_name(&l.from()).to_owned();
    let recipient = world.party_name(&l.to()).to_owned();
    let address = world
        .persona(owner)
        .filter(|_| matches!(l.to(), domain::Party::Persona(ref p) if p == owner))
        .map(|p| p.address.clone());
    let mut facts = vec![(
        "Til",
        match address {
            Some(a) => format!("{recipient}, {a}"),
            None => recipient,
        },
    )];
    facts.push(("Dato", app::text::date(l.at())));
    facts.push(("Sagsnummer", l.case_number().to_owned()));
    let (title, lead) = match doc {
        Document::Attachment(title) => (
            *title,
            Some(format!(
                "Bilag til brevet \"{}\" fra {sender}.",
                l.subject()
            )),
        ),
        _ => (l.subject(), None),
    };
    pdf::render(&LetterPdf {
        title,
        sender: &sender,
        facts,
        lead,
        body: l.body(),
    })
}

/// `inline` with the name twice: plain ASCII for old browsers, and UTF-8 (RFC 6266/5987)
/// so "Årsopgørelse 2025.pdf" keeps its letters.
pub fn content_disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| match c {
            'æ' => 'e',
            'ø' => 'o',
            'å' => 'a',
            'Æ' => 'E',
            'Ø' => 'O',
            'Å' => 'A',
            c if c.is_ascii_alphanumeric() || " .-_()".contains(c) => c,
            _ => '_',
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b".-_".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("inline; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_survive_in_both_forms() {
        assert_eq!(
            content_disposition("Årsopgørelse 2025.pdf"),
            "inline; filename=\"Arsopgorelse 2025.pdf\"; \
             filename*=UTF-8''%C3%85rsopg%C3%B8relse%202025.pdf"
        );
        assert!(content_disposition("a\"b\r\n.pdf").starts_with("inline; filename=\"a_b__.pdf\""));
    }
}
