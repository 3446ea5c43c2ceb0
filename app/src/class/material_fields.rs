//! "Skriv selv" of "Eget materiale": the letter's and the exercise's inputs, each with its
//! refusal next to it and the typed text kept.

use crate::class::TextField;
use crate::class::material_form::{OTHER_TASKS, STEP_INPUTS};
use crate::components::{FieldError, group_class};
use crate::html::IntoHtml;
use crate::paths;
use crate::text::material as t;
use crate::world::feedback;
use domain::Scenario;
use domain::material::form::STEP_KINDS;
use leptos::prelude::*;
use std::sync::Arc;

/// A text area with its label, hint and refusal.
#[component]
fn Area(
    name: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    value: String,
    error: Option<String>,
    rows: u8,
    #[prop(optional)] dir: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let error_id = if name == "tekst" {
        "tekst-error"
    } else {
        "felt-error"
    };
    let mut described = Vec::new();
    if hint.is_some() {
        described.push(hint_id.clone());
    }
    if error.is_some() {
        described.push(error_id.to_owned());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    view! {
        <div class=group_class(error.is_some())>
            <label class="form-label" for=name>{label}</label>
            {hint.map(|h| view! { <span class="form-hint" id=hint_id>{h}</span> })}
            <FieldError id=error_id message=error.clone()/>
            <textarea class="form-input" id=name name=name rows=rows.to_string() maxlength="4000" dir=dir
                aria-describedby=described aria-invalid=error.is_some().then_some("true")>{value}</textarea>
        </div>
    }
}

