//! Læseadgang form posts: the overview's buttons (`/post/adgang`: "Fjern adgang",
//! "Godkend", "Afvis", "Åbn postkassen"), "Giv adgang", "Anmod om adgang" and the
//! signature. A refusal shows the page again with the message and what was typed (never
//! a real-looking CPR number, and never the key); success redirects.

use crate::AppState;
use crate::forms::{bounded, run, see_other, show_again, submit};
use app::access::form::SignForm;
use app::paths;
use app::session::SessionLookup;
use app::world::FormFeedback;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;
use domain::{AccessAction, AccessLevel, AccessScope, Command, PersonaId, Refusal};

/// Every field the access forms send; `mappe` may repeat.
#[derive(Default)]
pub(crate) struct Fields {
    fields: Vec<(String, String)>,
}

impl Fields {
    pub(crate) fn parse(body: &[u8]) -> Self {
        Self {
            fields: form_urlencoded::parse(body)
                .take(100)
                .map(|(k, v)| (bounded(&k), bounded(&v)))
                .collect(),
        }
    }

    pub(crate) fn get(&self, name: &str) -> String {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    pub(crate) fn number(&self, name: &str) -> u16 {
        self.get(name).trim().parse().unwrap_or(u16::MAX)
    }

    fn level(&self) -> AccessLevel {
        if self.get("niveau") == "skrive" {
            AccessLevel::ReadWrite
        } else {
            AccessLevel::Read
        }
    }

    /// Every value of a field that may repeat (ticked checkboxes).
    pub(crate) fn all(&self, name: &str) -> Vec<String> {
        self.fields
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    fn scope(&self) -> AccessScope {
        if self.get("omfang") != "mapper" {
            return AccessScope::Whole;
        }
        AccessScope::Folders(
            self.all("mappe")
                .iter()
                // A key that names no folder grants nothing (never silently the Indbakke).
                .filter_map(|v| domain::FolderRef::from_key(v))
                .collect(),
        )
    }

    /// What to show again after a refusal: everything but the key.
    pub(crate) fn kept(&self) -> Vec<(String, String)> {
        self.fields
            .iter()
            .filter(|(k, _)| k != "noegle")
            .cloned()
            .collect()
    }
}

/// Runs `action`; on success goes to `to`, on a refusal shows `page` again.
async fn act(
    state: &AppState,
    lookup: SessionLookup,
    page: &str,
    action: AccessAction,
    form: &Fields,
    to: &str,
) -> Response {
    act_on(state, lookup, page, Command::Access { action }, form, to).await
}

/// Runs `command`; on success goes to `to`, on a refusal shows `page` again with the
/// message and the fields typed (the key excepted).
pub(crate) async fn act_on(
    state: &AppState,
    lookup: SessionLookup,
    page: &str,
    command: Command,
    form: &Fields,
    to: &str,
) -> Response {
    let SessionLookup::Live(id) = &lookup else {
        return see_other(paths::LOG_IN);
    };
    match run(state, id, &command) {
        None | Some(Err(Refusal::NotLoggedIn)) => see_other(paths::LOG_IN),
        Some(Ok(_)) => see_other(to),
        Some(Err(refusal)) => {
            let feedback = FormFeedback {
                errors: vec![refusal.to_string()],
                fields: form.kept(),
                ..Default::default()
            };
            show_again(state, lookup, page, feedback).await
        }
    }
}

fn done(what: &str) -> String {
    format!("{}?besked={what}", paths::ACCESS)
}

/// `POST /post/adgang`: the overview's buttons.
pub async fn overview(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    body: Bytes,
) -> Response {
    let form = Fields::parse(&body);
    let (action, to) = match form.get("handling").as_str() {
        "fjern" => (
            AccessAction::Remove {
                grant: form.number("adgang"),
            },
            done("fjernet"),
        ),
        "godkend" => (
            AccessAction::PrepareApproval {
                request: form.number("anmodning"),
            },
            paths::ACCESS_SIGN.to_owned(),
        ),
        "afvis" => (
            AccessAction::Reject {
                request: form.number("anmodning"),
            },
            done("afvist"),
        ),
        "aabn" => (
            // A malformed id opens the persona's own mailbox.
            AccessAction::Switch {
                owner: PersonaId::parse(&form.get("postkasse")).ok(),
            },
            paths::POST.to_owned(),
        ),
        _ => return see_other(paths::ACCESS),
    };
    act(&state, lookup, paths::ACCESS, action, &form, &to).await
}

/// `POST /post/adgang/giv`: step 1 of "Giv adgang".
pub async fn give(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    body: Bytes,
) -> Response {
    let form = Fields::parse(&body);
    let action = AccessAction::PrepareGrant {
        name: form.get("navn"),
        cpr: form.get("cpr"),
        level: form.level(),
        scope: form.scope(),
        until: form.get("slutdato"),
    };
    act(
        &state,
        lookup,
        paths::ACCESS_GIVE,
        action,
        &form,
        paths::ACCESS_SIGN,
    )
    .await
}

/// `POST /post/adgang/anmod`: "Anmod om adgang".
pub async fn request(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    body: Bytes,
) -> Response {
    let form = Fields::parse(&body);
    let action = AccessAction::Request {
        name: form.get("navn"),
        cpr: form.get("cpr"),
        level: form.level(),
        until: form.get("slutdato"),
    };
    act(
        &state,
        lookup,
        paths::ACCESS_REQUEST,
        action,
        &form,
        &done("anmodet"),
    )
    .await
}

/// `POST /post/adgang/underskriv` and `POST /fuldmagt/underskriv`: "Underskriv" with a key,
/// or "Afbryd" — one handler for every signature; where it lands follows from what is
/// signed. A refusal shows the page the form came from again.
pub async fn sign(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    uri: http::Uri,
    body: Bytes,
) -> Response {
    let Some(form) = SignForm::parse(&body) else {
        return crate::errors::error_response(http::StatusCode::BAD_REQUEST);
    };
    let what = match &lookup {
        SessionLookup::Live(id) => state
            .store
            .load(id, std::time::Instant::now())
            .and_then(|w| w.signing().map(|s| s.what.clone())),
        _ => None,
    };
    let page = if uri.path() == paths::FULDMAGT_SIGN {
        paths::FULDMAGT_SIGN
    } else {
        paths::ACCESS_SIGN
    };
    let plan = form.plan(what.as_ref());
    submit(&state, lookup, page, plan, Vec::new(), SignForm::field_of).await
}
