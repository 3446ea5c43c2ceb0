//! `POST /post/skriv`: "Skriv ny besked" and "Besvar", a multipart form with "Emne",
//! "Besked" and up to 3 files ("Vedhæft fil"), read here with its own body limit: files in
//! chunks, given up on as soon as one is too large; what is accepted counts against a global
//! memory budget for uploads. What the form asks for is decided by its typed form
//! (`app/src/post/write_form.rs`) and run by the one write path (`forms::run_plan`).

use crate::AppState;
use crate::forms::{run_plan, show_again};
use crate::session::LiveSession;
use app::forms::Plan;
use app::post::write_form::WriteForm;
use app::text::post as t;
use app::world::FormFeedback;
use axum::extract::State;
use axum::extract::multipart::{Field, Multipart, MultipartError};
use axum::response::Response;
use domain::letters::{MAX_MESSAGE, MAX_SUBJECT, MAX_UPLOAD_BYTES, MAX_UPLOADS};
use http::StatusCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

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

impl Reservation<'_> {
    /// Reserves `more` bytes too, if they fit beside `kept` and the other reservations.
    pub fn grow(&mut self, kept: usize, more: usize) -> bool {
        let grown = self
            .budget
            .reserved
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |r| {
                let total = kept.checked_add(r)?.checked_add(more)?;
                (total <= self.budget.max).then_some(r + more)
            })
            .is_ok();
        if grown {
            self.bytes += more;
        }
        grown
    }
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

/// How the body must keep arriving: its first bytes within `grace`, then on average at
/// least `min_rate` bytes a second — a slow phone uploads, a client that drips does not
/// hold its upload slot for long.
struct Pace {
    start: tokio::time::Instant,
    grace: Duration,
    min_rate: f64,
    received: usize,
}

impl Pace {
    fn new(grace: Duration, min_rate_kib: u32) -> Self {
        Self {
            start: tokio::time::Instant::now(),
            grace,
            min_rate: f64::from(min_rate_kib.max(1)) * 1024.0,
            received: 0,
        }
    }

    /// Waits for `next`, or 408 when the body is behind its pace.
    async fn within<T>(
        &mut self,
        next: impl Future<Output = Result<T, MultipartError>>,
    ) -> Result<T, StatusCode> {
        let allowed = self.grace + Duration::from_secs_f64(self.received as f64 / self.min_rate);
        match tokio::time::timeout_at(self.start + allowed, next).await {
            Err(_) => Err(StatusCode::REQUEST_TIMEOUT),
            Ok(result) => result.map_err(|e| status(&e)),
        }
    }
}

/// Reads a text field, keeping at most `max` characters (more than any rule allows, so
/// that the domain's refusal says what is wrong).
async fn text(mut field: Field<'_>, max: usize, pace: &mut Pace) -> Result<String, StatusCode> {
    let mut bytes = Vec::new();
    while let Some(chunk) = pace.within(field.chunk()).await? {
        pace.received += chunk.len();
        // Four bytes a character at most; the rest is never kept.
        if bytes.len() < 4 * max {
            bytes.extend_from_slice(&chunk);
        }
    }
    Ok(String::from_utf8_lossy(&bytes).chars().take(max).collect())
}

/// Reads a file field in chunks, stopping at the first byte over the size limit. Its bytes
/// are counted against the upload budget as they arrive (`budget`); once the budget is full
/// the rest is read but not kept, and `full` says so.
async fn file(
    mut field: Field<'_>,
    pace: &mut Pace,
    budget: &mut Reservation<'_>,
    kept: &(dyn Fn() -> usize + Sync),
    full: &mut bool,
) -> Result<Option<(String, Vec<u8>, bool)>, StatusCode> {
    let name = field.file_name().unwrap_or("").to_owned();
    let mut bytes = Vec::new();
    let mut too_big = false;
    while let Some(chunk) = pace.within(field.chunk()).await? {
        pace.received += chunk.len();
        if too_big || *full {
            continue;
        }
        if bytes.len() + chunk.len() > MAX_UPLOAD_BYTES {
            too_big = true;
            continue;
        }
        if !budget.grow(kept(), chunk.len()) {
            *full = true;
            continue;
        }
        bytes.extend_from_slice(&chunk);
    }
    // An empty file input sends a part with no name and no content: no file chosen.
    if name.is_empty() && bytes.is_empty() && !too_big {
        return Ok(None);
    }
    Ok(Some((name, bytes, too_big)))
}

