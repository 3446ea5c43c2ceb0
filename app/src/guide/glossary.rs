//! "Ordliste": the Danish words a learner meets on the screen, each shown as on screen and
//! explained in the guide's language (`scenarios/<name>/glossary/<lang>.ftl`).

use crate::guide::data::{browser_language, languages};
use crate::guide::label::GuideText;
use crate::html::IntoHtml;
use crate::paths;
use crate::title::Title;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let asked = use_query_map()
        .read_untracked()
        .get("sprog")
        .unwrap_or_default();
    let Some(s) = use_context::<std::sync::Arc<domain::Scenario>>() else {
        return ().into_html();
    };
    // The language asked for, else the browser's, else Danish.
    let lang = Some(asked)
        .filter(|l| s.glossary.contains_key(l))
        .or_else(|| browser_language(&s.languages))
        .filter(|l| s.glossary.contains_key(l))
        .or_else(|| s.languages.first().cloned())
        .unwrap_or_default();
    let Some(t) = s.glossary.get(&lang).cloned() else {
        return ().into_html();
    };
    let title = t.format("glossary-title", None, &[]);
    let words: Vec<(String, String)> = t
        .order
        .iter()
        .filter(|id| id.starts_with("word-"))
        .map(|id| (t.format(id, Some("term"), &[]), t.format(id, None, &[])))
        .collect();
    let html_lang = domain::scenario::ftl::html_lang(&lang).to_owned();
    let dir = domain::scenario::ftl::dir(&lang);
    view! {
        <Title text=title.clone()/>
        <div lang=html_lang dir=dir>
            <h1>{title}</h1>
            <p class="font-lead">{t.format("glossary-intro", None, &[])}</p>
            <crate::guide::choose::LanguageLinks languages=languages(&s) current=lang.clone()
                href=|code| format!("{}?sprog={code}", paths::GLOSSARY)/>
            <dl class="glossary">
                {words.into_iter().map(|(term, text)| view! {
                    <dt><bdi lang="da" dir="ltr">{term}</bdi></dt>
                    <dd><GuideText text/></dd>
                }).collect_view()}
            </dl>
            <p><a href=format!("{}?sprog={lang}", paths::EXERCISES)>{crate::guide::data::words(&s, &lang).get("catalogue")}</a></p>
        </div>
    }
    .into_html()
}
