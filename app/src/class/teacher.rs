//! "For undervisere" (`/underviser`): what a lesson looks like, the teacher's running hold,
//! and "Opret hold".

use crate::class::TextField;
use crate::class::data::{class_of, display_name, teacher_cookie_name};
use crate::components::{FieldError, group_class};
use crate::session::{BoardKey, Classes, request_cookie};
use crate::text::class::teacher as t;
use crate::title::Title;
use crate::world::{Alert, feedback};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The hold this browser's teacher runs, if it is still live: (board address, name).
fn running_hold() -> Option<(String, String)> {
    let classes = use_context::<Classes>()?;
    let raw = request_cookie(teacher_cookie_name(false), teacher_cookie_name(true))?;
    let key = BoardKey::parse(&raw)?;
    let class = class_of(&classes, &key, false)?;
    Some((crate::paths::board(key.as_str()), display_name(&class)))
}

#[component]
pub fn TeacherPage() -> impl IntoView {
    let query = use_query_map();
    let ended = query.read_untracked().get("afsluttet").is_some();
    let fb = feedback();
    let scenario = use_context::<std::sync::Arc<domain::Scenario>>();
    let catalogue = scenario
        .as_ref()
        .map(|s| crate::guide::data::catalogue(s, "da"));
    let languages = scenario
        .as_ref()
        .map(|s| crate::guide::data::languages(s))
        .unwrap_or_default();
    let refused = !fb.errors.is_empty();
    let ticked: Vec<String> = fb
        .fields
        .iter()
        .filter(|(k, _)| k == "ovelse")
        .map(|(_, v)| v.clone())
        .collect();
    let chosen_lang = fb.field("sprog");
    let chosen_login = match fb.field("log_paa").as_str() {
        "" => match scenario.as_ref().map(|s| s.default_login) {
            Some(domain::LoginMethod::MitId) => "mitid",
            _ => "nemid",
        }
        .to_owned(),
        other => other.to_owned(),
    };
    let exercises_error = fb.error_at("ovelse");
    let general_error = (refused && fb.field.is_none())
        .then(|| fb.errors.first().cloned())
        .flatten();
    view! {
        <Title text=t::TITLE/>
        <h1>{t::TITLE}</h1>
        {ended.then(|| view! { <Alert kind="alert-success"><p class="alert-text">{t::ENDED}</p></Alert> })}
        {general_error.map(|e| view! { <Alert kind="alert-error"><p class="alert-text">{e}</p></Alert> })}
        {running_hold().map(|(href, name)| view! {
            <Alert kind="alert-info">
                <p class="alert-text">{t::YOUR_HOLD}" "<strong>{name}</strong>". "<a href=href>{t::TO_BOARD}</a></p>
            </Alert>
        })}
        <p class="font-lead">{t::INTRO}</p>
        <h2>{t::LESSON_HEADING}</h2>
        <ol class="lesson-steps">
            {t::LESSON.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}
        </ol>
        <h2>{t::PLANS_HEADING}</h2>
        <p>{t::PLANS_INTRO}</p>
        <ul>
            {crate::class::print::PLANS.iter().map(|(slug, title, _)| view! {
                <li><a href=crate::paths::lesson_plan(slug)>{*title}</a></li>
            }).collect_view()}
        </ul>
        <p>{t::HANDOUTS_INTRO}" "<a href=crate::paths::HANDOUTS>{t::HANDOUTS_LINK}</a></p>
        <h2 id="opret">{t::CREATE_HEADING}</h2>
        <form method="post" action=crate::paths::TEACHER class="create-hold" novalidate>
            <TextField name="navn" label=t::NAME hint=t::NAME_HINT value=fb.field("navn")
                error=fb.error_at("navn") class="form-input input-width-l" max=40/>
            <fieldset class=group_class(exercises_error.is_some())>
                <legend class="form-label">{t::EXERCISES}</legend>
                <span class="form-hint" id="ovelse-hint">{t::EXERCISES_HINT}</span>
                <FieldError id="ovelse-error" message=exercises_error.clone()/>
                {catalogue.map(|c| c.themes.into_iter().map(|(theme, entries)| {
                    let ticked = ticked.clone();
                    view! {
                        <p class="hold-theme"><strong>{theme}</strong></p>
                        <ul class="nobullet-list">
                            {entries.into_iter().map(|e| {
                                let id = format!("ovelse-{}", e.id);
                                let checked = ticked.contains(&e.id);
                                view! {
                                    <li class="form-group-checkbox">
                                        <input class="form-checkbox" type="checkbox" name="ovelse"
                                            id=id.clone() value=e.id.clone() checked=checked/>
                                        <label for=id>
                                            {format!("{} ({} min.)", e.title, e.minutes)}
                                        </label>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }
                }).collect_view())}
            </fieldset>
            <div class="form-group">
                <label class="form-label" for="sprog">{t::LANGUAGE}</label>
                <select class="form-select" id="sprog" name="sprog">
                    {languages.into_iter().map(|l| {
                        let selected = l.code == chosen_lang;
                        let label = match l.draft {
                            Some(mark) => format!("{} ({mark})", l.name),
                            None => l.name.clone(),
                        };
                        view! { <option value=l.code.clone() selected=selected>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
            <fieldset class="form-group">
                <legend class="form-label">{t::LOGIN}</legend>
                <span class="form-hint">{t::LOGIN_HINT}</span>
                {[("nemid", t::LOGIN_NEMID), ("mitid", t::LOGIN_MITID)].into_iter().map(|(value, label)| {
                    let id = format!("log-paa-{value}");
                    view! {
                        <div class="form-group-radio">
                            <input class="form-radio" type="radio" id=id.clone() name="log_paa" value=value
                                checked=chosen_login == value/>
                            <label for=id>{label}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <TextField name="kort" label=t::CARDS hint=t::CARDS_HINT
                value=if refused { fb.field("kort") } else { "0".to_owned() }
                error=fb.error_at("kort") class="form-input input-width-xs" max=3/>
            <button type="submit" class="button button-primary button-large">{t::CREATE}</button>
        </form>
    }
}
