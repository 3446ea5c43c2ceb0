//! The pages: landing, the world's front page, persona pages, key cards, the NemID login,
//! the learner's front page, reset confirmation, about, not found.

use crate::components::Icon;
use crate::html::{Html, IntoHtml};
use crate::paths;
use crate::text;
use crate::title::Title;
use crate::world::*;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// A plain HTML form that posts to a server route: works the same with and without wasm.
#[component]
pub fn PostButton(
    action: &'static str,
    #[prop(into)] label: String,
    #[prop(default = "button button-primary")] class: &'static str,
) -> impl IntoView {
    view! {
        <form method="post" action=action class="inline-form">
            <button type="submit" class=class>{label}</button>
        </form>
    }
}

#[component]
pub fn Alert(kind: &'static str, children: Children) -> impl IntoView {
    let role = if kind == "alert-error" {
        "alert"
    } else {
        "status"
    };
    view! {
        <div class=format!("alert {kind}") role=role>
            <Icon name=kind.trim_start_matches("alert-") class="icon-svg alert-icon"/>
            <div class="alert-body">{children()}</div>
        </div>
    }
}

/// Renders a page's data, or the friendly page for a missing or expired world.
pub fn in_world<T>(
    data: Result<InWorld<T>, crate::error::AppError>,
    f: impl FnOnce(T) -> Html,
) -> Html {
    match data {
        Ok(InWorld::Active(t)) => f(t),
        Ok(InWorld::NoWorld) => view! {
            <StartAgain title=text::expired::NONE_TITLE explain=text::expired::NONE_EXPLAIN/>
        }
        .into_html(),
        Ok(InWorld::Expired) => view! {
            <StartAgain title=text::expired::TITLE explain=text::expired::EXPLAIN/>
        }
        .into_html(),
        Err(e) => {
            view! { <Alert kind="alert-error"><p class="alert-text">{e.to_string()}</p></Alert> }
                .into_html()
        }
    }
}

#[component]
fn StartAgain(title: &'static str, explain: &'static str) -> impl IntoView {
    view! {
        <Title text=title/>
        <h1>{title}</h1>
        <p>{explain}</p>
        <PostButton action=paths::START label=text::landing::START/>
    }
}

#[component]
fn PersonaFacts(persona: PersonaCard) -> impl IntoView {
    use text::world as t;
    view! {
        <p class="persona-tags">
            <span class="tag">{t::FICTITIOUS}</span>
            {persona.trusted_employee.then(|| view! { <span class="tag tag-role">{t::TRUSTED_EMPLOYEE}</span> })}
            {persona.locked.then(|| view! { <span class="tag tag-locked">{t::LOCKED}</span> })}
        </p>
        <p class="persona-summary">{persona.summary}</p>
        <dl class="persona-facts">
            <dt>{t::AGE}</dt>
            <dd>{format!("{} {}", persona.age, t::YEARS)}</dd>
            <dt>{t::CPR}</dt>
            <dd class="nowrap">{persona.cpr}</dd>
            <dt>{t::ADDRESS}</dt>
            <dd>{persona.address}</dd>
        </dl>
        <h4 class="persona-facts-heading">"NemID"</h4>
        <dl class="persona-facts nemid-facts">
            <dt>{t::LOGIN_ID}</dt>
            <dd class="credential">{persona.login_id}</dd>
            <dt>{t::PASSWORD}</dt>
            <dd class="credential">{persona.password.unwrap_or_else(|| t::OWN_PASSWORD.to_owned())}</dd>
            {persona.noegleapp.then(|| view! {
                <dt>{t::KEY_APP}</dt>
                <dd>{t::KEY_APP_YES}</dd>
            })}
        </dl>
    }
}

#[component]
fn PersonaEntry(persona: PersonaCard) -> impl IntoView {
    let login = paths::login_as(&persona.login_id);
    let page = paths::persona(&persona.id);
    let name = persona.name.clone();
    let mitid = persona.mitid.clone();
    view! {
        <li class="persona">
            <h3 class="persona-name">{name.clone()}</h3>
            <PersonaFacts persona/>
            <p class="persona-links">
                <a class="button button-primary" href=login>{format!("{} {}", text::persona_page::LOG_IN_AS, name)}</a>
                <a href=page>{text::persona_page::SEE_PERSON}</a>
            </p>
            <crate::mitid::card::MitIdFacts card=mitid/>
        </li>
    }
}

#[component]
fn ActiveWorld(overview: WorldOverview, reset_done: bool, logged_out: bool) -> impl IntoView {
    use text::world as t;
    view! {
        <Title text=t::TITLE/>
        <h1>{t::TITLE}</h1>
        {reset_done.then(|| view! { <Alert kind="alert-success"><p class="alert-text">{t::RESET_DONE}</p></Alert> })}
        {logged_out.then(|| view! { <Alert kind="alert-success"><p class="alert-text">{t::LOGGED_OUT}</p></Alert> })}
        <p class="font-lead">{t::INTRO}</p>
        <section class="world-actions" aria-labelledby="world-actions-heading">
            <h2 id="world-actions-heading" class="h4">{t::ACTIONS_HEADING}</h2>
            <div class="world-actions-buttons">
                <a class="button button-secondary" href=paths::RESET>{t::RESET}</a>
                <a class="button button-secondary" href=paths::END>{t::END}</a>
                <a class="button button-secondary" href=paths::PRINT_CARDS>{text::persona_page::PRINT_ALL}</a>
                <a class="button button-secondary" href=paths::PAIR>{text::class::pair::LINK}</a>
            </div>
            <p class="form-hint">{t::END_HINT}</p>
            <p class="form-hint">{text::persona_page::PRINT_ALL_HINT}</p>
        </section>
        <h2>{t::PERSONAS_HEADING}</h2>
        <p class="scenario-name">{overview.scenario}</p>
        <ul class="persona-list no-max-width">
            {overview.personas.into_iter().map(|p| view! { <PersonaEntry persona=p/> }).collect_view()}
        </ul>
    }
}

