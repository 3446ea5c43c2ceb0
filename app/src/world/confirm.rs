//! The two questions asked before a world is changed for good: "Nulstil øvelse" and
//! "Afslut øvelse". Each answers yes with a plain form post the server handles.

use crate::paths;
use crate::text;
use crate::title::Title;
use crate::world::PostButton;
use leptos::prelude::*;

/// A question before a world is changed for good: yes posts to `action`, no goes back.
#[component]
fn Question(
    title: &'static str,
    question: &'static str,
    explain: &'static str,
    confirm: &'static str,
    cancel: &'static str,
    action: &'static str,
) -> impl IntoView {
    view! {
        <Title text=title/>
        <h1>{title}</h1>
        <p class="font-lead">{question}</p>
        <p>{explain}</p>
        <div class="world-actions-buttons">
            <PostButton action=action label=confirm/>
            <a class="button button-secondary" href=paths::WORLD>{cancel}</a>
        </div>
    }
}

#[component]
pub fn ResetConfirm() -> impl IntoView {
    use text::reset as t;
    view! {
        <Question title=t::TITLE question=t::QUESTION explain=t::EXPLAIN
            confirm=t::CONFIRM cancel=t::CANCEL action=paths::RESET/>
    }
}

/// "Afslut øvelse" asks first: ending deletes the world.
#[component]
pub fn EndConfirm() -> impl IntoView {
    use text::end as t;
    view! {
        <Question title=t::TITLE question=t::QUESTION explain=t::EXPLAIN
            confirm=t::CONFIRM cancel=t::CANCEL action=paths::END/>
    }
}
