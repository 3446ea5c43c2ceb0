//! What a teacher prints: one key card per learner (with the practice login), one
//! certificate per learner who finished, and a 45-minute lektionsplan per theme.

use crate::class::data::{class_of, contexts, display_name, route_key, seat_card};
use crate::components::PrintButton;
use crate::html::{Html, IntoHtml};
use crate::paths;
use crate::session::SessionId;
use crate::text::class::print as t;
use crate::title::Title;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::time::Instant;

fn missing() -> Html {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let tb = crate::text::class::board::NOT_FOUND_TITLE;
    view! { <Title text=tb/><h1>{tb}</h1><p>{crate::text::class::board::NOT_FOUND}</p> }.into_html()
}

/// "Udskriv nøglekort": a page per seat (every learner, and the seats printed before the
/// lesson), with the card of the persona the learner plays and how to log in.
#[component]
pub fn HoldCardsPage() -> impl IntoView {
    let Some((class, scenario, key)) = contexts().ok().and_then(|(classes, _, scenario)| {
        let key = route_key()?;
        Some((class_of(&classes, &key, true)?, scenario, key))
    }) else {
        return missing();
    };
    let seats = class
        .members
        .len()
        .max(usize::from(class.plan.cards))
        .min(usize::from(domain::class::model::MAX_CARDS).max(class.members.len()));
    let sheets = (1..=seats)
        .filter_map(|n| {
            let seat = u16::try_from(n).ok()?;
            let (persona, card) = seat_card(&scenario, &class, seat)?;
            let who = class
                .member(seat)
                .map_or_else(|| t::NOT_JOINED.to_owned(), |m| m.name.as_str().to_owned());
            Some((seat, who, persona, card))
        })
        .collect::<Vec<_>>();
    view! {
        <Title text=t::CARDS_TITLE/>
        <div class="no-print">
            <p><a href=paths::board(key.as_str())>{crate::text::class::board::BACK}</a></p>
            <h1>{format!("{} – {}", t::CARDS_TITLE, display_name(&class))}</h1>
            <p>{t::CARDS_INTRO}</p>
            <PrintButton label=t::PRINT.to_owned() without_js=t::WITHOUT_JS.to_owned()/>
        </div>
        <div class="print-sheets">
            {sheets.into_iter().map(|(seat, who, persona, card)| view! {
                <section class="print-card hold-card" aria-label=format!("{} {seat}", t::SEAT)>
                    <span class="cut cut-tl" aria-hidden="true"></span>
                    <span class="cut cut-tr" aria-hidden="true"></span>
                    <span class="cut cut-bl" aria-hidden="true"></span>
                    <span class="cut cut-br" aria-hidden="true"></span>
                    <h2 class="h4 hold-card-title">{format!("{} {seat}: {who}", t::SEAT)}</h2>
                    <p class="hold-card-login">
                        {format!("{} {}", t::LOGIN, persona.name)}": "
                        {t::USER_ID}" "<strong class="credential">{persona.login_id().to_owned()}</strong>", "
                        {t::PASSWORD}" "<strong class="credential">{persona.password.clone()}</strong>
                    </p>
                    <crate::world::KeyCardGrid card/>
                </section>
            }).collect_view()}
        </div>
    }
    .into_html()
}

/// "Udskriv kursusbeviser": one certificate per learner whose exercise is finished.
#[component]
pub fn HoldCertificatesPage() -> impl IntoView {
    let Some((class, store, key)) = contexts().ok().and_then(|(classes, store, _)| {
        let key = route_key()?;
        Some((class_of(&classes, &key, true)?, store, key))
    }) else {
        return missing();
    };
    let now = Instant::now();
    let mut certs = Vec::new();
    for m in &class.members {
        let mut result = None;
        if let Some(world) = m.world {
            store
                .0
                .read(&SessionId::from_world_ref(world), now, &mut |w| {
                    result = crate::guide::data::result(w).filter(|r| r.finished);
                });
        }
        if let Some(r) = result {
            certs.push((m.name.as_str().to_owned(), r));
        }
    }
    let empty = certs.is_empty();
    view! {
        <Title text=t::CERTS_TITLE/>
        <div class="no-print">
            <p><a href=paths::board(key.as_str())>{crate::text::class::board::BACK}</a></p>
            <h1>{format!("{} – {}", t::CERTS_TITLE, display_name(&class))}</h1>
            <p>{if empty { t::NO_CERTS } else { t::CERTS_INTRO }}</p>
            {(!empty).then(|| view! { <PrintButton label=t::PRINT.to_owned() without_js=t::WITHOUT_JS.to_owned()/> })}
        </div>
        {certs.into_iter().map(|(name, r)| {
            let w = r.words.clone();
            view! {
                <article class="certificate print-page">
                    <p class="certificate-kicker">{crate::text::PRODUCT}</p>
                    <h2 class="h1">{w.get("certificate")}</h2>
                    <p class="certificate-name">{name}</p>
                    <p>{w.get("certificate_text")}</p>
                    <p class="certificate-title">{r.title.clone()}</p>
                    <p>{w.count("alone", r.alone, r.steps)}</p>
                    <p>{format!("{}: {}", w.get("date"), r.date)}</p>
                </article>
            }
        }).collect_view()}
    }
    .into_html()
}

