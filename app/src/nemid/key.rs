//! The key step, shared by the NemID login and "Underskriv": the nøglenummer asked for, the
//! form (the caller's), "Find nøglen" right under it, and the key card beside the form on a
//! wide screen (below it on a phone).

use crate::text::nemid as t;
use crate::world::{KeyCardGrid, KeyCardView, KeyView};
use leptos::prelude::*;

/// Keys shown on each side of the asked one in "Find nøglen".
const AROUND: usize = 2;

/// The part of the card around `key_number`: a few keys before and after it, the asked one
/// marked — as the learner would find it on the paper card. Empty if the card lacks it.
pub fn around(card: &KeyCardView, key_number: &str) -> Vec<(KeyView, bool)> {
    let Some(at) = card.keys.iter().position(|k| k.number == key_number) else {
        return Vec::new();
    };
    let from = at.saturating_sub(AROUND);
    let to = (at + AROUND + 1).min(card.keys.len());
    card.keys[from..to]
        .iter()
        .enumerate()
        .map(|(i, k)| (k.clone(), from + i == at))
        .collect()
}

/// The key step's layout around the caller's form (`children`).
#[component]
pub fn KeyChallenge(card: KeyCardView, key_number: String, children: Children) -> impl IntoView {
    let excerpt = around(&card, &key_number);
    view! {
        <div class="key-step">
            <div class="key-step-main">
                <div class="key-challenge">
                    <p class="key-challenge-card">{format!("{} {}", t::CARD_NUMBER, card.number)}</p>
                    <p class="key-challenge-number">
                        <span class="key-challenge-label">{t::KEY_NUMBER}</span>
                        " "
                        <strong class="key-challenge-value">{key_number.clone()}</strong>
                    </p>
                    <p>{t::KEY_INTRO}</p>
                </div>
                {children()}
                {(!excerpt.is_empty()).then(|| view! {
                    <details class="find-key">
                        <summary>{t::FIND_KEY}</summary>
                        <p>{t::find_key_explain(&key_number)}</p>
                        <ol class="key-grid key-excerpt no-max-width" aria-label=t::FIND_KEY>
                            {excerpt.into_iter().map(|(k, asked)| view! {
                                <li class=if asked { "key-entry key-asked" } else { "key-entry" }>
                                    <span class="key-number">{k.number}</span>
                                    " "
                                    <span class="key">{k.key}</span>
                                    {asked.then(|| view! { <span class="sr-only">{format!(" ({})", t::ASKED)}</span> })}
                                </li>
                            }).collect_view()}
                        </ol>
                    </details>
                })}
            </div>
            <details class="show-card key-step-card" open=true>
                <summary>{t::SHOW_CARD}</summary>
                <KeyCardGrid card/>
            </details>
        </div>
    }
}
