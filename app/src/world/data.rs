//! The reads of the learner's world that pages render from (on the server only).
//! They only read: every change goes through a form post to the server.

use super::read::{InWorld, with_world};
use crate::error::AppError;
use domain::{Login, PaperLetterKind, Persona, PersonaId, World};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Error messages and kept input for a form the server refused, handed to the page that
/// shows the form again. Secrets are never kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormFeedback {
    pub errors: Vec<String>,
    /// Other typed values to show again, by field name (never a secret).
    pub fields: Vec<(String, String)>,
    /// The id of the input the refusal belongs next to, if the form knows one.
    pub field: Option<&'static str>,
}

impl FormFeedback {
    /// The kept value of field `name`, or "".
    pub fn field(&self, name: &str) -> String {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    /// The typed "CPR-nummer" to show again: only a practice persona's, never a number that
    /// could be a real person's.
    pub fn kept_cpr(&self, world: &World) -> String {
        let typed = self.field("cpr");
        if world
            .personas()
            .iter()
            .any(|p| p.cpr.as_str() == typed.trim())
        {
            typed
        } else {
            String::new()
        }
    }

    /// The refusal to show next to the input with id `input`, if it belongs there.
    pub fn error_at(&self, input: &str) -> Option<String> {
        (self.field == Some(input))
            .then(|| self.errors.first().cloned())
            .flatten()
    }

    /// The refusal that belongs at an input, for a page's view.
    pub fn at_field(&self) -> AtField {
        AtField(
            self.field
                .and_then(|id| Some((id.to_owned(), self.error_at(id)?))),
        )
    }
}

/// A refused form's message and the id of the input it belongs next to, if any.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AtField(pub Option<(String, String)>);

impl AtField {
    /// The message to show at the input with id `input`.
    pub fn at(&self, input: &str) -> Option<String> {
        self.0
            .as_ref()
            .filter(|(at, _)| at == input)
            .map(|(_, message)| message.clone())
    }
}

/// One persona as the world's front page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonaCard {
    pub id: String,
    pub name: String,
    pub age: u8,
    pub cpr: String,
    pub address: String,
    pub login_id: String,
    /// `None` once the learner chose a new password (it is not kept in readable form).
    pub password: Option<String>,
    pub summary: String,
    pub trusted_employee: bool,
    pub locked: bool,
    pub noegleapp: bool,
    pub mitid: Option<crate::mitid::card::MitIdCard>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorldOverview {
    pub scenario: String,
    pub personas: Vec<PersonaCard>,
}

/// One key of a card as printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyView {
    pub number: String,
    pub key: String,
    pub used: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyCardView {
    pub owner: String,
    pub owner_id: String,
    pub number: String,
    pub keys: Vec<KeyView>,
    pub remaining: usize,
}

/// A letter in "Fysisk post".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PaperLetterView {
    NewKeyCard { date: String, card_number: String },
    TemporaryPassword { date: String, password: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonaView {
    pub card: PersonaCard,
    pub key_card: KeyCardView,
    pub paper_mail: Vec<PaperLetterView>,
}

/// The header's account box.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountView {
    pub logged_in: Option<String>,
    /// Where "Log på" leads: NemID's or MitID's login (the world's setting).
    pub log_in: String,
}

/// What the NemID login page shows, by where the learner is in the flow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoginView {
    Credentials {
        user_id: String,
        errors: Vec<String>,
    },
    Key {
        persona: String,
        key_number: String,
        temporary: bool,
        errors: Vec<String>,
        card: KeyCardView,
        /// The NemID nøgleapp, when the persona has it.
        key_app: Option<crate::nemid::keyapp::KeyAppStep>,
    },
    ChoosePassword {
        persona: String,
        errors: Vec<String>,
    },
    LoggedIn {
        persona: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyPageView {
    /// `None`: nobody is logged in.
    pub persona: Option<PersonaView>,
    pub new_card_coming: bool,
}

pub fn feedback() -> FormFeedback {
    use_context::<FormFeedback>().unwrap_or_default()
}

pub fn persona_card(world: &World, p: &Persona) -> PersonaCard {
    let nemid = world.nemid(&p.id);
    PersonaCard {
        id: p.id.to_string(),
        name: p.name.clone(),
        age: p.age,
        cpr: p.cpr.to_string(),
        address: p.address.clone(),
        login_id: p.login_id().to_owned(),
        password: nemid.chosen_password.is_none().then(|| p.password.clone()),
        summary: p.summary.clone(),
        trusted_employee: p.role == domain::Role::TrustedEmployee,
        locked: nemid.locked,
        noegleapp: p.noegleapp,
        mitid: crate::mitid::card::mitid_card(world, p),
    }
}

pub fn key_card(world: &World, p: &Persona) -> KeyCardView {
    let card = world.key_card(&p.id);
    let used = world.nemid(&p.id).used;
    KeyCardView {
        owner: p.name.clone(),
        owner_id: p.id.to_string(),
        number: card.number,
        keys: card
            .keys
            .iter()
            .enumerate()
            .map(|(i, k)| KeyView {
                number: k.number_text(),
                key: k.key.clone(),
                used: used.contains(i),
            })
            .collect(),
        remaining: used.remaining(),
    }
}

pub fn persona_view(world: &World, p: &Persona) -> PersonaView {
    let paper_mail = world
        .paper_mail(&p.id)
        .into_iter()
        .map(|letter| {
            let date = crate::text::date(letter.at);
            match letter.kind {
                PaperLetterKind::NewKeyCard { generation } => PaperLetterView::NewKeyCard {
                    date,
                    card_number: world.key_card_generation(&p.id, generation).number,
                },
                PaperLetterKind::TemporaryPassword { lockout } => {
                    PaperLetterView::TemporaryPassword {
                        date,
                        password: world.temporary_password(&p.id, lockout),
                    }
                }
            }
        })
        .collect();
    PersonaView {
        card: persona_card(world, p),
        key_card: key_card(world, p),
        paper_mail,
    }
}

pub fn find(world: &World, id: &str) -> Option<Persona> {
    PersonaId::parse(id)
        .ok()
        .and_then(|id| world.persona(&id).cloned())
}

pub fn login_view(world: &World, feedback: FormFeedback) -> LoginView {
    let name = |id: &PersonaId| {
        world
            .persona(id)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    match world.login() {
        // A MitID login in progress is left for a NemID one.
        Login::LoggedOut | Login::MitId { .. } => {
            // After a wrong password for a persona of this world, how many tries are left
            // (the personas are listed on the world's page, so this tells nothing secret).
            let user_id = feedback.field("bruger_id");
            let mut errors = feedback.errors;
            if !errors.is_empty()
                && let Some(p) = domain::nemid::find_persona(world.personas(), &user_id)
                && let Some(n) = world.tries_left(&p.id)
            {
                errors.push(crate::text::nemid::tries_left(n));
            }
            LoginView::Credentials { user_id, errors }
        }
        Login::AwaitingKey {
            persona,
            key_index,
            temporary,
            ..
        } => {
            let Some(p) = world.persona(persona) else {
                return LoginView::Credentials {
                    user_id: String::new(),
                    errors: Vec::new(),
                };
            };
            let card = key_card(world, p);
            let key_number = card
                .keys
                .get(usize::from(*key_index))
                .map(|k| k.number.clone())
                .unwrap_or_default();
            let mut errors = feedback.errors;
            if let Some(n) = world.tries_left(persona).filter(|_| !errors.is_empty()) {
                errors.push(crate::text::nemid::tries_left(n));
            }
            LoginView::Key {
                persona: p.name.clone(),
                key_number,
                temporary: *temporary,
                errors,
                card,
                key_app: crate::nemid::keyapp::key_app_step(world, p),
            }
        }
        Login::MustChoosePassword { persona } => LoginView::ChoosePassword {
            persona: name(persona),
            errors: feedback.errors,
        },
        Login::LoggedIn { persona } => LoginView::LoggedIn {
            persona: name(persona),
        },
    }
}

pub fn get_world_overview() -> Result<InWorld<WorldOverview>, AppError> {
    with_world(|world| WorldOverview {
        scenario: world.scenario().name.clone(),
        personas: world
            .personas()
            .iter()
            .map(|p| persona_card(world, p))
            .collect(),
    })
}

pub fn get_account() -> Result<InWorld<AccountView>, AppError> {
    with_world(|world| AccountView {
        logged_in: world.logged_in().map(|p| p.name.clone()),
        log_in: crate::paths::log_in(world.login_method()).to_owned(),
    })
}

pub fn get_login_view() -> Result<InWorld<LoginView>, AppError> {
    let feedback = feedback();
    with_world(move |world| login_view(world, feedback))
}

/// A persona of the world, with card and paper mail; `None` if there is no such persona.
pub fn get_persona_view(id: String) -> Result<InWorld<Option<PersonaView>>, AppError> {
    with_world(|world| find(world, &id).map(|p| persona_view(world, &p)))
}

/// Key cards to print: one persona's, or every persona's when `id` is empty.
pub fn get_print_cards(id: String) -> Result<InWorld<Vec<KeyCardView>>, AppError> {
    with_world(|world| {
        world
            .personas()
            .iter()
            .filter(|p| id.is_empty() || p.id.as_str() == id)
            .map(|p| key_card(world, p))
            .collect()
    })
}

pub fn get_my_page() -> Result<InWorld<MyPageView>, AppError> {
    with_world(|world| match world.logged_in() {
        Some(p) => MyPageView {
            new_card_coming: world.nemid(&p.id).next_card.is_some(),
            persona: Some(persona_view(world, p)),
        },
        None => MyPageView {
            persona: None,
            new_card_coming: false,
        },
    })
}
