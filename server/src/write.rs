//! `POST /post/skriv`: "Skriv ny besked" and "Besvar", a multipart form with "Emne",
//! "Besked" and up to 3 files ("Vedhæft fil"). A plain axum handler with its own body
//! limit (not a Leptos server function: their multipart support panics on bad input).
//! Files are read in chunks and given up on as soon as one is too large; what is accepted
//! counts against a global memory budget for uploads.

use crate::AppState;
use crate::forms::{see_other, show_again};
use app::paths;
use app::session::SessionLookup;
use app::text::post as t;
use app::world::FormFeedback;
use axum::Extension;
use axum::extract::State;
use axum::extract::multipart::{Field, Multipart};
use axum::response::Response;
use domain::letters::{MAX_MESSAGE, MAX_SUBJECT, MAX_UPLOAD_BYTES, MAX_UPLOADS};
use domain::{AuthorityId, Command, LetterId, MailboxAction, Refusal, Upload, UploadProblem};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Largest request this form accepts: one file more than allowed (so that choosing 4 files
/// gets the clear "højst 3 filer" answer, not an error page) and the text fields.
pub const REQUEST_LIMIT: usize = (MAX_UPLOADS + 1) * MAX_UPLOAD_BYTES + 64 * 1024;

/// The memory allowed for attached files across all worlds. Files already kept are counted
/// by the store; files of messages being handled are reserved here until they are kept.
pub struct UploadBudget {
    max: usize,
    reserved: AtomicUsize,
}

/// Bytes reserved for one message; given back when dropped (the store counts them by then).
pub struct Reservation<'a> {
    budget: &'a UploadBudget,
    bytes: usize,
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        self.budget
            .reserved
            .fetch_sub(self.bytes, Ordering::Relaxed);
    }
}

impl UploadBudget {
    pub fn new(max: usize) -> Self {
        Self {
            max,
            reserved: AtomicUsize::new(0),
        }
    }

    /// Reserves `bytes` if they fit beside `kept` (what the store holds) and the other
    /// reservations.
    pub fn reserve(&self, kept: usize, bytes: usize) -> Option<Reservation<'_>> {
        self.reserved
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |r| {
                let total = kept.checked_add(r)?.checked_add(bytes)?;
                (total <= self.max).then_some(r + bytes)
            })
            .ok()
            .map(|_| Reservation {
                budget: self,
                bytes,
            })
    }
}

/// The form as sent.
#[derive(Default)]
struct WriteForm {
    to: String,
    reply: String,
    subject: String,
    body: String,
    uploads: Vec<Upload>,
    /// Files refused on the way in, with why.
    problems: Vec<String>,
    /// Whether the learner chose any file (they must choose again after a refusal).
    had_files: bool,
}

/// Reads a text field, keeping at most `max` characters (more than any rule allows, so
/// that the domain's refusal says what is wrong).
async fn text(field: Field<'_>, max: usize) -> Result<String, ()> {
    let value = field.text().await.map_err(|_| ())?;
    Ok(value.chars().take(max).collect())
}

/// Reads a file field in chunks, stopping at the first byte over the size limit.
async fn file(mut field: Field<'_>) -> Result<Option<(String, Vec<u8>, bool)>, ()> {
    let name = field.file_name().unwrap_or("").to_owned();
    let mut bytes = Vec::new();
    let mut too_big = false;
    while let Some(chunk) = field.chunk().await.map_err(|_| ())? {
        if bytes.len() + chunk.len() > MAX_UPLOAD_BYTES {
            too_big = true;
            break;
        }
        bytes.extend_from_slice(&chunk);
    }
    // An empty file input sends a part with no name and no content: no file chosen.
    if name.is_empty() && bytes.is_empty() && !too_big {
        return Ok(None);
    }
    Ok(Some((name, bytes, too_big)))
}

async fn read(mut multipart: Multipart) -> Result<WriteForm, ()> {
    let mut form = WriteForm::default();
    let mut files = 0;
    while let Some(field) = multipart.next_field().await.map_err(|_| ())? {
        match field.name().unwrap_or("") {
            "til" => form.to = text(field, 60).await?,
            "svar" => form.reply = text(field, 60).await?,
            "emne" => form.subject = text(field, MAX_SUBJECT + 50).await?,
            "besked" => form.body = text(field, MAX_MESSAGE + 500).await?,
            "fil" => {
                let Some((name, bytes, too_big)) = file(field).await? else {
                    continue;
                };
                form.had_files = true;
                files += 1;
                if files > MAX_UPLOADS + 1 {
                    continue;
                }
                let shown = domain::letters::clean_file_name(&name, domain::UploadKind::Pdf);
                let problem = if too_big {
                    Some(t::FILE_TOO_BIG)
                } else {
                    match Upload::new(&name, Arc::from(bytes)) {
                        Ok(upload) => {
                            form.uploads.push(upload);
                            None
                        }
                        Err(UploadProblem::TooBig) => Some(t::FILE_TOO_BIG),
                        Err(UploadProblem::WrongKind) => Some(t::FILE_WRONG_KIND),
                        Err(UploadProblem::Empty) => Some(t::FILE_EMPTY),
                    }
                };
                if let Some(p) = problem {
                    form.problems.push(format!("{} \"{shown}\" {p}", t::FILE));
                }
            }
            _ => {}
        }
    }
    if files > MAX_UPLOADS {
        form.problems.insert(0, Refusal::TooManyFiles.to_string());
    }
    Ok(form)
}

