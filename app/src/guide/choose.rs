//! Choosing the guide's language: every language named in its own script, the drafts
//! under a plain mark of what they are.

use crate::guide::data::Language;
use leptos::prelude::*;

/// A chooser of links, one per language (`href` makes each address), drafts under a plain
/// mark of what they are; the current language marked for screen readers.
#[component]
pub fn LanguageLinks(
    languages: Vec<Language>,
    current: String,
    href: fn(&str) -> String,
) -> impl IntoView {
    view! {
        <nav class="catalogue-languages" aria-label=crate::text::landing::LANGUAGES>
            <LanguageGroups languages current href/>
        </nav>
    }
}

/// The languages as links to `href(code)`, a paragraph per group: drafts under a plain mark
/// of what they are, the current language marked for screen readers.
#[component]
pub fn LanguageGroups(
    languages: Vec<Language>,
    current: String,
    href: fn(&str) -> String,
) -> impl IntoView {
    language_groups(&languages)
        .into_iter()
        .map(|(mark, list)| view! {
            <p class="guide-language">
                {mark.map(|m| view! { <span class="language-draft" lang="da" dir="ltr">{capitalised(m)}":"</span> })}
                {list.into_iter().map(|l| view! {
                    <a href=href(&l.code) aria-current=(l.code == current).then_some("true") lang=l.html_lang() dir=l.dir()>{l.name.clone()}</a>
                }).collect_view()}
            </p>
        })
        .collect_view()
}

/// The chooser's languages in groups by their mark (the reviewed first, unmarked), each
/// group in the scenario's order.
pub(crate) fn language_groups(
    languages: &[Language],
) -> Vec<(Option<&'static str>, Vec<&Language>)> {
    let mut groups: Vec<(Option<&'static str>, Vec<&Language>)> = Vec::new();
    for l in languages {
        match groups.iter_mut().find(|(mark, _)| *mark == l.draft) {
            Some((_, list)) => list.push(l),
            None => groups.push((l.draft, vec![l])),
        }
    }
    groups.sort_by_key(|(mark, _)| mark.is_some());
    groups
}

pub(crate) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
