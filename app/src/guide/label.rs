//! A guide sentence with the service's labels in it shown as on screen.

use crate::html::IntoHtml;
use leptos::prelude::*;

/// A guide text: the service's labels in it (between straight double quotes, as the
/// translation files write them) shown as on screen — Danish, bold, isolated for direction.
#[component]
pub fn GuideText(text: String) -> impl IntoView {
    let parts: Vec<String> = text.split('"').map(str::to_owned).collect();
    // An odd number of quotes is no label: the text as written.
    if parts.len().is_multiple_of(2) {
        return view! { {text} }.into_html();
    }
    parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                view! { <bdi lang="da" dir="ltr"><strong class="guide-label">{part}</strong></bdi> }
                    .into_html()
            } else {
                view! { {part} }.into_html()
            }
        })
        .collect_view()
        .into_html()
}
