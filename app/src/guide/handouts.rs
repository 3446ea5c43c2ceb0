//! "Fakta-ark": one printable A4 page per theme (NemID and the key card, MitID, Digital
//! Post, helping others, staying safe) in each guide language, the screen's words in Danish
//! as on screen (`scenarios/<name>/handouts/<lang>.ftl`).

use crate::components::PrintButton;
use crate::guide::data::{languages, words};
use crate::guide::label::GuideText;
use crate::html::IntoHtml;
use crate::paths;
use crate::title::Title;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The address of the fact sheets in `lang`, or of one theme's sheet.
pub fn address(lang: &str, theme: Option<&str>) -> String {
    match theme {
        Some(t) => format!("{}?sprog={lang}&emne={t}", paths::HANDOUTS),
        None => format!("{}?sprog={lang}", paths::HANDOUTS),
    }
}

#[component]
pub fn HandoutsPage() -> impl IntoView {
    let query = use_query_map();
    let (asked, theme) = query.with_untracked(|q| {
        (
            q.get("sprog").unwrap_or_default(),
            q.get("emne").unwrap_or_default(),
        )
    });
    let Some(s) = use_context::<std::sync::Arc<domain::Scenario>>() else {
        return ().into_html();
    };
    let lang = Some(asked)
        .filter(|l| s.handouts.contains_key(l))
        .or_else(|| s.languages.first().cloned())
        .unwrap_or_default();
    let Some(t) = s.handouts.get(&lang).cloned() else {
        return ().into_html();
    };
    let w = words(&s, &lang);
    let html_lang = domain::scenario::ftl::html_lang(&lang).to_owned();
    let dir = domain::scenario::ftl::dir(&lang);
    // The themes and points in the Danish file's order (a translation's own order is not
    // checked).
    let danish = s
        .languages
        .first()
        .and_then(|d| s.handouts.get(d))
        .cloned()
        .unwrap_or_else(|| t.clone());
    let themes: Vec<String> = danish
        .order
        .iter()
        .filter_map(|id| id.strip_prefix("handout-")?.strip_suffix("-title"))
        .map(str::to_owned)
        .collect();
    if themes.contains(&theme) {
        let points: Vec<String> = danish
            .order
            .iter()
            .filter(|id| {
                id.strip_prefix(&format!("handout-{theme}-"))
                    .is_some_and(|n| n.parse::<u8>().is_ok())
            })
            .map(|id| t.format(id, None, &[]))
            .collect();
        let title = t.format(&format!("handout-{theme}-title"), None, &[]);
        return view! {
            // The title bar has no bold: the screen's words without their quotes.
            <Title text=title.replace('"', "")/>
            <div lang=html_lang dir=dir>
                <p class="no-print"><a href=address(&lang, None)>{t.format("handouts-title", None, &[])}</a></p>
                <article class="handout">
                    <p class="handout-kicker">{format!("{} · {}", crate::text::PRODUCT, t.format("handouts-title", None, &[]))}</p>
                    <h1><GuideText text=title/></h1>
                    <ol class="handout-points">
                        {points.into_iter().map(|p| view! { <li><GuideText text=p/></li> }).collect_view()}
                    </ol>
                </article>
                <PrintButton label=w.get("print") without_js=w.get("print_hint")/>
            </div>
        }
        .into_html();
    }
    let title = t.format("handouts-title", None, &[]);
    view! {
        <Title text=title.clone()/>
        <div lang=html_lang dir=dir>
            <h1>{title}</h1>
            <p class="font-lead">{t.format("handouts-intro", None, &[])}</p>
            <crate::guide::choose::LanguageLinks languages=languages(&s) current=lang.clone()
                href=|code| address(code, None)/>
            <ul class="handout-list">
                {themes.into_iter().map(|theme| view! {
                    <li><a href=address(&lang, Some(&theme))><GuideText text=t.format(&format!("handout-{theme}-title"), None, &[])/></a></li>
                }).collect_view()}
            </ul>
        </div>
    }
    .into_html()
}