/// The lektionsplaner: (address, title, theme of the catalogue).
pub const PLANS: &[(&str, &str, domain::Theme)] = &[
    (
        "nemid",
        "Lektionsplan: NemID og nøglekort",
        domain::Theme::Nemid,
    ),
    (
        "digital-post",
        "Lektionsplan: Digital Post",
        domain::Theme::DigitalPost,
    ),
    (
        "hjaelp",
        "Lektionsplan: Hjælp til andre",
        domain::Theme::Help,
    ),
];

/// 45 minutes: (minutes, what happens). The theme's exercises fill the middle.
const PLAN_STEPS: &[(&str, &str)] = &[
    (
        "0–5",
        "Velkommen. Fortæl, at alt i Demoborger er opdigtet, og at ingen kan gøre noget forkert. Skriv aldrig rigtige koder.",
    ),
    (
        "5–10",
        "Vis tavlen. Alle går ind på adressen, skriver holdkoden og deres fornavn. Del nøglekortene ud.",
    ),
    (
        "10–15",
        "Vis første øvelse på projektoren, mens alle ser med. Peg på vejledningen øverst på siden.",
    ),
    (
        "15–35",
        "Deltagerne arbejder selv med øvelserne herunder. Hold øje med \"Sidder fast\" på tavlen, og gå hen til dem.",
    ),
    (
        "35–40",
        "Spol tiden frem, så svarene fra myndighederne kommer. Tal om, hvad der skete.",
    ),
    (
        "40–45",
        "Opsamling: hvad var svært? Udskriv kursusbeviser. Afslut holdet.",
    ),
];

#[component]
pub fn LessonPlanPage() -> impl IntoView {
    let params = use_params_map();
    let slug = params.read_untracked().get("theme").unwrap_or_default();
    let Some((_, title, theme)) = PLANS.iter().find(|(s, _, _)| *s == slug) else {
        return missing();
    };
    let exercises: Vec<(String, u8)> = use_context::<std::sync::Arc<domain::Scenario>>()
        .map(|s| {
            s.exercises
                .iter()
                .filter(|e| e.theme == *theme)
                .filter_map(|e| Some((e.text.get("da")?.title.clone(), e.minutes)))
                .collect()
        })
        .unwrap_or_default();
    view! {
        <Plan title=title.to_string() back=paths::TEACHER.to_owned() exercises
            how=t::PLAN_CHOOSE/>
    }
    .into_html()
}

/// The lektionsplan of a hold: its own exercises, in its order.
#[component]
pub fn HoldLessonPlanPage() -> impl IntoView {
    let Some((class, scenario, key)) = contexts().ok().and_then(|(classes, _, scenario)| {
        let key = route_key()?;
        Some((class_of(&classes, &key, true)?, scenario, key))
    }) else {
        return missing();
    };
    let lang = class.plan.lang.clone();
    let scenario = class.scenario(&scenario);
    let exercises: Vec<(String, u8)> = class
        .plan
        .exercises
        .iter()
        .filter_map(|i| scenario.exercises.get(*i))
        .filter_map(|e| {
            let text = e.text.get(&lang).or_else(|| e.text.get("da"))?;
            Some((text.title.clone(), e.minutes))
        })
        .collect();
    let how = if exercises.is_empty() {
        t::PLAN_FREE
    } else {
        t::PLAN_IN_ORDER
    };
    view! {
        <Plan title=format!("{} – {}", t::PLAN_TITLE, display_name(&class))
            back=paths::board(key.as_str()) exercises how/>
    }
    .into_html()
}

/// A lektionsplan on one A4: 45 minutes step by step, then the exercises.
#[component]
fn Plan(
    title: String,
    back: String,
    exercises: Vec<(String, u8)>,
    how: &'static str,
) -> impl IntoView {
    view! {
        <Title text=title.clone()/>
        <article class="lesson-plan">
            <p class="no-print"><a href=back>{crate::text::class::board::BACK_SHORT}</a></p>
            <h1>{title}</h1>
            <table class="table lesson-table">
                <thead><tr><th scope="col">"Minut"</th><th scope="col">"Hvad sker der"</th></tr></thead>
                <tbody>
                    {PLAN_STEPS.iter().map(|(m, what)| view! {
                        <tr><td class="nowrap">{*m}</td><td>{*what}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <h2 class="h3">{t::PLAN_EXERCISES}</h2>
            <ol>
                {exercises.into_iter().map(|(title, min)| view! { <li>{format!("{title} ({min} min.)")}</li> }).collect_view()}
            </ol>
            <p>{how}</p>
            <PrintButton label=t::PRINT.to_owned() without_js=t::WITHOUT_JS.to_owned()/>
        </article>
    }
}
