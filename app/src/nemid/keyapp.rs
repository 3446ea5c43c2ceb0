//! NemID nøgleapp (2018–2023): at NemID's key step, "Send anmodning til nøgleapp" instead
//! of a key; the box then waits for the approval on the practice phone (by itself with
//! JavaScript, "Jeg har godkendt" without), or goes back to the card. The phone's side is
//! [`KeyAppScreen`]. The rules are in `domain/src/keyapp.rs`.

use crate::html::IntoHtml;
use crate::mitid::data::RequestView;
use crate::nemid::Errors;
use crate::paths;
use crate::text::mitid::key_app as t;
use crate::text::mitid::phone as phone_t;
use crate::world::{Alert, PostButton};
use domain::{Persona, World};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The key step's nøgleapp part, for a persona who has the app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyAppStep {
    /// The persona's id (their phone's address).
    pub persona: String,
    /// A request waiting in the app: when it was sent (clock time).
    pub waiting: Option<String>,
    /// The world's version (the box moves on when it changes).
    pub version: u32,
}

pub fn key_app_step(world: &World, p: &Persona) -> Option<KeyAppStep> {
    p.noegleapp.then(|| KeyAppStep {
        persona: p.id.to_string(),
        waiting: world
            .key_app_waiting()
            .map(|r| r.sent.danish_local().clock()),
        version: world.version(),
    })
}

/// A button of the login box posting `trin`.
fn step_button(trin: &'static str, label: &'static str, class: &'static str) -> impl IntoView {
    view! {
        <form method="post" action=paths::LOG_IN class="inline-form" id=format!("nemid-{trin}")>
            <input type="hidden" name="trin" value=trin/>
            <button type="submit" class=class>{label}</button>
        </form>
    }
}

/// Under the key's form: the offer to approve in the nøgleapp instead.
#[component]
pub fn SendToKeyApp() -> impl IntoView {
    view! {
        <div class="key-app-offer">
            <p>{t::OFFER}</p>
            {step_button("noegleapp", t::SEND, "button button-secondary")}
        </div>
    }
}

/// The login box while the request waits in the nøgleapp.
#[component]
pub fn KeyAppWait(persona: String, step: KeyAppStep, errors: Vec<String>) -> impl IntoView {
    use crate::text::mitid as m;
    view! {
        <Errors errors/>
        <p>{crate::text::nemid::LOGGING_IN_AS}" "<strong>{persona}</strong></p>
        <h2 class="h3">{t::WAIT_HEADING}</h2>
        <p>{t::WAIT_INTRO}</p>
        <p>{t::WAIT_HOW}</p>
        <p class="form-hint">{format!("{} {}", t::SENT_AT, step.waiting.unwrap_or_default())}</p>
        <p>
            <a class="button button-primary" href=format!("{}?app=noegleapp", paths::phone(&step.persona)) target="_blank">{m::OPEN_PHONE}</a>
        </p>
        <p class="form-hint">{m::OPEN_PHONE_EXPLAIN}</p>
        {step_button("noegleapp-fortsaet", m::APPROVED, "button button-secondary")}
        <islands::mitid::AppWait version=step.version form="nemid-noegleapp-fortsaet".to_owned() text=m::WAITING_LIVE.to_owned()/>
        <div class="world-actions-buttons">
            {step_button("noeglekort", t::USE_CARD, "button button-secondary")}
            <PostButton action=paths::LOG_IN_CANCEL label=crate::text::nemid::CANCEL class="button button-secondary"/>
        </div>
    }
}

/// The phone's NemID nøgleapp: the requests to approve (swipe or "Godkend") or reject.
#[component]
pub fn KeyAppScreen(persona: String, requests: Vec<RequestView>, answer: String) -> impl IntoView {
    let fb = crate::world::feedback();
    let done = match answer.as_str() {
        _ if !fb.errors.is_empty() => None,
        "godkendt" => Some(phone_t::APPROVED),
        "afvist" => Some(t::REJECTED),
        _ => None,
    };
    let action = paths::phone(&persona);
    let (open, earlier): (Vec<RequestView>, Vec<RequestView>) =
        requests.into_iter().partition(|r| r.status.is_none());
    view! {
        <h2 class="phone-heading">{t::NAME}</h2>
        {done.map(|text| view! { <Alert kind="alert-success"><p class="alert-text">{text}</p></Alert> })}
        <Errors errors=fb.errors.clone()/>
        {if open.is_empty() {
            view! { <p class="phone-empty">{phone_t::NO_REQUESTS}</p><p class="form-hint">{t::NO_REQUESTS_HINT}</p> }.into_html()
        } else {
            open.into_iter().map(|r| {
                let form = format!("noegle-godkend-{}", r.id);
                view! {
                    <article class="phone-request" aria-labelledby=format!("{form}-title")>
                        <h3 class="phone-request-title" id=format!("{form}-title")>{t::REQUEST}</h3>
                        <p class="phone-request-from">{phone_t::REQUEST_FROM}</p>
                        <p>{format!("{} {}", phone_t::SENT_AT, r.sent)}</p>
                        <p class="phone-check">{t::CHECK}</p>
                        <form method="post" action=action.clone() id=form.clone()>
                            <input type="hidden" name="trin" value="noegle-godkend"/>
                            <input type="hidden" name="anmodning" value=r.id.to_string()/>
                            <islands::mitid::Swipe label=phone_t::SWIPE.to_owned() form=form.clone()/>
                            <button type="submit" class="button button-primary phone-approve">{phone_t::APPROVE}</button>
                        </form>
                        <form method="post" action=action.clone() class="inline-form">
                            <input type="hidden" name="trin" value="noegle-afvis"/>
                            <input type="hidden" name="anmodning" value=r.id.to_string()/>
                            <button type="submit" class="button button-secondary">{phone_t::REJECT}</button>
                        </form>
                    </article>
                }
            }).collect_view().into_html()
        }}
        {crate::mitid::earlier::earlier_requests(earlier, t::REQUEST)}
    }
}
