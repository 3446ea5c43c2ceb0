//! Digital Post form posts: every mailbox action posts to the page it is on (`/post` or
//! `/post/brev/<id>`) with a `handling` field. A refusal shows that page again with the
//! message; success redirects (POST → redirect → GET). Opening a letter from the list is a
//! post too (it marks the letter read), so no GET changes anything.

use crate::AppState;
use crate::forms::{bounded, see_other, show_again};
use app::paths;
use app::session::SessionLookup;
use app::world::FormFeedback;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;
use domain::{Command, Event, FolderRef, LetterId, MailboxAction, PersonaId, Refusal};

/// The fields of a mailbox form; `brev` may repeat (ticked letters).
#[derive(Default)]
struct PostForm {
    handling: String,
    navn: String,
    mappe: String,
    til: String,
    modtager: String,
    postkasse: String,
    aabn: String,
    bekraeft: bool,
    letters: Vec<String>,
}

fn parse(body: &[u8]) -> PostForm {
    let mut form = PostForm::default();
    for (key, value) in form_urlencoded::parse(body).take(200) {
        let value = bounded(&value);
        match key.as_ref() {
            "handling" => form.handling = value,
            "navn" => form.navn = value,
            "mappe" => form.mappe = value,
            "til" => form.til = value,
            "modtager" => form.modtager = value,
            "postkasse" => form.postkasse = value,
            "aabn" => form.aabn = value,
            "bekraeft" => form.bekraeft = value == "ja",
            "brev" => form.letters.push(value),
            _ => {}
        }
    }
    form
}

fn folder(key: &str) -> FolderRef {
    match key {
        "sendt" => FolderRef::Sent,
        "papirkurv" => FolderRef::Trash,
        "indbakke" | "" => FolderRef::Inbox,
        other => other
            .parse()
            .map_or(FolderRef::Own(u16::MAX), FolderRef::Own),
    }
}

fn folder_page(folder: FolderRef) -> String {
    let key = match folder {
        FolderRef::Inbox => "indbakke".to_owned(),
        FolderRef::Sent => "sendt".to_owned(),
        FolderRef::Trash => "papirkurv".to_owned(),
        FolderRef::Own(id) => id.to_string(),
    };
    format!("{}?mappe={key}", paths::POST)
}

/// `POST /post` (the mailbox page).
pub async fn mailbox(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    uri: http::Uri,
    body: Bytes,
) -> Response {
    let form = parse(&body);
    // The form posts to the page it is on (with its query), so a refusal is shown there.
    let page = uri
        .path_and_query()
        .map_or(paths::POST, |p| p.as_str())
        .to_owned();
    handle(&state, lookup, form, page).await
}

/// `POST /post/brev/<id>` (a letter's page).
pub async fn letter_page(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    axum::extract::Path(id): axum::extract::Path<String>,
    body: Bytes,
) -> Response {
    let form = parse(&body);
    handle(&state, lookup, form, paths::letter(&bounded(&id))).await
}

/// What to do, and where to go after it succeeds.
type Plan = (MailboxAction, Box<dyn Fn(&[Event]) -> String + Send>);

