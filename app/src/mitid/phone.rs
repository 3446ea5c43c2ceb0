//! `/telefon/<person>`: the persona's practice phone — the MitID app (requests to approve
//! with the PIN and a swipe, or to reject; a new PIN after too many wrong ones), Beskeder
//! (SMS) and E-mail. Clearly a practice phone: the ØVEMILJØ mark stays on its screen.

use super::data::{PhoneView, RequestView, get_phone_view};
use crate::html::{Html, IntoHtml};
use crate::nemid::Errors;
use crate::nemid::page::Input;
use crate::paths;
use crate::text::mitid::phone as t;
use crate::title::Title;
use crate::world::{Alert, in_world};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    App,
    KeyApp,
    Sms,
    Email,
    Calls,
}

#[component]
pub fn PhonePage() -> impl IntoView {
    let id = use_params_map()
        .read_untracked()
        .get("id")
        .unwrap_or_default();
    let query = use_query_map().read_untracked();
    let tab = match query.get("app").as_deref() {
        Some("beskeder") => Tab::Sms,
        Some("email") => Tab::Email,
        Some("noegleapp") => Tab::KeyApp,
        Some("opkald") => Tab::Calls,
        _ => Tab::App,
    };
    let answer = query.get("svar").unwrap_or_default();
    // A paired phone is this persona's phone only.
    let paired = super::pairing::paired_phone();
    let data = match &paired {
        Some(p) if *p != id => Ok(crate::world::InWorld::Active(None)),
        _ => get_phone_view(id),
    };
    let is_paired = paired.is_some();
    view! {
        {(!is_paired).then(|| view! { <p><a href=paths::WORLD>{t::BACK}</a></p> })}
        {in_world(data, move |v| match v {
            Some(v) => view! { <Phone v tab answer paired=is_paired/> }.into_html(),
            None => {
                if let Some(r) = use_context::<leptos_axum::ResponseOptions>() {
                    r.set_status(http::StatusCode::NOT_FOUND);
                }
                view! { <Title text=t::TITLE/><h1>{t::TITLE}</h1><p>{t::NO_PERSON}</p> }.into_html()
            }
        })}
    }
}

#[component]
fn Phone(v: PhoneView, tab: Tab, answer: String, paired: bool) -> impl IntoView {
    let title = t::title_of(&v.name);
    let base = paths::phone(&v.persona);
    let of = |c: domain::drill::Channel| -> Vec<_> {
        v.drills
            .iter()
            .filter(|d| d.channel == c)
            .cloned()
            .collect()
    };
    let sms_drills = of(domain::drill::Channel::Sms);
    let email_drills = of(domain::drill::Channel::Email);
    let calls = of(domain::drill::Channel::Call);
    let link = |to: Tab, label: String, query: &str| {
        let href = format!("{base}{query}");
        view! {
            <li><a href=href class="phone-tab" aria-current=(tab == to).then_some("page")>{label}</a></li>
        }
    };
    let tabs = view! {
        <nav class="phone-tabs" aria-label=title.clone()>
            <ul class="nobullet-list">
                {link(Tab::App, t::APP.to_owned(), "")}
                {v.key_requests.is_some().then(|| {
                    link(Tab::KeyApp, crate::text::mitid::key_app::NAME.to_owned(), "?app=noegleapp")
                })}
                {link(Tab::Sms, format!("{} ({})", t::MESSAGES, v.sms.len() + sms_drills.len()), "?app=beskeder")}
                {link(Tab::Email, format!("{} ({})", t::EMAIL, v.email.len() + email_drills.len()), "?app=email")}
                {(!calls.is_empty() || tab == Tab::Calls).then(|| {
                    link(Tab::Calls, format!("{} ({})", crate::drill::call::CALLS, calls.len()), "?app=opkald")
                })}
            </ul>
        </nav>
    };
    let screen = match tab {
        Tab::App => view! { <AppScreen v=v.clone() answer=answer.clone()/> }.into_html(),
        Tab::KeyApp => {
            let requests = v.key_requests.clone().unwrap_or_default();
            view! { <crate::nemid::keyapp::KeyAppScreen persona=v.persona.clone() requests answer=answer.clone()/> }
                .into_html()
        }
        Tab::Sms => messages(
            &v.persona,
            sms_drills,
            v.sms.clone(),
            t::MESSAGES,
            t::NO_MESSAGES,
            &answer,
        ),
        Tab::Calls => crate::drill::call::calls_screen(&v.persona, calls, &answer),
        Tab::Email => messages(
            &v.persona,
            email_drills,
            v.email.clone(),
            t::EMAIL,
            t::NO_EMAIL,
            &answer,
        ),
    };
    view! {
        <Title text=title.clone()/>
        <h1>{title.clone()}</h1>
        <p class="font-lead">{if paired { t::PAIRED } else { t::NOT_A_PHONE }}</p>
        {(answer == "fjernet").then(|| view! {
            <Alert kind="alert-success"><p class="alert-text">{t::UNPAIRED}</p></Alert>
        })}
        <section class="phone" aria-label=title>
            <p class="phone-top"><span class="practice-tag">{crate::text::banner::TAG}</span></p>
            {tabs}
            <div class="phone-screen">{screen}</div>
        </section>
        <form method="post" action=paths::phone_unpair(&v.persona) class="inline-form">
            <button type="submit" class="button button-secondary">{if paired { t::UNPAIR } else { t::UNPAIR_PC }}</button>
        </form>
    }
}