/// A select with its label and refusal; `options` are (value, label).
#[component]
fn Choice(
    name: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
    value: String,
    error: Option<String>,
) -> impl IntoView {
    let error_id = "felt-error";
    view! {
        <div class=group_class(error.is_some())>
            <label class="form-label" for=name>{label}</label>
            <FieldError id=error_id message=error.clone()/>
            <select class="form-select" id=name name=name
                aria-describedby=error.is_some().then_some(error_id) aria-invalid=error.is_some().then_some("true")>
                {options.into_iter().map(|(v, l)| {
                    let selected = v == value;
                    view! { <option value=v selected=selected>{l}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

#[component]
pub fn WriteForm(
    key: String,
    scenario: Arc<Scenario>,
    fields: Vec<(String, String)>,
) -> impl IntoView {
    let fb = feedback();
    let get = move |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let err = |name: &str| fb.error_at(name);
    let mut senders: Vec<(String, String)> = vec![("ny".into(), t::NEW_SENDER_OPTION.into())];
    senders.extend(
        scenario
            .authorities
            .iter()
            .map(|a| (a.id.as_str().to_owned(), a.name.clone())),
    );
    let people: Vec<(String, String)> = scenario
        .personas
        .iter()
        .map(|p| (p.id.as_str().to_owned(), p.name.clone()))
        .collect();
    let mut helpers = vec![(String::new(), "–".to_owned())];
    helpers.extend(people.iter().cloned());
    let mut kinds = vec![(String::new(), t::NO_STEP.to_owned())];
    kinds.extend(
        STEP_KINDS
            .iter()
            .map(|(v, l)| ((*v).to_owned(), (*l).to_owned())),
    );
    let can_reply = !get("besvar").is_empty() || get("emne").is_empty();
    let steps = STEP_INPUTS
        .iter()
        .enumerate()
        .map(|(i, [kind, folder, person, text, h1, h2, h3])| {
            let n = i + 1;
            let legend = format!("{} {n}", t::STEP);
            // Hints are optional (empty ones get the standard hints): folded away unless
            // typed in or refused.
            let hints_open = [h1, h2, h3].iter().any(|h| !get(h).is_empty() || err(h).is_some());
            let step = view! {
                <fieldset class="material-step">
                    <legend class="h4">{legend}</legend>
                    <Choice name=kind label=t::STEP_KIND options=kinds.clone() value=get(kind) error=err(kind)/>
                    <TextField name=folder label=t::FOLDER value=get(folder) error=err(folder) max=40/>
                    <Choice name=person label=t::HELPER options=helpers.clone() value=get(person) error=err(person)/>
                    <TextField name=text label=t::INSTRUCTION value=get(text) error=err(text) class="form-input input-width-xl" max=300/>
                    <details class="material-hints" open=hints_open>
                        <summary>{t::HINTS_SUMMARY}</summary>
                        <p class="form-hint">{t::HINT_HELP}</p>
                        <TextField name=h1 label="Hint 1" value=get(h1) error=err(h1) class="form-input input-width-xl" max=300/>
                        <TextField name=h2 label="Hint 2" value=get(h2) error=err(h2) class="form-input input-width-xl" max=300/>
                        <TextField name=h3 label="Hint 3" value=get(h3) error=err(h3) class="form-input input-width-xl" max=300/>
                    </details>
                </fieldset>
            };
            // Steps 3 and 4 are folded away until used.
            let used = STEP_INPUTS[i].iter().any(|f| !get(f).is_empty() || err(f).is_some());
            if n <= 2 {
                step.into_html()
            } else {
                view! {
                    <details class="material-more" open=used>
                        <summary>{format!("{} {n} ({})", t::STEP, t::OPTIONAL)}</summary>
                        {step}
                    </details>
                }
                .into_html()
            }
        })
        .collect_view();
    let mut langs = vec![(String::new(), t::NO_LANG.to_owned())];
    langs.extend(
        crate::guide::data::languages(&scenario)
            .into_iter()
            .filter(|l| l.code != "da")
            .map(|l| (l.code, l.name)),
    );
    const TASK_LABELS: [&str; 4] = [
        "Opgaven i trin 1 på sproget",
        "Opgaven i trin 2 på sproget",
        "Opgaven i trin 3 på sproget",
        "Opgaven i trin 4 på sproget",
    ];
    let other_used = ["sprog2", "titel2", "beskrivelse2", "historie2"]
        .iter()
        .chain(OTHER_TASKS.iter())
        .any(|f| !get(f).is_empty() || err(f).is_some());
    let other = view! {
        <details class="material-more" open=other_used>
            <summary>{t::OTHER_SUMMARY}</summary>
            <p class="form-hint">{t::OTHER_HINT}</p>
            <Choice name="sprog2" label=t::OTHER_LANG options=langs value=get("sprog2") error=err("sprog2")/>
            <TextField name="titel2" label=t::OTHER_TITLE value=get("titel2") error=err("titel2") class="form-input input-width-xl" max=120 dir="auto"/>
            <TextField name="beskrivelse2" label=t::OTHER_DESCRIPTION value=get("beskrivelse2") error=err("beskrivelse2") class="form-input input-width-xl" max=300 dir="auto"/>
            <Area name="historie2" label=t::OTHER_STORY value=get("historie2") error=err("historie2") rows=3 dir="auto"/>
            {OTHER_TASKS.iter().zip(TASK_LABELS).map(|(name, label)| view! {
                <TextField name=*name label=label value=get(name) error=err(name) class="form-input input-width-xl" max=300 dir="auto"/>
            }).collect_view()}
        </details>
    };
    view! {
        <section aria-labelledby="skriv-selv">
            <h2 id="skriv-selv">{t::WRITE_HEADING}</h2>
            <div class="material-write">
            <form method="post" action=paths::material(&key) novalidate>
                <input type="hidden" name="handling" value="vis"/>
                <TextField name="navn" label=t::NAME hint=t::NAME_HINT value=get("navn") error=err("navn") max=80/>
                <fieldset class="material-part">
                    <legend class="h3">{t::LETTER_LEGEND}</legend>
                    <Choice name="fra" label=t::SENDER options=senders value=get("fra") error=err("fra")/>
                    <TextField name="ny_afsender" label=t::NEW_SENDER hint=t::NEW_SENDER_HINT value=get("ny_afsender") error=err("ny_afsender") max=80/>
                    <Choice name="til" label=t::TO options=people value=get("til") error=err("til")/>
                    <TextField name="emne" label=t::SUBJECT value=get("emne") error=err("emne") class="form-input input-width-xl" max=120/>
                    <Area name="tekst" label=t::BODY hint=t::BODY_HINT value=get("tekst") error=err("tekst") rows=12/>
                    <div class="form-group form-group-checkbox">
                        <input class="form-checkbox" type="checkbox" id="besvar" name="besvar" value="ja" checked=can_reply/>
                        <label for="besvar">{t::CAN_REPLY}</label>
                    </div>
                    <TextField name="bilag" label=t::ATTACHMENT_FIELD hint=t::ATTACHMENT_HINT value=get("bilag") error=err("bilag") max=80/>
                </fieldset>
                <fieldset class="material-part">
                    <legend class="h3">{t::EXERCISE_LEGEND}</legend>
                    <p class="form-hint">{t::EXERCISE_HINT}</p>
                    <TextField name="titel" label=t::EX_TITLE value=get("titel") error=err("titel") class="form-input input-width-xl" max=120/>
                    <TextField name="beskrivelse" label=t::EX_DESCRIPTION value=get("beskrivelse") error=err("beskrivelse") class="form-input input-width-xl" max=300/>
                    <Area name="historie" label=t::EX_STORY hint=t::EX_STORY_HINT value=get("historie") error=err("historie") rows=3/>
                    {steps}
                    {other}
                </fieldset>
                <button type="submit" class="button button-primary">{t::PREVIEW}</button>
            </form>
            <islands::material::MaterialLivePreview heading=t::LIVE_HEADING.to_owned()
                from_label=crate::text::post::FROM.to_owned() to_label=t::LETTER_TO.to_owned()
                no_subject=t::LIVE_NO_SUBJECT.to_owned() exercise_label=t::EXERCISE.to_owned()/>
            </div>
        </section>
    }
}