/// Turns the form into a mailbox action. `Err` carries the response for a form that names
/// no action (or no letter where one is needed).
fn plan(form: &PostForm, letters: Vec<LetterId>) -> Result<Plan, String> {
    let one = letters
        .first()
        .cloned()
        .ok_or_else(|| paths::POST.to_owned());
    if !form.aabn.is_empty() {
        // The subject clicked, not a letter ticked in the same list.
        let l = LetterId::parse(&form.aabn).map_err(|_| paths::POST.to_owned())?;
        let to = paths::letter(l.as_str());
        return Ok((
            MailboxAction::Open { letter: l },
            Box::new(move |_| to.clone()),
        ));
    }
    Ok(match form.handling.as_str() {
        "opret-mappe" => (
            MailboxAction::CreateFolder {
                name: form.navn.clone(),
            },
            Box::new(|events: &[Event]| match events.first() {
                Some(Event::FolderCreated { folder, .. }) => folder_page(FolderRef::Own(*folder)),
                _ => paths::POST.to_owned(),
            }),
        ),
        "omdoeb-mappe" => {
            let f = folder(&form.mappe);
            let FolderRef::Own(n) = f else {
                return Err(paths::POST.to_owned());
            };
            (
                MailboxAction::RenameFolder {
                    folder: n,
                    name: form.navn.clone(),
                },
                Box::new(move |_| folder_page(f)),
            )
        }
        "slet-mappe" => {
            let FolderRef::Own(n) = folder(&form.mappe) else {
                return Err(paths::POST.to_owned());
            };
            (
                MailboxAction::DeleteFolder { folder: n },
                Box::new(|_| paths::POST.to_owned()),
            )
        }
        "flyt" => {
            let to = folder(&form.til);
            (
                MailboxAction::Move { letters, to },
                Box::new(move |_| folder_page(to)),
            )
        }
        "slet" => (
            MailboxAction::Trash { letter: one? },
            Box::new(|events: &[Event]| match events.first() {
                Some(Event::LetterTrashed { from, .. }) => folder_page(*from),
                _ => paths::POST.to_owned(),
            }),
        ),
        "gendan" => (
            MailboxAction::Restore { letter: one? },
            Box::new(|events: &[Event]| match events.first() {
                Some(Event::LetterRestored { to, .. }) => folder_page(*to),
                _ => paths::POST.to_owned(),
            }),
        ),
        "ulaest" => (
            MailboxAction::MarkUnread { letter: one? },
            Box::new(|_| paths::POST.to_owned()),
        ),
        "toem-papirkurv" => (
            MailboxAction::EmptyTrash,
            Box::new(|_| folder_page(FolderRef::Trash)),
        ),
        "videresend" => {
            let letter = one?;
            let back = format!("{}?besked=videresendt", paths::letter(letter.as_str()));
            // A name that is not even an id names nobody; the domain says so.
            let to = PersonaId::parse(&form.modtager)
                .or_else(|_| PersonaId::parse("ukendt"))
                .map_err(|_| paths::POST.to_owned())?;
            (
                MailboxAction::Forward { letter, to },
                Box::new(move |_| back.clone()),
            )
        }
        _ => return Err(paths::POST.to_owned()),
    })
}

async fn refuse(
    state: &AppState,
    lookup: SessionLookup,
    page: &str,
    message: String,
    form: &PostForm,
) -> Response {
    let mut feedback = FormFeedback {
        errors: vec![message],
        ..Default::default()
    };
    if form.handling == "opret-mappe" {
        feedback.fields.push(("navn".into(), form.navn.clone()));
    }
    show_again(state, lookup, page, feedback).await
}

async fn handle(state: &AppState, lookup: SessionLookup, form: PostForm, page: String) -> Response {
    let SessionLookup::Live(id) = &lookup else {
        return see_other(paths::LOG_IN);
    };
    let Some(owner) = crate::forms::open_mailbox(state, id) else {
        return see_other(paths::LOG_IN);
    };
    if form.handling == "skift-postkasse" {
        // "Skift postkasse": the own mailbox, or one shared with the persona.
        let owner = PersonaId::parse(&form.postkasse).ok();
        let command = Command::Access {
            action: domain::AccessAction::Switch { owner },
        };
        return match crate::forms::run(state, id, &command) {
            None | Some(Err(Refusal::NotLoggedIn)) => see_other(paths::LOG_IN),
            Some(Ok(_)) => see_other(paths::POST),
            Some(Err(refusal)) => refuse(state, lookup, &page, refusal.to_string(), &form).await,
        };
    }
    // Letter ids as sent; one that is not even well-formed names no letter.
    let sent = form
        .letters
        .iter()
        .chain((!form.aabn.is_empty()).then_some(&form.aabn));
    let Some(letters) = sent
        .map(|l| LetterId::parse(l).ok())
        .collect::<Option<Vec<LetterId>>>()
    else {
        return refuse(
            state,
            lookup,
            &page,
            Refusal::NoSuchLetter.to_string(),
            &form,
        )
        .await;
    };
    if form.handling == "toem-papirkurv" && !form.bekraeft {
        return refuse(
            state,
            lookup,
            &page,
            app::text::post::CONFIRM_NEEDED.to_owned(),
            &form,
        )
        .await;
    }
    if form.handling == "flyt" && letters.is_empty() {
        return refuse(
            state,
            lookup,
            &page,
            Refusal::NothingChosen.to_string(),
            &form,
        )
        .await;
    }
    let (action, success) = match plan(&form, letters) {
        Ok(plan) => plan,
        Err(to) => return see_other(&to),
    };
    let command = Command::Mailbox { owner, action };
    let outcome = crate::forms::run(state, id, &command);
    match outcome {
        None | Some(Err(Refusal::NotLoggedIn)) => see_other(paths::LOG_IN),
        Some(Ok(events)) => see_other(&success(&events)),
        Some(Err(refusal)) => refuse(state, lookup, &page, refusal.to_string(), &form).await,
    }
}
