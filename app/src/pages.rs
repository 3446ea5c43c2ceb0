//! The pages of the foundation: landing, the world's front page, reset confirmation,
//! about, not found.

use crate::paths;
use crate::text;
use crate::world_api::{PersonaCard, WorldPageData, world_overview};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// A plain HTML form that posts to a server route: works the same with and without wasm.
#[component]
fn PostButton(
    action: &'static str,
    label: &'static str,
    #[prop(default = "button button-primary")] class: &'static str,
) -> impl IntoView {
    view! {
        <form method="post" action=action class="inline-form">
            <button type="submit" class=class>{label}</button>
        </form>
    }
}

#[component]
fn Alert(kind: &'static str, children: Children) -> impl IntoView {
    let role = if kind == "alert-error" {
        "alert"
    } else {
        "status"
    };
    view! {
        <div class=format!("alert {kind}") role=role>
            <div class="alert-body">
                <p class="alert-text">{children()}</p>
            </div>
        </div>
    }
}

#[component]
pub fn Landing() -> impl IntoView {
    let query = use_query_map();
    let ended = move || query.read().get("afsluttet").is_some();
    view! {
        <Title text=text::landing::TITLE/>
        <h1>{text::landing::TITLE}</h1>
        <Show when=ended>
            <Alert kind="alert-success">{text::landing::ENDED}</Alert>
        </Show>
        <p class="font-lead">{text::landing::INTRO}</p>
        <p>{text::landing::CAN_PRACTISE}</p>
        <ul class="practise-list">
            {text::landing::ITEMS.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}
        </ul>
        <p>{text::landing::NOTHING_HAPPENS}</p>
        <PostButton action=paths::START label=text::landing::START class="button button-primary button-large"/>
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
fn PersonaEntry(persona: PersonaCard) -> impl IntoView {
    use text::world as t;
    view! {
        <li class="persona">
            <h3 class="persona-name">{persona.name}</h3>
            <p class="persona-tags">
                <span class="tag">{t::FICTITIOUS}</span>
                {persona.trusted_employee.then(|| view! { <span class="tag tag-role">{t::TRUSTED_EMPLOYEE}</span> })}
            </p>
            <p class="persona-summary">{persona.summary}</p>
            <dl class="persona-facts">
                <dt>{t::AGE}</dt>
                <dd>{format!("{} {}", persona.age, t::YEARS)}</dd>
                <dt>{t::CPR}</dt>
                <dd class="nowrap">{persona.cpr}</dd>
                <dt>{t::ADDRESS}</dt>
                <dd>{persona.address}</dd>
                <dt>{t::LOGIN_ID}</dt>
                <dd class="credential">{persona.login_id}</dd>
                <dt>{t::PASSWORD}</dt>
                <dd class="credential">{persona.password}</dd>
            </dl>
        </li>
    }
}

#[component]
fn ActiveWorld(scenario: String, personas: Vec<PersonaCard>, reset_done: bool) -> impl IntoView {
    use text::world as t;
    view! {
        <Title text=t::TITLE/>
        <h1>{t::TITLE}</h1>
        {reset_done.then(|| view! { <Alert kind="alert-success">{t::RESET_DONE}</Alert> })}
        <p class="font-lead">{t::INTRO}</p>
        <section class="world-actions" aria-labelledby="world-actions-heading">
            <h2 id="world-actions-heading" class="h4">{t::ACTIONS_HEADING}</h2>
            <div class="world-actions-buttons">
                <a class="button button-secondary" href=paths::RESET>{t::RESET}</a>
                <PostButton action=paths::END label=t::END class="button button-secondary"/>
            </div>
            <p class="form-hint">{t::END_HINT}</p>
        </section>
        <h2>{t::PERSONAS_HEADING}</h2>
        <p class="scenario-name">{scenario}</p>
        <ul class="persona-list no-max-width">
            {personas.into_iter().map(|p| view! { <PersonaEntry persona=p/> }).collect_view()}
        </ul>
    }
}

#[component]
pub fn WorldPage() -> impl IntoView {
    let overview = Resource::new_blocking(|| (), |_| world_overview());
    let query = use_query_map();
    view! {
        <Suspense fallback=|| view! { <p>{text::world::LOADING}</p> }>
            {move || Suspend::new(async move {
                let reset_done = query.read_untracked().get("nulstillet").is_some();
                match overview.await {
                    Ok(WorldPageData::Active { scenario, personas }) => {
                        view! { <ActiveWorld scenario personas reset_done/> }.into_any()
                    }
                    Ok(WorldPageData::NoWorld) => {
                        view! { <StartAgain title=text::expired::NONE_TITLE explain=text::expired::NONE_EXPLAIN/> }.into_any()
                    }
                    Ok(WorldPageData::Expired) => {
                        view! { <StartAgain title=text::expired::TITLE explain=text::expired::EXPLAIN/> }.into_any()
                    }
                    Err(e) => view! { <Alert kind="alert-error">{e.to_string()}</Alert> }.into_any(),
                }
            })}
        </Suspense>
    }
}

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

#[component]
pub fn About() -> impl IntoView {
    view! {
        <Title text=text::about::TITLE/>
        <h1>{text::about::TITLE}</h1>
        {text::about::PARAGRAPHS.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
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
