//! The drill's two pages: the fake page the message links to, and the debrief.

use super::{Debrief, Did, DrillMessage, debrief_view};
use crate::guide::label::GuideText;
use crate::html::{Html, IntoHtml};
use crate::paths;
use crate::title::Title;
use crate::world::{Alert, in_world, with_world};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

const NOT_FOUND: &str = "Siden findes ikke";
const NOT_FOUND_TEXT: &str = "Der er ingen besked med det link i din øvelse.";
const USER_ID: &str = "Bruger-ID";
const PASSWORD: &str = "Adgangskode";

fn drill_id() -> String {
    use_params_map()
        .read_untracked()
        .get("id")
        .unwrap_or_default()
}

fn not_found() -> Html {
    if let Some(r) = use_context::<leptos_axum::ResponseOptions>() {
        r.set_status(http::StatusCode::NOT_FOUND);
    }
    view! { <Title text=NOT_FOUND/><h1>{NOT_FOUND}</h1><p>{NOT_FOUND_TEXT}</p> }.into_html()
}

/// `/fidus/<id>`: a look-alike login, as the scam would show it — the address it claims in a
/// drawn address bar, a heading, the fields, a button. It posts to our own origin only.
#[component]
pub fn FakePage() -> impl IntoView {
    let id = drill_id();
    let data = with_world(|w| {
        w.sent_drill(&id)?;
        w.drill(&id)
            .filter(|(_, d)| d.channel != domain::drill::Channel::Call)
            .map(|(_, d)| d.clone())
    });
    in_world(data, move |d| {
        let Some(d) = d else {
            return not_found();
        };
        view! {
            <Title text=d.page_title.clone()/>
            <div class="fake-site">
                <p class="fake-address">
                    <span class="sr-only">"Adresse: "</span>
                    {format!("https://{}", d.link)}
                </p>
                <div class="fake-page">
                    <h1 class="fake-title">{d.page_title.clone()}</h1>
                    <p>{d.page_intro.clone()}</p>
                    <form method="post" action=super::fake_page(&d.id) class="fake-form">
                        <div class="form-group">
                            <label class="form-label" for="bruger_id">{USER_ID}</label>
                            <input class="form-input" id="bruger_id" name="bruger_id" type="text" autocomplete="off"/>
                        </div>
                        <div class="form-group">
                            <label class="form-label" for="adgangskode">{PASSWORD}</label>
                            <input class="form-input" id="adgangskode" name="adgangskode" type="password" autocomplete="off"/>
                        </div>
                        <button type="submit" class="button fake-button">{d.page_button.clone()}</button>
                    </form>
                </div>
            </div>
        }
        .into_html()
    })
}

/// The message as the learner got it, with the signs' numbers on the parts they are about
/// (1: the sender, 2: the link, 3: the text). A call: the number, the caller's words, and
/// the request in the MitID app (`request`, in the guide's language).
#[component]
fn MessagePicture(
    m: DrillMessage,
    request: Option<(String, String, &'static str)>,
) -> impl IntoView {
    let mark = |n: u8| view! { <span class="sign-mark" aria-hidden="true">{n.to_string()}</span> };
    if let Some((text, lang, dir)) = request {
        return view! {
            <figure class="drill-picture" lang="da" dir="ltr">
                <p class="drill-sender">{mark(1)}<strong>{format!("{} {}", super::call::CALLS, m.sender)}</strong>" · "{m.sent}</p>
                <blockquote class="drill-call-words"><p>{mark(3)}{m.before}</p></blockquote>
                <p class="drill-request" lang=lang dir=dir>{mark(2)}<GuideText text=text/></p>
            </figure>
        }
        .into_html();
    }
    view! {
        <figure class="drill-picture" lang="da" dir="ltr">
            <p class="drill-sender">{mark(1)}<strong>{m.sender}</strong>" · "{m.sent}</p>
            {(!m.subject.is_empty()).then(|| view! { <p><strong>{m.subject}</strong></p> })}
            <p class="drill-text">
                {mark(3)}{m.before}<span class="drill-link">{mark(2)}{m.link}</span>{m.after}
            </p>
        </figure>
    }
    .into_html()
}

/// `/fidus/<id>/forklaring`: what gave it away, what the learner did, what to do next time,
/// in the guide's language. Never shaming: "Det sker for mange. Her er tegnene."
#[component]
pub fn DebriefPage() -> impl IntoView {
    let id = drill_id();
    let data = with_world(|w| debrief_view(w, &id));
    let scenario = use_context::<std::sync::Arc<domain::Scenario>>();
    in_world(data, move |d| {
        let (Some(d), Some(s)) = (d, scenario) else {
            return not_found();
        };
        let did_key = d.did_key();
        let Debrief {
            message,
            did,
            signs,
            lang,
        } = d;
        let call = message.channel == domain::drill::Channel::Call;
        let words = crate::guide::data::words(&s, &lang);
        let lang = if lang.is_empty() {
            s.languages.first().cloned().unwrap_or_default()
        } else {
            lang
        };
        let get = |key: &str| words.get(key);
        let kind = match did {
            Did::Fooled => "alert-warning",
            Did::Spotted | Did::Reported | Did::Ignored => "alert-success",
            Did::Opened | Did::Waiting => "alert-info",
        };
        let did_text = get(did_key);
        let html_lang = domain::scenario::ftl::html_lang(&lang).to_owned();
        let dir = domain::scenario::ftl::dir(&lang);
        let request = call.then(|| (get("drill_call_request"), html_lang.clone(), dir));
        let next = if call {
            ["drill_call_next_1", "drill_next_2", "drill_call_next_3"]
        } else {
            ["drill_next_1", "drill_next_2", "drill_next_3"]
        };
        let id = message.id.clone();
        let title = get("drill_title");
        view! {
            <Title text=title.clone()/>
            <div class="drill-debrief" lang=html_lang dir=dir>
                <h1>{title}</h1>
                <p class="font-lead">{get("drill_intro")}</p>
                <Alert kind=kind><p class="alert-text"><GuideText text=did_text/></p></Alert>
                <h2 class="h3">{get(if call { "drill_call_message" } else { "drill_message" })}</h2>
                <MessagePicture m=message request/>
                <h2 class="h3">{get("drill_signs")}</h2>
                <ol class="drill-signs">
                    {(1..=signs).map(|n| view! {
                        <li><GuideText text=get(&domain::drill::sign_key(&id, n))/></li>
                    }).collect_view()}
                </ol>
                <h2 class="h3">{get("drill_next")}</h2>
                <ul class="drill-signs">
                    {next.into_iter().map(|k| view! {
                        <li><GuideText text=get(k)/></li>
                    }).collect_view()}
                </ul>
                <p><a class="button button-primary" href=paths::WORLD>{get("drill_back")}</a></p>
            </div>
        }
        .into_html()
    })
}