#[component]
pub fn WorldPage() -> impl IntoView {
    let overview = get_world_overview();
    let query = use_query_map();
    let reset_done = query.read_untracked().get("nulstillet").is_some();
    let logged_out = query.read_untracked().get("logget_af").is_some();
    in_world(overview, |o| {
        view! { <ActiveWorld overview=o reset_done logged_out/> }.into_html()
    })
}

fn persona_param() -> String {
    use_params_map().with_untracked(|p| p.get("id").unwrap_or_default())
}

fn unknown_persona() -> Html {
    view! {
        <Title text=text::not_found::TITLE/>
        <h1>{text::not_found::TITLE}</h1>
        <p>{text::persona_page::UNKNOWN}</p>
        <p><a href=paths::WORLD>{text::persona_page::BACK}</a></p>
    }
    .into_html()
}

/// Loads the persona named in the address and renders it with `body`; a missing or expired
/// world or an unknown persona gets its own page.
fn persona_loader(body: fn(PersonaView) -> Html) -> impl IntoView {
    let data = get_persona_view(persona_param());
    in_world(data, |view| view.map_or_else(unknown_persona, body))
}

#[component]
pub fn PersonaPage() -> impl IntoView {
    persona_loader(|p| {
        use text::persona_page as t;
        let name = p.card.name.clone();
        let login = paths::login_as(&p.card.login_id);
        let card_page = paths::key_card(&p.card.id);
        let print = paths::print_one(&p.card.id);
        view! {
            <Title text=name.clone()/>
            <p><a href=paths::WORLD>{t::BACK}</a></p>
            <h1>{name.clone()}</h1>
            <PersonaFacts persona=p.card.clone()/>
            <div class="world-actions-buttons">
                <a class="button button-primary" href=login>{format!("{} {}", t::LOG_IN_AS, name)}</a>
                <a class="button button-secondary" href=card_page>{t::SHOW_CARD}</a>
                <a class="button button-secondary" href=print>{t::PRINT_CARD}</a>
            </div>
            <PaperMailPanel letters=p.paper_mail owner_id=p.card.id/>
        }
        .into_html()
    })
}

#[component]
pub fn KeyCardPage() -> impl IntoView {
    persona_loader(|p| {
        use text::persona_page as t;
        let title = format!("{} – {}", t::CARD_TITLE, p.card.name);
        let print = paths::print_one(&p.card.id);
        let back = paths::persona(&p.card.id);
        view! {
            <Title text=title.clone()/>
            <p><a href=back>{format!("{} {}", t::BACK_TO, p.card.name)}</a></p>
            <h1>{title}</h1>
            <p>{t::CARD_LEGEND}</p>
            <p><strong>{format!("{} {}", p.key_card.remaining, t::KEYS_LEFT)}</strong></p>
            <KeyCardGrid card=p.key_card/>
            <p><a class="button button-secondary" href=print>{t::PRINT_CARD}</a></p>
        }
        .into_html()
    })
}

#[component]
pub fn PrintCardsPage() -> impl IntoView {
    use text::print as t;
    let person = use_query_map().with_untracked(|q| q.get("person").unwrap_or_default());
    let data = get_print_cards(person);
    view! {
        <Title text=t::TITLE/>
        <div class="no-print">
            <p><a href=paths::WORLD>{text::persona_page::BACK}</a></p>
            <h1>{t::TITLE}</h1>
            <p>{t::INTRO}</p>
            <p>{t::HOW}</p>
            <crate::components::PrintButton label=t::PRINT.to_owned() without_js=t::WITHOUT_JS.to_owned()/>
        </div>
        {
            in_world(data, |cards| {
                if cards.is_empty() {
                    return unknown_persona();
                }
                view! {
                    <div class="print-sheets">
                        {cards.into_iter().map(|card| {
                            let label = format!("{} {}", text::persona_page::CARD_OWNER, card.owner);
                            view! {
                            <section class="print-card" aria-label=label>
                                <span class="cut cut-tl" aria-hidden="true"></span>
                                <span class="cut cut-tr" aria-hidden="true"></span>
                                <span class="cut cut-bl" aria-hidden="true"></span>
                                <span class="cut cut-br" aria-hidden="true"></span>
                                <KeyCardGrid card/>
                            </section>
                        }}).collect_view()}
                    </div>
                }
                .into_html()
            })
        }
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=text::not_found::TITLE/>
        <h1>{text::not_found::TITLE}</h1>
        <p>{text::not_found::EXPLAIN}</p>
        <p><a href="/">{text::footer::HOME_LINK}</a></p>
    }
}