/// Beskeder or E-mail: the safety drills' messages (each with "Slet"), then the notices.
fn messages(
    persona: &str,
    drills: Vec<crate::drill::DrillMessage>,
    list: Vec<(String, String)>,
    heading: &'static str,
    none: &'static str,
    answer: &str,
) -> Html {
    let done = match answer {
        "slettet" => Some(t::DELETED),
        "rapporteret" => Some(t::REPORTED),
        _ => None,
    };
    let deleted_id = use_query_map()
        .read_untracked()
        .get("besked")
        .unwrap_or_default();
    let action = paths::phone(persona);
    let tab = if heading == t::EMAIL {
        "email"
    } else {
        "beskeder"
    };
    let no_drills = drills.is_empty();
    view! {
        <h2 class="phone-heading">{heading}</h2>
        {done.map(|text| view! {
            <Alert kind="alert-success">
                <p class="alert-text">{text}" "<a href=crate::drill::debrief(&deleted_id)>{t::SEE_WHY}</a></p>
            </Alert>
        })}
        {(!drills.is_empty()).then(|| view! {
            <ul class="phone-messages nobullet-list">
                {drills.into_iter().map(|d| view! {
                    <li class="phone-message">
                        <span class="phone-time">{d.sent.clone()}</span>
                        <strong class="phone-sender">{d.sender.clone()}</strong>
                        {(!d.subject.is_empty()).then(|| view! { <strong>{d.subject.clone()}</strong> })}
                        <span>{d.before.clone()}<a href=crate::drill::link(&d.id)>{d.link.clone()}</a>{d.after.clone()}</span>
                        <div class="phone-message-actions">
                            {message_button(&action, "slet-besked", &d.id, tab, t::DELETE)}
                            {message_button(&action, "rapporter-besked", &d.id, tab, t::REPORT)}
                        </div>
                    </li>
                }).collect_view()}
            </ul>
        })}
        {if list.is_empty() {
            no_drills.then(|| view! { <p>{none}</p> }).into_html()
        } else {
            view! {
                <ul class="phone-messages nobullet-list">
                    {list.into_iter().map(|(at, text)| view! {
                        <li><span class="phone-time">{at}</span><span>{text}</span></li>
                    }).collect_view()}
                </ul>
            }
            .into_html()
        }}
    }
    .into_html()
}

