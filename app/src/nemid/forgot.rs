//! "Glemt adgangskode?": what the real NemID did when a password was forgotten, and the
//! form that orders a temporary password here (the bruger-id and the key card's number;
//! NemID is spærret at once and the letter arrives in "Fysisk post").

use crate::forms::{PageForm, Plan, bounded};
use crate::html::IntoHtml;
use crate::nemid::{Errors, Input};
use crate::paths;
use crate::text::forgot as t;
use crate::title::Title;
use crate::world::{Alert, in_world};
use domain::{Command, Event};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::Deserialize;

/// `POST /log-paa/glemt-adgangskode`.
#[derive(Debug, Default, Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    pub bruger_id: String,
    #[serde(default)]
    pub noeglekort: String,
}

impl PageForm for ForgotForm {
    fn parse(body: &[u8]) -> Option<Self> {
        serde_html_form::from_bytes(body).ok()
    }

    /// Both fields are shown again after a refusal, but never a real-looking CPR number.
    fn kept(&self, body: &[u8]) -> Vec<(String, String)> {
        crate::forms::kept_fields(body, &[])
            .into_iter()
            .filter(|(k, v)| !(k == "bruger_id" && domain::nemid::looks_like_real_cpr(v)))
            .collect()
    }
}

impl ForgotForm {
    pub fn plan(&self) -> Plan {
        Plan::Run {
            command: Command::OrderTemporaryPassword {
                user_id: bounded(&self.bruger_id),
                card_number: bounded(&self.noeglekort),
            },
            then: Box::new(|events| {
                let persona = events.iter().find_map(|e| match e {
                    Event::NemIdLocked { persona, .. } => Some(persona.to_string()),
                    _ => None,
                });
                match persona {
                    Some(p) => format!("{}?bestilt={p}", paths::FORGOT),
                    None => paths::FORGOT.to_owned(),
                }
            }),
        }
    }
}

#[component]
pub fn ForgotPage() -> impl IntoView {
    let ordered = use_query_map().with_untracked(|q| {
        q.get("bestilt")
            .filter(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()))
    });
    let data = crate::world::with_world(|_| crate::world::feedback());
    view! {
        <Title text=t::TITLE/>
        {in_world(data, move |feedback| {
            view! {
                <div class="nemid-box">
                    <h1>{t::TITLE}</h1>
                    {match ordered.clone() {
                        Some(persona) => view! {
                            <Alert kind="alert-success"><p class="alert-text">{t::ORDERED}</p></Alert>
                            <div class="world-actions-buttons">
                                <a class="button button-primary" href=format!("{}#fysisk-post", paths::persona(&persona))>{t::SEE_MAIL}</a>
                                <a class="button button-secondary" href=paths::LOG_IN>{t::BACK}</a>
                            </div>
                        }.into_html(),
                        None => {
                            let invalid = !feedback.errors.is_empty();
                            view! {
                                <p>{t::INTRO}</p>
                                <Errors errors=feedback.errors.clone()/>
                                <form method="post" action=paths::FORGOT class="nemid-form">
                                    <Input name="bruger_id" label=crate::text::nemid::USER_ID hint=crate::text::nemid::USER_ID_HINT value=feedback.field("bruger_id") invalid autofocus=true/>
                                    <Input name="noeglekort" label=t::CARD_NUMBER hint=t::CARD_NUMBER_HINT value=feedback.field("noeglekort") invalid/>
                                    <button type="submit" class="button button-primary">{t::ORDER}</button>
                                </form>
                                <p><a href=paths::LOG_IN>{t::BACK}</a></p>
                            }.into_html()
                        }
                    }}
                    <h2 class="h3">{t::REAL_LIFE_HEADING}</h2>
                    {t::REAL_LIFE.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                    <p>{t::SIMULATOR}</p>
                </div>
            }
            .into_html()
        })}
    }
}
