//! The persona's papers: the key card as printed, and "Fysisk post" (a new key card, a
//! temporary password).

use crate::html::IntoHtml;
use crate::paths;
use crate::text;
use crate::world::{KeyCardView, PaperLetterView};
use leptos::prelude::*;

/// The printed look of a key card: each key number followed by its key, in columns.
#[component]
pub fn KeyCardGrid(card: KeyCardView) -> impl IntoView {
    use text::persona_page as t;
    view! {
        <div class="key-card">
            <p class="key-card-head">
                <span>{format!("{} {} ({})", t::CARD_OWNER, card.owner, text::world::FICTITIOUS)}</span>
                <span class="nowrap">{format!("{} {}", text::nemid::CARD_NUMBER, card.number)}</span>
            </p>
            <ol class="key-grid no-max-width" aria-label=t::KEYS_LABEL>
                {card.keys.into_iter().map(|k| {
                    let used = k.used;
                    let body = view! {
                        <span class="key-number">{k.number}</span>
                        " "
                        <span class="key">{k.key}</span>
                    };
                    view! {
                        <li class=if used { "key-entry key-used" } else { "key-entry" }>
                            {if used {
                                view! { <s>{body}</s><span class="sr-only">{format!(" ({})", t::USED)}</span> }.into_html()
                            } else {
                                body.into_html()
                            }}
                        </li>
                    }
                }).collect_view()}
            </ol>
            <p class="key-card-foot">{text::print::MARK}</p>
        </div>
    }
}

#[component]
pub fn PaperMailPanel(letters: Vec<PaperLetterView>, owner_id: String) -> impl IntoView {
    use text::paper_mail as t;
    let card_page = paths::key_card(&owner_id);
    view! {
        <section class="paper-mail" id="fysisk-post" aria-labelledby="paper-mail-heading">
            <h2 id="paper-mail-heading">{t::TITLE}</h2>
            <p class="form-hint">{t::INTRO}</p>
            {if letters.is_empty() {
                view! { <p>{t::EMPTY}</p> }.into_html()
            } else {
                view! {
                    <ul class="paper-letters no-max-width">
                        {letters.into_iter().map(|letter| match letter {
                            PaperLetterView::NewKeyCard { date, card_number } => view! {
                                <li class="paper-letter">
                                    <h3 class="h4">{t::NEW_CARD_SUBJECT}</h3>
                                    <p class="paper-letter-meta">{format!("{} · {}", t::FROM, date)}</p>
                                    <p>{t::NEW_CARD_BODY}</p>
                                    <p>{format!("{}: {}", t::NEW_CARD_NUMBER, card_number)}</p>
                                    <p><a href=card_page.clone()>{text::persona_page::SHOW_CARD}</a></p>
                                </li>
                            }.into_html(),
                            PaperLetterView::TemporaryPassword { date, password } => view! {
                                <li class="paper-letter">
                                    <h3 class="h4">{t::TEMPORARY_SUBJECT}</h3>
                                    <p class="paper-letter-meta">{format!("{} · {}", t::FROM, date)}</p>
                                    <p>{t::TEMPORARY_BODY}</p>
                                    <p class="credential temporary-password">{password}</p>
                                    <p>{t::TEMPORARY_HOW}</p>
                                </li>
                            }.into_html(),
                        }).collect_view()}
                    </ul>
                }.into_html()
            }}
        </section>
    }
}
