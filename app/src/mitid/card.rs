//! A persona's MitID on the world's front page: bruger-ID, adgangskode, the app's PIN and
//! the identifikationsmidler, with "Log på med MitID" and "Åbn telefon".

use crate::paths;
use domain::World;
use domain::mitid::Authenticator;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub const HEADING: &str = "MitID";
const USER_ID: &str = "Bruger-ID";
const PASSWORD: &str = "Adgangskode";
const PIN: &str = "PIN-kode (MitID app)";
const MEANS: &str = "Identifikationsmidler";
const LOG_IN: &str = "Log på med MitID";
const BLOCKED: &str = "MitID midlertidigt spærret";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MitIdCard {
    pub persona: String,
    pub user_id: String,
    pub password: String,
    /// When the persona has the app.
    pub pin: Option<String>,
    pub authenticators: Vec<String>,
    pub has_app: bool,
    pub blocked: bool,
}

pub fn mitid_card(world: &World, p: &domain::Persona) -> Option<MitIdCard> {
    let m = p.mitid.as_ref()?;
    let has_app = m.authenticators.contains(&Authenticator::App);
    let state = world.mitid(&p.id);
    Some(MitIdCard {
        persona: p.id.to_string(),
        user_id: m.user_id.clone(),
        password: m.password.clone(),
        // A PIN the learner chose is not kept readable.
        pin: (has_app && state.chosen_pin.is_none()).then(|| m.pin.clone()),
        authenticators: m
            .authenticators
            .iter()
            .map(|a| a.label().to_owned())
            .collect(),
        has_app,
        blocked: state.blocked(world.now(crate::clock::now())),
    })
}

#[component]
pub fn MitIdFacts(card: Option<MitIdCard>) -> impl IntoView {
    card.map(|c| {
        let login = format!("{}?bruger={}", paths::MITID, c.user_id);
        let phone = paths::phone(&c.persona);
        view! {
            <h4 class="persona-facts-heading">{HEADING}</h4>
            {c.blocked.then(|| view! { <p class="persona-tags"><span class="tag tag-locked">{BLOCKED}</span></p> })}
            <dl class="persona-facts mitid-facts">
                <dt>{USER_ID}</dt>
                <dd class="credential">{c.user_id}</dd>
                <dt>{PASSWORD}</dt>
                <dd class="credential">{c.password}</dd>
                {c.pin.map(|pin| view! { <dt>{PIN}</dt><dd class="credential">{pin}</dd> })}
                <dt>{MEANS}</dt>
                <dd>{c.authenticators.join(", ")}</dd>
            </dl>
            <p class="persona-links">
                <a class="button button-primary" href=login>{LOG_IN}</a>
                {c.has_app.then(|| view! {
                    <a class="button button-secondary" href=phone>{crate::text::mitid::OPEN_PHONE}</a>
                })}
            </p>
        }
    })
}
