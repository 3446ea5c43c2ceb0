//! The landing page and "Om øvemiljøet": the guide's own words about the site, in the
//! learner's language (`?sprog=`, else the browser's `Accept-Language`, else Danish), with
//! every language named in its own script.

use crate::guide::Words;
use crate::guide::choose::LanguageGroups;
use crate::guide::label::GuideText;
use crate::html::IntoHtml;
use crate::paths;
use crate::title::Title;
use crate::world::{Alert, PostButton};
use domain::Scenario;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

/// The page's language and its words.
fn page_words() -> (String, Words, Option<Arc<Scenario>>) {
    let chosen = use_query_map()
        .read_untracked()
        .get("sprog")
        .unwrap_or_default();
    match use_context::<Arc<Scenario>>() {
        Some(s) => {
            let lang = crate::guide::chosen_language(&s, chosen);
            let words = crate::guide::words(&s, &lang);
            (lang, words, Some(s))
        }
        None => (String::new(), Words::default(), None),
    }
}

/// How long a world lives, in the page's language (from the server's configuration).
fn lifetime(words: &Words, key: &str) -> Option<String> {
    let l = use_context::<crate::session::Lifetime>()?;
    let warning = crate::world::ending::lead(l.idle);
    Some(words.text(
        key,
        &[
            ("idle", &words.span(l.idle)),
            ("warning", &words.span(warning)),
            ("absolute", &words.span(l.absolute)),
        ],
    ))
}

/// The languages as links to `href(code)`, under a label in the page's language.
#[component]
fn Languages(
    scenario: Arc<Scenario>,
    label: String,
    current: String,
    href: fn(&str) -> String,
) -> impl IntoView {
    view! {
        <nav class="landing-languages" aria-labelledby="landing-languages">
            <p class="guide-language"><span id="landing-languages">{label}":"</span></p>
            <LanguageGroups languages=crate::guide::languages(&scenario) current href/>
        </nav>
    }
}

/// `/`: what the site is, "Start øvelse", the guided exercises, the guide's languages, and
/// the ways into a hold.
#[component]
pub fn Landing() -> impl IntoView {
    let (lang, w, scenario) = page_words();
    let ended = use_query_map().read_untracked().get("afsluttet").is_some();
    let exercises = if lang.is_empty() {
        paths::EXERCISES.to_owned()
    } else {
        format!("{}?sprog={lang}", paths::EXERCISES)
    };
    let ended_text = ended.then(|| w.get("landing_ended"));
    let languages_label = w.get("landing_languages");
    if crate::kiosk::active().is_some() {
        let kiosk_ended = w.get("kiosk_ended");
        return view! {
            <Title text=w.get("landing_title")/>
            <div lang=w.html_lang() dir=w.dir() class="kiosk-start">
                <h1>{w.get("landing_title")}</h1>
                {ended.then(|| view! {
                    <Alert kind="alert-success"><p class="alert-text">{kiosk_ended.clone()}</p></Alert>
                })}
                <p class="font-lead">{w.get("landing_intro")}</p>
                <PostButton action=paths::START label=w.get("landing_start") class="button button-primary button-large kiosk-start-button"/>
                <p class="landing-exercises">{w.get("landing_guided")}" "<a href=exercises>{w.get("landing_guided_link")}</a></p>
                {scenario.map(|s| view! {
                    <Languages scenario=s label=languages_label current=lang.clone() href=|code| format!("/?sprog={code}")/>
                })}
                <p class="form-hint">{w.get("kiosk_note")}</p>
            </div>
        }
        .into_html();
    }
    view! {
        <Title text=w.get("landing_title")/>
        <div lang=w.html_lang() dir=w.dir()>
            <h1>{w.get("landing_title")}</h1>
            {ended_text.map(|t| view! {
                <Alert kind="alert-success"><p class="alert-text">{t}</p></Alert>
            })}
            <p class="font-lead">{w.get("landing_intro")}</p>
            <p>{w.get("landing_can")}</p>
            <ul class="practise-list">
                {(1..=5).map(|i| view! { <li>{w.get(&format!("landing_item_{i}"))}</li> }).collect_view()}
            </ul>
            <p>{w.get("landing_nothing")}</p>
            {lifetime(&w, "landing_lifetime").map(|t| view! { <p>{t}</p> })}
            <PostButton action=paths::START label=w.get("landing_start") class="button button-primary button-large"/>
            <p class="landing-exercises">{w.get("landing_guided")}" "<a href=exercises>{w.get("landing_guided_link")}</a></p>
            {scenario.map(|s| view! {
                <Languages scenario=s label=languages_label current=lang.clone() href=|code| format!("/?sprog={code}")/>
            })}
            <ul class="landing-holds">
                <li><a href=paths::JOIN>{w.get("landing_join")}</a></li>
                <li><a href=paths::TEACHER>{w.get("landing_teacher")}</a></li>
            </ul>
        </div>
    }
    .into_html()
}

/// `/om`: what the site is and keeps, in the page's language.
#[component]
pub fn About() -> impl IntoView {
    let (lang, w, scenario) = page_words();
    let languages_label = w.get("landing_languages");
    view! {
        <Title text=w.get("about_title")/>
        <div lang=w.html_lang() dir=w.dir()>
            <h1>{w.get("about_title")}</h1>
            <p>{w.get("about_1")}</p>
            <p>{w.get("about_2")}</p>
            {lifetime(&w, "about_3").map(|t| view! { <p><GuideText text=t/></p> })}
            <p>{w.get("about_4")}</p>
            {scenario.map(|s| view! {
                <Languages scenario=s label=languages_label current=lang.clone() href=|code| format!("/om?sprog={code}")/>
            })}
        </div>
    }
}