#[component]
fn AppScreen(v: PhoneView, answer: String) -> impl IntoView {
    let fb = crate::world::feedback();
    let errors = if fb.field.is_some() {
        Vec::new()
    } else {
        fb.errors.clone()
    };
    let done = match answer.as_str() {
        _ if !fb.errors.is_empty() => None,
        "godkendt" => Some(t::APPROVED),
        "afvist" => Some(t::REJECTED),
        "pin" => Some(t::PIN_SAVED),
        _ => None,
    };
    let done = done.map(|text| {
        view! { <Alert kind="alert-success"><p class="alert-text">{text}</p></Alert> }
    });
    let action = paths::phone(&v.persona);
    let body = if !v.has_app {
        view! { <p>{t::NO_APP}</p> }.into_html()
    } else if v.pin_locked {
        view! {
            <h3 class="phone-heading">{t::NEW_PIN_HEADING}</h3>
            <p>{t::NEW_PIN_INTRO}</p>
            <form method="post" action=action.clone() novalidate>
                <input type="hidden" name="trin" value="ny-pin"/>
                <Input name="adgangskode" label=crate::text::mitid::PASSWORD kind="password" error=fb.error_at("adgangskode") autocomplete="current-password"/>
                <Input name="ny_pin" label=t::NEW_PIN kind="password" hint=t::PIN_HINT numeric=true error=fb.error_at("ny_pin") autocomplete="new-password"/>
                <Input name="gentag_pin" label=t::REPEAT_PIN kind="password" numeric=true autocomplete="new-password"/>
                <button type="submit" class="button button-primary">{t::SAVE_PIN}</button>
            </form>
        }
        .into_html()
    } else {
        let (open, earlier): (Vec<RequestView>, Vec<RequestView>) =
            v.requests.into_iter().partition(|r| r.status.is_none());
        let pin_error = fb.error_at("pin");
        view! {
            {if open.is_empty() {
                view! { <p class="phone-empty">{t::NO_REQUESTS}</p><p class="form-hint">{t::NO_REQUESTS_HINT}</p> }.into_html()
            } else {
                open.into_iter().enumerate().map(|(i, r)| view! {
                    <Request r action=action.clone() error=if i == 0 { pin_error.clone() } else { None }/>
                }).collect_view().into_html()
            }}
            {super::earlier::earlier_requests(earlier, t::REQUEST)}
        }
        .into_html()
    };
    view! {
        <h2 class="phone-heading">{t::APP}</h2>
        {done}
        <Errors errors/>
        {body}
    }
}

/// One request waiting: what it is, the PIN, the swipe (or "Godkend") and "Afvis".
#[component]
fn Request(r: RequestView, action: String, error: Option<String>) -> impl IntoView {
    let form = format!("godkend-{}", r.id);
    let pin = format!("pin-{}", r.id);
    let error_id = format!("{pin}-error");
    view! {
        <article class="phone-request" aria-labelledby=format!("{form}-title")>
            <h3 class="phone-request-title" id=format!("{form}-title")>{t::REQUEST}</h3>
            <p class="phone-request-from">{t::REQUEST_FROM}</p>
            <p>{format!("{} {}", t::SENT_AT, r.sent)}</p>
            <p class="phone-request-code">{t::CODE}" "<strong>{r.code}</strong></p>
            <p class="phone-check">{t::CHECK}</p>
            <form method="post" action=action.clone() id=form.clone() novalidate>
                <input type="hidden" name="trin" value="godkend"/>
                <input type="hidden" name="anmodning" value=r.id.to_string()/>
                <div class=if error.is_some() { "form-group form-error" } else { "form-group" }>
                    <label class="form-label" for=pin.clone()>{t::PIN}</label>
                    <span class="form-hint" id=format!("{pin}-hint")>{t::PIN_HINT}</span>
                    {error.clone().map(|m| view! {
                        <span class="form-error-message" id=error_id.clone()>
                            <span class="sr-only">{crate::text::FIELD_ERROR}" "</span>{m}
                        </span>
                    })}
                    <input class="form-input input-width-xs" id=pin.clone() name="pin" type="password"
                        inputmode="numeric" autocomplete="off" maxlength="6"
                        aria-invalid=error.is_some().then_some("true")
                        aria-describedby=if error.is_some() { format!("{pin}-hint {error_id}") } else { format!("{pin}-hint") }/>
                </div>
                <islands::mitid::Swipe label=t::SWIPE.to_owned() form=form.clone()/>
                <button type="submit" class="button button-primary phone-approve">{t::APPROVE}</button>
            </form>
            <form method="post" action=action class="inline-form">
                <input type="hidden" name="trin" value="afvis"/>
                <input type="hidden" name="anmodning" value=r.id.to_string()/>
                <button type="submit" class="button button-secondary">{t::REJECT}</button>
            </form>
        </article>
    }
}

/// A button under a drill's message ("Slet", "Rapportér som svindel"): a small form posting
/// `trin` with the message and its tab.
fn message_button(
    action: &str,
    trin: &'static str,
    id: &str,
    tab: &'static str,
    label: &'static str,
) -> impl IntoView + use<> {
    view! {
        <form method="post" action=action.to_owned() class="inline-form">
            <input type="hidden" name="trin" value=trin/>
            <input type="hidden" name="besked" value=id.to_owned()/>
            <input type="hidden" name="app" value=tab/>
            <button type="submit" class="button button-secondary button-small">{label}</button>
        </form>
    }
}
