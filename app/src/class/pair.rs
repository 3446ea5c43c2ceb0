//! "Øv sammen": two learners in one world, each at her own PC with a persona of her own.
//! `/ovelse/sammen` makes and shows the Parkode; `/par` is where the partner types it and
//! chooses who she is. The posts are in `server/src/pair.rs`.

use crate::class::TextField;
use crate::components::{FieldError, group_class};
use crate::html::IntoHtml;
use crate::paths;
use crate::text::class::pair as t;
use crate::title::Title;
use crate::world::{Alert, InWorld, feedback, with_world};
use leptos::prelude::*;

#[component]
pub fn PairPage() -> impl IntoView {
    let now = crate::clock::now();
    let state = with_world(|w| (w.pair_code(now).map(str::to_owned), w.is_paired()));
    let body = match state {
        Ok(InWorld::Active((code, paired))) => {
            let address = crate::class::board::join_address("x");
            let base = address
                .split("/hold/")
                .next()
                .unwrap_or_default()
                .to_owned();
            let short = base
                .trim_start_matches("https://")
                .trim_start_matches("http://")
                .to_owned();
            match (paired, code) {
                (true, _) => view! {
                    <Alert kind="alert-success"><p class="alert-text">{t::PAIRED}</p></Alert>
                }
                .into_html(),
                (false, Some(code)) => view! {
                    <section class="board-join" aria-labelledby="parkode-label">
                        <div class="board-code">
                            <p id="parkode-label" class="board-code-label">{t::CODE}</p>
                            <p class="board-code-value">{code}</p>
                            <p class="board-address">{t::TELL}" "<strong class="nowrap">{format!("{short}/par")}</strong>" "{t::TELL_END}</p>
                        </div>
                    </section>
                    <form method="post" action=paths::PAIR class="inline-form">
                        <button type="submit" class="button button-secondary">{t::MAKE_NEW}</button>
                    </form>
                }
                .into_html(),
                (false, None) => view! {
                    <form method="post" action=paths::PAIR class="inline-form">
                        <button type="submit" class="button button-primary button-large">{t::MAKE}</button>
                    </form>
                }
                .into_html(),
            }
        }
        _ => view! { <p>{t::NO_WORLD}</p> }.into_html(),
    };
    view! {
        <Title text=t::TITLE/>
        <p><a href=paths::WORLD>{t::BACK}</a></p>
        <h1>{t::TITLE}</h1>
        <p class="font-lead">{t::INTRO}</p>
        {body}
    }
}

#[component]
pub fn PairJoinPage() -> impl IntoView {
    let fb = feedback();
    let personas: Vec<(String, String, String)> = use_context::<std::sync::Arc<domain::Scenario>>()
        .map(|s| {
            let mut list: Vec<_> = s.personas.iter().collect();
            list.sort_by_key(|p| p.order);
            list.into_iter()
                .map(|p| (p.id.to_string(), p.name.clone(), p.summary.clone()))
                .collect()
        })
        .unwrap_or_default();
    let chosen = fb.field("person");
    let who_error = fb.error_at("person");
    view! {
        <Title text=t::JOIN_TITLE/>
        <h1>{t::JOIN_TITLE}</h1>
        <p class="font-lead">{t::JOIN_INTRO}</p>
        <form method="post" action=paths::PAIR_JOIN novalidate>
            <TextField name="kode" label=t::CODE value=fb.field("kode") error=fb.error_at("kode")
                class="form-input input-width-s hold-code-input" max=12/>
            <fieldset class=group_class(who_error.is_some())
                aria-describedby=who_error.is_some().then_some("person-error")>
                <legend class="form-label">{t::WHO}</legend>
                <FieldError id="person-error" message=who_error.clone()/>
                <ul class="nobullet-list">
                    {personas.into_iter().map(|(id, name, summary)| {
                        let input = format!("person-{id}");
                        let checked = id == chosen;
                        view! {
                            <li class="form-group-radio">
                                <input class="form-radio" type="radio" name="person" id=input.clone() value=id checked=checked/>
                                <label for=input>{format!("{name} – {summary}")}</label>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </fieldset>
            <button type="submit" class="button button-primary button-large">{t::JOIN}</button>
        </form>
    }
}