/// Shows the form again with `errors`, keeping the subject and the message.
async fn refuse(
    state: &AppState,
    lookup: SessionLookup,
    page: &str,
    mut errors: Vec<String>,
    form: &WriteForm,
) -> Response {
    if form.had_files {
        errors.push(t::FILES_AGAIN.to_owned());
    }
    let feedback = FormFeedback {
        errors,
        fields: vec![
            ("emne".into(), form.subject.clone()),
            ("besked".into(), form.body.clone()),
        ],
        ..Default::default()
    };
    show_again(state, lookup, page, feedback).await
}

/// `POST /post/skriv?til=<myndighed>` or `?svar=<brev>`.
pub async fn write(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let SessionLookup::Live(id) = &lookup else {
        return see_other(paths::LOG_IN);
    };
    let Some(owner) = crate::forms::open_mailbox(&state, id) else {
        return see_other(paths::LOG_IN);
    };
    let Ok(multipart) = multipart else {
        return crate::errors::error_response(http::StatusCode::BAD_REQUEST);
    };
    let Ok(form) = read(multipart).await else {
        // The body broke off or was larger than the limit.
        return crate::errors::error_response(http::StatusCode::PAYLOAD_TOO_LARGE);
    };
    // The page shown again after a refusal, from ids that parse (never raw text).
    let page = match (
        LetterId::parse(&form.reply).ok(),
        AuthorityId::parse(&form.to).ok(),
    ) {
        (Some(letter), _) => paths::reply(letter.as_str()),
        (None, Some(to)) if form.reply.is_empty() => paths::write_to(to.as_str()),
        _ => paths::WRITE.to_owned(),
    };
    if !form.problems.is_empty() {
        let errors = form.problems.clone();
        return refuse(&state, lookup, &page, errors, &form).await;
    }
    let action = if form.reply.is_empty() {
        let Ok(to) = AuthorityId::parse(&form.to) else {
            let errors = vec![Refusal::NoSuchAuthority.to_string()];
            return refuse(&state, lookup, paths::WRITE, errors, &form).await;
        };
        MailboxAction::Write {
            to,
            subject: form.subject.clone(),
            body: form.body.clone(),
            uploads: form.uploads.clone(),
        }
    } else {
        let Ok(letter) = LetterId::parse(&form.reply) else {
            let errors = vec![Refusal::NoSuchLetter.to_string()];
            return refuse(&state, lookup, paths::WRITE, errors, &form).await;
        };
        MailboxAction::Reply {
            letter,
            subject: form.subject.clone(),
            body: form.body.clone(),
            uploads: form.uploads.clone(),
        }
    };
    let bytes: usize = form.uploads.iter().map(Upload::size).sum();
    let reservation = state.uploads.reserve(state.store.upload_bytes(), bytes);
    if reservation.is_none() {
        let errors = vec![t::UPLOADS_FULL.to_owned()];
        return refuse(&state, lookup, &page, errors, &form).await;
    }
    let command = Command::Mailbox { owner, action };
    let outcome = crate::forms::run(&state, id, &command);
    drop(reservation);
    match outcome {
        None | Some(Err(Refusal::NotLoggedIn)) => see_other(paths::LOG_IN),
        Some(Ok(_)) => {
            see_other(&app::notice::Notice::Sent.on(&format!("{}?mappe=sendt", paths::POST)))
        }
        Some(Err(refusal)) => {
            let errors = vec![refusal.to_string()];
            refuse(&state, lookup, &page, errors, &form).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_holds_kept_and_reserved_bytes_together() {
        let budget = UploadBudget::new(100);
        let a = budget.reserve(50, 30);
        assert!(a.is_some());
        assert!(
            budget.reserve(50, 30).is_none(),
            "50 kept + 30 reserved + 30 > 100"
        );
        drop(a);
        assert!(budget.reserve(50, 50).is_some(), "given back when dropped");
        assert!(budget.reserve(usize::MAX, 1).is_none(), "no overflow");
    }
}