/// What a body that cannot be read is answered: 413 when it is larger than the limit,
/// else 400 — a malformed or broken-off body is the client's mistake, never "too large"
/// and never a server error.
fn status(e: &MultipartError) -> StatusCode {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE || over_limit(e) {
        StatusCode::PAYLOAD_TOO_LARGE
    } else {
        StatusCode::BAD_REQUEST
    }
}

/// Whether the body limit stopped the body: a `LengthLimitError` somewhere down the
/// error's sources (axum's own check looks one level deep and misses it behind two
/// wrappers).
fn over_limit(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut next = Some(e);
    while let Some(err) = next {
        if err.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        next = err.source();
    }
    false
}

/// The form, and whether the upload budget ran full while its files arrived.
async fn read(
    mut multipart: Multipart,
    mut pace: Pace,
    budget: &mut Reservation<'_>,
    kept: &(dyn Fn() -> usize + Sync),
) -> Result<(WriteForm, bool), StatusCode> {
    let mut form = WriteForm::default();
    let mut full = false;
    while let Some(field) = pace.within(multipart.next_field()).await? {
        match field.name().unwrap_or("") {
            "til" => form.til = text(field, 60, &mut pace).await?,
            "svar" => form.svar = text(field, 60, &mut pace).await?,
            "kladde" => form.kladde = text(field, 10, &mut pace).await?,
            "handling" => form.handling = text(field, 20, &mut pace).await?,
            "emne" => form.emne = text(field, MAX_SUBJECT + 50, &mut pace).await?,
            "besked" => form.besked = text(field, MAX_MESSAGE + 500, &mut pace).await?,
            "fil" => {
                if let Some((name, bytes, too_big)) =
                    file(field, &mut pace, budget, kept, &mut full).await?
                {
                    form.add_file(&name, bytes, too_big);
                }
            }
            _ => {}
        }
    }
    Ok((form, full))
}

/// Shows the form again with `errors` (and the note that files must be chosen again),
/// keeping the subject and the message.
async fn refuse(
    state: &AppState,
    live: &LiveSession,
    page: &str,
    mut errors: Vec<String>,
    form: &WriteForm,
) -> Response {
    errors.extend(form.notes());
    let feedback = FormFeedback {
        errors,
        fields: form.kept(),
        field: None,
    };
    show_again(state, live.lookup(), page, feedback).await
}

/// `POST /post/skriv?til=<myndighed>` or `?svar=<brev>`.
pub async fn write(
    State(state): State<AppState>,
    live: LiveSession,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let Ok(multipart) = multipart else {
        return crate::errors::error_response(StatusCode::BAD_REQUEST);
    };
    // The files are counted against the global budget as they arrive, until the world
    // keeps them (or the message is refused).
    let Some(mut reservation) = state.uploads.reserve(state.store.upload_bytes(), 0) else {
        return crate::errors::error_response(StatusCode::SERVICE_UNAVAILABLE);
    };
    let pace = Pace::new(state.limits.form_body, state.config.upload_min_kib_per_sec);
    let kept = || state.store.upload_bytes();
    let (form, budget_full) = match read(multipart, pace, &mut reservation, &kept).await {
        Ok(read) => read,
        Err(status) => return crate::errors::error_response(status),
    };
    if budget_full && !form.saving_draft() {
        let errors = vec![t::UPLOADS_FULL.to_owned()];
        return refuse(&state, &live, &form.page(), errors, &form).await;
    }
    let page = form.page();
    // A draft keeps no files: what is wrong with them does not stop saving it.
    let problems = form.file_problems();
    if !problems.is_empty() && !form.saving_draft() {
        return refuse(&state, &live, &page, problems, &form).await;
    }
    let plan = form.plan(live.mailbox.clone());
    if let Plan::Refuse(refusal) = &plan {
        return refuse(&state, &live, &page, refusal.messages(), &form).await;
    }
    let outcome = run_plan(&state, &live.id, plan);
    drop(reservation);
    match outcome {
        Ok(response) => response,
        // A form naming no authority or letter that exists was already sent to the
        // plain "Skriv ny besked" page by `form.page()`.
        Err(refusal) => refuse(&state, &live, &page, refusal.messages(), &form).await,
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
