//! The two questions asked before a world is changed for good: "Nulstil øvelse" and
//! "Afslut øvelse". Each answers yes with a plain form post the server handles.

use crate::paths;
use crate::text;
use crate::world::PostButton;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ResetConfirm() -> impl IntoView {
    use text::reset as t;
    view! {
        <Title text=t::TITLE/>
        <h1>{t::TITLE}</h1>
        <p class="font-lead">{t::QUESTION}</p>
        <p>{t::EXPLAIN}</p>
        <div class="world-actions-buttons">
            <PostButton action=paths::RESET label=t::CONFIRM/>
            <a class="button button-secondary" href=paths::WORLD>{t::CANCEL}</a>
        </div>
    }
}

/// "Afslut øvelse" asks first: ending deletes the world.
#[component]
pub fn EndConfirm() -> impl IntoView {
    use text::end as t;
    view! {
        <Title text=t::TITLE/>
        <h1>{t::TITLE}</h1>
        <p class="font-lead">{t::QUESTION}</p>
        <p>{t::EXPLAIN}</p>
        <div class="world-actions-buttons">
            <PostButton action=paths::END label=t::CONFIRM/>
            <a class="button button-secondary" href=paths::WORLD>{t::CANCEL}</a>
        </div>
    }
}
