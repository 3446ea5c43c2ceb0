//! A button of the guide panel: a small form posting to the guide, with the page to come
//! back to.

use crate::guide::form::GuideHandling;
use crate::paths;
use leptos::prelude::*;

/// A guide button: posts to the guide with the page to come back to.
#[component]
pub(crate) fn GuideButton(
    handling: GuideHandling,
    label: String,
    back: String,
    #[prop(default = "button button-secondary")] class: &'static str,
    #[prop(optional)] lang: Option<String>,
) -> impl IntoView {
    view! {
        <form method="post" action=paths::GUIDE class="inline-form">
            <input type="hidden" name="handling" value=handling.value()/>
            <input type="hidden" name="tilbage" value=back/>
            {lang.map(|l| view! { <input type="hidden" name="sprog" value=l/> })}
            <button type="submit" class=class>{label}</button>
        </form>
    }
}
