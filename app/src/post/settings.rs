//! "Besked om ny post": where the owner of the open mailbox wants a message when post
//! arrives (e-mail, SMS), and the messages "sent" so far. A helper with læse- og
//! skriveadgang to the whole mailbox may change it (reference/domain.md); other helpers see
//! the settings but not the messages, which name every letter's sender.

use crate::components::{FieldError, group_class};
use crate::forms::{PageForm, Plan, bounded};
use crate::html::IntoHtml;
use crate::nemid::Errors;
use crate::notice::Notice;
use crate::paths;
use crate::post::page::not_logged_in;
use crate::text::post as t;
use crate::title::Title;
use crate::world::{Alert, in_world};
use domain::{Command, Input, MailboxAction, PersonaId, Refusal, World};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// `POST /post/indstillinger`: "Gem".
#[derive(Debug, Default, Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub mobil: String,
}

impl PageForm for SettingsForm {
    fn parse(body: &[u8]) -> Option<Self> {
        serde_html_form::from_bytes(body).ok()
    }

    fn field_of(&self, refusal: &Refusal) -> Option<&'static str> {
        match refusal.input()? {
            Input::Email => Some("email"),
            Input::Mobile => Some("mobil"),
            _ => None,
        }
    }
}

impl SettingsForm {
    /// The settings for `owner`'s mailbox; an empty field turns that way off.
    pub fn plan(&self, owner: PersonaId) -> Plan {
        let given = |s: &str| Some(bounded(s.trim())).filter(|s| !s.is_empty());
        Plan::run_then(
            Command::Mailbox {
                owner,
                action: MailboxAction::SetNotifications {
                    email: given(&self.email),
                    sms: given(&self.mobil),
                },
            },
            Notice::SettingsSaved.on(paths::SETTINGS),
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsView {
    pub owner: String,
    pub may_change: bool,
    pub email: String,
    pub mobile: String,
    /// (to, when, text), newest first.
    pub sent: Vec<(String, String, String)>,
    pub errors: Vec<String>,
    pub email_error: Option<String>,
    pub mobile_error: Option<String>,
}

fn settings(world: &World) -> Option<SettingsView> {
    let viewer = world.viewer()?;
    let feedback = crate::world::feedback();
    let saved = world.notify(&viewer.owner);
    let refused = !feedback.errors.is_empty();
    let whole = viewer.sees_whole_mailbox();
    let value = |typed: &str, saved: Option<String>| {
        if refused {
            feedback.field(typed)
        } else {
            saved.unwrap_or_default()
        }
    };
    Some(SettingsView {
        owner: world.name(&viewer.owner),
        may_change: viewer.may_set_notifications(),
        email: value("email", saved.email),
        mobile: value("mobil", saved.sms),
        // The messages name every letter's sender: only for whom sees the whole mailbox.
        sent: world
            .notices(&viewer.owner)
            .into_iter()
            .filter(|_| whole)
            .map(|n| (n.to.clone(), n.at.danish_date(), t::notice_text(&n.from)))
            .collect(),
        email_error: feedback.error_at("email"),
        mobile_error: feedback.error_at("mobil"),
        errors: feedback.errors,
    })
}

#[component]
fn Field(
    name: &'static str,
    label: &'static str,
    kind: &'static str,
    value: String,
    error: Option<String>,
    disabled: bool,
) -> impl IntoView {
    let hint = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = if error.is_some() {
        format!("{hint} {error_id}")
    } else {
        hint.clone()
    };
    view! {
        <div class=group_class(error.is_some())>
            <label class="form-label" for=name>{label}</label>
            <span class="form-hint" id=hint>{t::LEAVE_EMPTY}</span>
            <FieldError id=if name == "email" { "email-error" } else { "mobil-error" } message=error.clone()/>
            <input class="form-input" id=name name=name type=kind value=value disabled=disabled
                autocomplete="off" maxlength="60" aria-describedby=described
                aria-invalid=error.is_some().then_some("true")/>
        </div>
    }
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    let saved =
        use_query_map().with_untracked(|q| Notice::in_query(q) == Some(Notice::SettingsSaved));
    let data = crate::world::with_world(settings);
    in_world(data, move |view| {
        match view {
        None => not_logged_in(),
        Some(v) => view! {
            <Title text=t::SETTINGS/>
            <p><a href=paths::POST>{format!("{} Indbakke", t::BACK_TO)}</a></p>
            <h1>{t::SETTINGS}</h1>
            <p class="post-owner">{t::MAILBOX_OF}" "<strong>{v.owner.clone()}</strong></p>
            {saved.then(|| view! { <Alert kind="alert-success"><p class="alert-text">{t::SETTINGS_SAVED}</p></Alert> })}
            <Errors errors=v.errors.clone()/>
            <p>{t::SETTINGS_INTRO}</p>
            <p class="form-hint">{t::SETTINGS_NOTHING_SENT}</p>
            {(!v.may_change).then(|| view! { <Alert kind="alert-info"><p class="alert-text">{t::SETTINGS_READ_ONLY}</p></Alert> })}
            <form method="post" action=paths::SETTINGS class="access-form">
                <Field name="email" label=t::EMAIL kind="email" value=v.email.clone() error=v.email_error.clone() disabled=!v.may_change/>
                <Field name="mobil" label=t::MOBILE kind="tel" value=v.mobile.clone() error=v.mobile_error.clone() disabled=!v.may_change/>
                {v.may_change.then(|| view! { <button type="submit" class="button button-primary">{t::SAVE}</button> })}
            </form>
            <h2>{t::NOTICES_HEADING}</h2>
            {if v.sent.is_empty() {
                view! { <p>{t::NO_NOTICES}</p> }.into_html()
            } else {
                view! {
                    <ul class="notice-list no-max-width">
                        {v.sent.into_iter().map(|(to, when, text)| view! {
                            <li><strong>{to}</strong>" · "{when}<br/>{text}</li>
                        }).collect_view()}
                    </ul>
                }.into_html()
            }}
        }
        .into_html(),
    }
    })
}
