//! A fuldmagt request on paper: for a giver who cannot use NemID, the request is printed,
//! signed by hand and handed in at Borgerservice, where a betroet medarbejder checks the
//! giver's identity and registers the answer ("Godkend for borgeren").

use crate::components::PrintButton;
use crate::html::IntoHtml;
use crate::paths;
use crate::text::fuldmagt as t;
use crate::title::Title;
use crate::world::in_world;
use domain::World;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperView {
    pub giver: String,
    pub giver_cpr: String,
    pub holder: String,
    pub holder_cpr: String,
    pub areas: Vec<String>,
    pub until: String,
}

/// Request `id`, for whoever may see it: its holder, its giver, or a betroet medarbejder
/// for a giver who is not digital.
pub fn paper(world: &World, id: u16) -> Option<PaperView> {
    let me = world.logged_in()?;
    let trusted = me.role == domain::Role::TrustedEmployee;
    let request = world
        .fuldmagt_requests_from(&me.id)
        .into_iter()
        .chain(world.fuldmagt_requests_to(&me.id))
        .chain(if trusted {
            world.cases_for_trusted_employee()
        } else {
            Vec::new()
        })
        .find(|r| r.id == id)?;
    let cpr = |p| {
        world
            .persona(p)
            .map(|p| p.cpr.to_string())
            .unwrap_or_default()
    };
    Some(PaperView {
        giver: world.name(&request.giver),
        giver_cpr: cpr(&request.giver),
        holder: world.name(&request.holder),
        holder_cpr: cpr(&request.holder),
        areas: request.areas.iter().map(|a| a.label().to_owned()).collect(),
        until: crate::fuldmagt::data::until(request.until),
    })
}

/// `/fuldmagt/blanket?id=N`: the request as a form to sign by hand, with "Udskriv".
#[component]
pub fn PaperPage() -> impl IntoView {
    let id = use_query_map().with_untracked(|q| q.get("id").and_then(|i| i.parse::<u16>().ok()));
    let data = crate::world::with_world(move |w| id.and_then(|id| paper(w, id)));
    view! {
        <Title text=t::PAPER_TITLE/>
        {in_world(data, |view| match view {
            None => view! {
                <h1>{t::PAPER_TITLE}</h1>
                <p>{t::PAPER_NONE}</p>
                <p><a href=paths::FULDMAGT>{t::TITLE}</a></p>
            }
            .into_html(),
            Some(v) => view! {
                <div class="no-print">
                    <p><a href=paths::FULDMAGT>{t::TITLE}</a></p>
                    <h1>{t::PAPER_TITLE}</h1>
                    {t::PAPER_INTRO.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                    <PrintButton label=crate::text::post::PRINT.to_owned() without_js=crate::text::print::WITHOUT_JS.to_owned()/>
                </div>
                <article class="paper-form" aria-label=t::PAPER_SHEET>
                    <h2>{t::PAPER_SHEET}</h2>
                    <dl class="post-letter-meta">
                        <dt>{t::GIVER}</dt><dd>{format!("{} ({} {})", v.giver, crate::text::access::CPR, v.giver_cpr)}</dd>
                        <dt>{t::HOLDER}</dt><dd>{format!("{} ({} {})", v.holder, crate::text::access::CPR, v.holder_cpr)}</dd>
                        <dt>{t::AREAS}</dt><dd><ul>{v.areas.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view()}</ul></dd>
                        <dt>{t::VALID_UNTIL}</dt><dd>{v.until.clone()}</dd>
                    </dl>
                    <p>{t::paper_statement(&v.holder)}</p>
                    <p class="paper-line">{t::PAPER_DATE}</p>
                    <p class="paper-line">{t::PAPER_SIGNATURE}</p>
                    <p class="paper-mark">{t::PAPER_MARK}</p>
                </article>
            }
            .into_html(),
        })}
    }
}
