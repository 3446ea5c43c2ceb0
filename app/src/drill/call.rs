//! A call drill on the practice phone ("Opkald"): the number calling and what the caller
//! says, with "Læg på". At the same moment a request the learner did not start waits in
//! the MitID app; the right answer there is "Afvis".

use super::DrillMessage;
use crate::html::{Html, IntoHtml};
use crate::paths;
use crate::world::Alert;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

pub const CALLS: &str = "Opkald";
const ONGOING: &str = "Igangværende opkald";
const SAYS: &str = "Personen i telefonen siger:";
const HANG_UP: &str = "Læg på";
const NO_CALLS: &str = "Ingen opkald.";
const HUNG_UP: &str = "Du har lagt på.";
const REJECT_TOO: &str = "Er der en anmodning i MitID app, du ikke selv har startet? Så afvis den.";
const SEE_WHY: &str = "Se, hvad der afslørede opkaldet";

/// The "Opkald" screen: the calls going on (each with "Læg på"), after a hang-up what to
/// do next.
pub fn calls_screen(persona: &str, calls: Vec<DrillMessage>, answer: &str) -> Html {
    let hung_up = (answer == "slettet").then(|| {
        use_query_map()
            .read_untracked()
            .get("besked")
            .unwrap_or_default()
    });
    let action = paths::phone(persona);
    let app = action.clone();
    view! {
        <h2 class="phone-heading">{CALLS}</h2>
        {hung_up.map(|id| view! {
            <Alert kind="alert-success">
                <p class="alert-text">{HUNG_UP}" "{REJECT_TOO}</p>
                <p class="alert-text"><a href=app.clone()>{crate::text::mitid::phone::APP}</a>" · "
                    <a href=super::debrief(&id)>{SEE_WHY}</a></p>
            </Alert>
        })}
        {if calls.is_empty() {
            view! { <p>{NO_CALLS}</p> }.into_html()
        } else {
            calls.into_iter().map(|c| view! {
                <article class="phone-call" aria-labelledby=format!("opkald-{}", c.id)>
                    <p class="phone-call-state">{ONGOING}</p>
                    <h3 class="phone-call-number" id=format!("opkald-{}", c.id)>{c.sender.clone()}</h3>
                    <p class="phone-time">{c.sent.clone()}</p>
                    <p class="phone-call-says">{SAYS}</p>
                    <blockquote class="phone-call-words"><p>{c.before.clone()}</p></blockquote>
                    <form method="post" action=action.clone() class="inline-form">
                        <input type="hidden" name="trin" value="slet-besked"/>
                        <input type="hidden" name="besked" value=c.id.clone()/>
                        <input type="hidden" name="app" value="opkald"/>
                        <button type="submit" class="button button-warning phone-hang-up">{HANG_UP}</button>
                    </form>
                </article>
            }).collect_view().into_html()
        }}
    }
    .into_html()
}
