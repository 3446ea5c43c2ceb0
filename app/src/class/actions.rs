//! The board's actions that need typing: "Send brev" (a letter of the scenario, or one the
//! teacher writes, to one learner or all) and "Spol tiden frem" (for every learner).

use crate::class::TextField;
use crate::class::data::{board, contexts, route_key};
use crate::components::{FieldError, group_class};
use crate::html::IntoHtml;
use crate::paths;
use crate::text::class::{actions as t, board as b};
use crate::title::Title;
use crate::world::{Alert, feedback};
use leptos::prelude::*;

#[component]
pub fn ActionsPage() -> impl IntoView {
    let Some((view, scenario)) = contexts().ok().and_then(|(classes, store, scenario)| {
        let view = board(&classes, &store, &scenario, &route_key()?)?;
        Some((view, scenario))
    }) else {
        return view! {
            <Title text=b::NOT_FOUND_TITLE/>
            <h1>{b::NOT_FOUND_TITLE}</h1>
            <p>{b::NOT_FOUND}</p>
        }
        .into_html();
    };
    let fb = feedback();
    let base = paths::board(&view.key);
    let to = fb.field("plads");
    let picked = fb.field("brev");
    let from = fb.field("fra");
    let text_error = fb.error_at("tekst");
    let from_error = fb.error_at("fra");
    let general = (!fb.errors.is_empty() && fb.field.is_none())
        .then(|| fb.errors.first().cloned())
        .flatten();
    let letters: Vec<(String, String)> = scenario
        .letters
        .iter()
        .map(|l| {
            let sender = scenario
                .authority(&l.from)
                .map_or_else(String::new, |a| a.name.clone());
            (l.id.as_str().to_owned(), format!("{sender}: {}", l.subject))
        })
        .collect();
    let authorities: Vec<(String, String)> = scenario
        .authorities
        .iter()
        .map(|a| (a.id.as_str().to_owned(), a.name.clone()))
        .collect();
    view! {
        <Title text=format!("{} – {}", t::TITLE, view.name)/>
        <p class="no-print"><a href=base.clone()>{b::BACK}</a></p>
        <h1>{t::TITLE}</h1>
        {general.map(|e| view! { <Alert kind="alert-error"><p class="alert-text">{e}</p></Alert> })}
        <h2 id="brev">{t::LETTER_HEADING}</h2>
        <form method="post" action=base.clone() novalidate>
            <input type="hidden" name="handling" value="brev"/>
            <div class="form-group">
                <label class="form-label" for="plads">{t::TO}</label>
                <select class="form-select" id="plads" name="plads">
                    <option value="alle">{t::TO_ALL}</option>
                    {view.rows.iter().filter(|r| !r.gone).map(|r| {
                        let seat = r.seat.to_string();
                        let selected = seat == to;
                        view! { <option value=seat selected=selected>{format!("{}. {}", r.seat, r.name)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="form-group">
                <label class="form-label" for="brev-valg">{t::PICK}</label>
                <select class="form-select" id="brev-valg" name="brev">
                    <option value="">{t::PICK_NONE}</option>
                    {letters.into_iter().map(|(id, label)| {
                        let selected = id == picked;
                        view! { <option value=id selected=selected>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class=group_class(from_error.is_some())>
                <label class="form-label" for="fra">{t::FROM}</label>
                <FieldError id="fra-error" message=from_error.clone()/>
                <select class="form-select" id="fra" name="fra"
                    aria-describedby=from_error.is_some().then_some("fra-error")>
                    {authorities.into_iter().map(|(id, name)| {
                        let selected = id == from;
                        view! { <option value=id selected=selected>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
            <TextField name="emne" label=t::SUBJECT value=fb.field("emne") error=fb.error_at("emne")
                class="form-input input-width-xl" max=100/>
            <div class=group_class(text_error.is_some())>
                <label class="form-label" for="tekst">{t::TEXT}</label>
                <FieldError id="tekst-error" message=text_error.clone()/>
                <textarea class="form-input" id="tekst" name="tekst" rows="6" maxlength="2000"
                    aria-describedby=text_error.is_some().then_some("tekst-error")
                    aria-invalid=text_error.is_some().then_some("true")>{fb.field("tekst")}</textarea>
            </div>
            <button type="submit" class="button button-primary">{t::SEND}</button>
        </form>
        <h2 id="tid">{t::ADVANCE_HEADING}</h2>
        <p>{t::ADVANCE_INTRO}</p>
        <form method="post" action=base.clone()>
            <input type="hidden" name="handling" value="tid"/>
            <input type="hidden" name="plads" value="alle"/>
            <div class="form-group">
                <label class="form-label" for="minutter">{t::HOW_FAR}</label>
                <select class="form-select" id="minutter" name="minutter">
                    {t::STEPS.iter().map(|(m, label)| view! { <option value=m.to_string()>{*label}</option> }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button button-primary">{t::ADVANCE}</button>
        </form>
    }
    .into_html()
}
