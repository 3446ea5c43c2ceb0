//! Digital fuldmagt form posts: the overview's buttons (`/fuldmagt`: "Godkend", "Afvis",
//! "Slet fuldmagt", and the betroet medarbejder's answers), "Giv fuldmagt", "Anmod om
//! fuldmagt", the signature, and the self-services "Skift læge" and "Flytning".

use crate::AppState;
use crate::forms::{bounded, run, see_other, show_again};
use app::paths;
use app::session::SessionLookup;
use app::world::FormFeedback;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;
use domain::Refusal;
use domain::{Area, Command, FuldmagtAction, PersonaId};

/// Every field the fuldmagt forms send; `omraade` may repeat. (Læseadgang and the mailbox
/// have typed forms in `app/src/{access,post}/form.rs`; these should follow.)
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

    /// Every value of a field that may repeat (ticked checkboxes).
    pub(crate) fn all(&self, name: &str) -> Vec<String> {
        self.fields
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
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
    format!("{}?besked={what}", paths::FULDMAGT)
}

fn fuldmagt(action: FuldmagtAction) -> Command {
    Command::Fuldmagt { action }
}

/// The områder ticked (unknown keys are ignored) and the end date, if one was chosen.
fn areas_and_until(form: &Fields) -> (Vec<Area>, String) {
    let areas = form
        .all("omraade")
        .iter()
        .filter_map(|k| Area::from_key(k))
        .collect();
    let until = if form.get("varighed") == "dato" {
        // "Til en bestemt dato" with no date typed: the domain says how to write it.
        let typed = form.get("gyldig_til");
        if typed.trim().is_empty() {
            "mangler".to_owned()
        } else {
            typed
        }
    } else {
        String::new()
    };
    (areas, until)
}

/// `POST /fuldmagt`: the overview's buttons.
pub async fn overview(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    body: Bytes,
) -> Response {
    let form = Fields::parse(&body);
    let id = form.number("id");
    let (command, to) = match form.get("handling").as_str() {
        "godkend" => (
            fuldmagt(FuldmagtAction::PrepareApproval { request: id }),
            paths::FULDMAGT_SIGN.to_owned(),
        ),
        "afvis" => (
            fuldmagt(FuldmagtAction::Reject { request: id }),
            done("afvist"),
        ),
        "slet" => (
            fuldmagt(FuldmagtAction::Delete { fuldmagt: id }),
            done("slettet"),
        ),
        answer @ ("godkend-for-borger" | "afvis-for-borger") => {
            let approve = answer == "godkend-for-borger";
            (
                fuldmagt(FuldmagtAction::AnswerForCitizen {
                    request: id,
                    approve,
                    identity_confirmed: form.get("identitet") == "ja",
                }),
                done(if approve { "givet" } else { "afvist" }),
            )
        }
        _ => return crate::forms::see_other(paths::FULDMAGT),
    };
    act_on(&state, lookup, paths::FULDMAGT, command, &form, &to).await
}

/// `POST /fuldmagt/giv`: step 1 of "Giv fuldmagt".
pub async fn give(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    body: Bytes,
) -> Response {
    let form = Fields::parse(&body);
    let (areas, until) = areas_and_until(&form);
    let command = fuldmagt(FuldmagtAction::PrepareGive {
        name: form.get("navn"),
        cpr: form.get("cpr"),
        areas,
        until,
    });
    act_on(
        &state,
        lookup,
        paths::FULDMAGT_GIVE,
        command,
        &form,
        paths::FULDMAGT_SIGN,
    )
    .await
}

/// `POST /fuldmagt/anmod`: "Anmod om fuldmagt".
pub async fn request(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    body: Bytes,
) -> Response {
    let form = Fields::parse(&body);
    let (areas, until) = areas_and_until(&form);
    let command = fuldmagt(FuldmagtAction::Request {
        name: form.get("navn"),
        cpr: form.get("cpr"),
        areas,
        until,
    });
    act_on(
        &state,
        lookup,
        paths::FULDMAGT_REQUEST,
        command,
        &form,
        &done("anmodet"),
    )
    .await
}

/// Who the self-service is for: the persona themself unless another persona is chosen.
fn on_behalf(form: &Fields) -> Option<PersonaId> {
    PersonaId::parse(&form.get("for")).ok()
}

/// `POST /selvbetjening/skift-laege`.
pub async fn doctor(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    body: Bytes,
) -> Response {
    let form = Fields::parse(&body);
    let command = fuldmagt(FuldmagtAction::ChangeDoctor {
        on_behalf: on_behalf(&form),
        doctor: form.get("laege"),
    });
    let to = format!("{}?besked=laege", paths::DOCTOR);
    act_on(&state, lookup, paths::DOCTOR, command, &form, &to).await
}

/// `POST /selvbetjening/flytning`.
pub async fn move_home(
    State(state): State<AppState>,
    Extension(lookup): Extension<SessionLookup>,
    body: Bytes,
) -> Response {
    let form = Fields::parse(&body);
    let command = fuldmagt(FuldmagtAction::ReportMove {
        on_behalf: on_behalf(&form),
        address: form.get("adresse"),
    });
    let to = format!("{}?besked=flytning", paths::MOVE);
    act_on(&state, lookup, paths::MOVE, command, &form, &to).await
}
