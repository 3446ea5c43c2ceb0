//! "Eget materiale" (the teacher's own letter and exercise for the hold): the preview of
//! what was written or uploaded with "Send til holdet" and "Download", the form "Skriv
//! selv", and "Upload en fil". The posts are handled in `server/src/hold/material.rs`.

use crate::class::data::{class_of, contexts, display_name, route_key};
use crate::class::material_fields::WriteForm;
use crate::components::{FieldError, group_class};
use crate::html::IntoHtml;
use crate::paths;
use crate::text::class::board as b;
use crate::text::material as t;
use crate::title::Title;
use crate::world::{Alert, feedback};
use domain::material::Material;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// A letter of the material as the preview shows it.
struct LetterPreview {
    sender: String,
    to: String,
    subject: String,
    paragraphs: Vec<String>,
    can_reply: bool,
    attachment: Option<String>,
}

struct StepPreview {
    instruction: String,
    hints: Vec<String>,
}

struct ExercisePreview {
    title: String,
    description: String,
    story: String,
    steps: Vec<StepPreview>,
    /// The other languages the exercise has texts in: (name, lang, dir, title, story, tasks).
    others: Vec<OtherPreview>,
}

struct OtherPreview {
    name: String,
    lang: String,
    dir: &'static str,
    title: String,
    story: String,
    tasks: Vec<String>,
}

fn letters(m: &Material) -> Vec<LetterPreview> {
    let s = &m.scenario;
    m.letters
        .iter()
        .filter_map(|&i| s.letters.get(i))
        .map(|l| LetterPreview {
            sender: s
                .authority(&l.from)
                .map_or_else(String::new, |a| a.name.clone()),
            to: s
                .persona(&l.to)
                .map_or_else(String::new, |p| p.name.clone()),
            subject: l.subject.clone(),
            paragraphs: l
                .body
                .split("\n\n")
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect(),
            can_reply: l.can_reply,
            attachment: l.attachment.as_ref().map(|a| format!("{a}.pdf")),
        })
        .collect()
}

fn exercises(m: &Material) -> Vec<ExercisePreview> {
    let da = m.scenario.languages.first().cloned().unwrap_or_default();
    let names = crate::guide::data::languages(&m.scenario);
    m.exercises
        .iter()
        .filter_map(|&i| m.scenario.exercises.get(i))
        .map(|ex| {
            let text =
                ex.text
                    .get(&da)
                    .cloned()
                    .unwrap_or_else(|| domain::exercise::ExerciseText {
                        title: String::new(),
                        description: String::new(),
                        story: String::new(),
                    });
            ExercisePreview {
                title: text.title,
                description: text.description,
                story: text.story,
                steps: ex
                    .steps
                    .iter()
                    .filter_map(|s| s.text.get(&da))
                    .map(|s| StepPreview {
                        instruction: s.instruction.clone(),
                        hints: s.hints.clone(),
                    })
                    .collect(),
                others: m
                    .languages
                    .iter()
                    .filter(|l| **l != da)
                    .filter_map(|l| {
                        let text = ex.text.get(l)?;
                        Some(OtherPreview {
                            name: names
                                .iter()
                                .find(|n| n.code == *l)
                                .map_or_else(|| l.clone(), |n| n.name.clone()),
                            lang: domain::scenario::ftl::html_lang(l).to_owned(),
                            dir: domain::scenario::ftl::dir(l),
                            title: text.title.clone(),
                            story: text.story.clone(),
                            tasks: ex
                                .steps
                                .iter()
                                .filter_map(|s| s.text.get(l))
                                .map(|s| s.instruction.clone())
                                .collect(),
                        })
                    })
                    .collect(),
            }
        })
        .collect()
}

#[component]
fn Preview(material: Material, key: String, from_file: bool) -> impl IntoView {
    let action = paths::material(&key);
    let download = paths::material_file(&key);
    let letters = letters(&material);
    let exercises = exercises(&material);
    view! {
        <section class="material-preview" aria-labelledby="forhaandsvisning">
            <h2 id="forhaandsvisning">{format!("{}: {}", t::PREVIEW_HEADING, material.name)}</h2>
            <p>{if from_file { t::PREVIEW_FROM_FILE } else { t::PREVIEW_INTRO }}</p>
            {letters.into_iter().map(|l| view! {
                <h3>{format!("{} til {}", t::LETTERS, l.to)}</h3>
                <article class="post-letter material-letter">
                    <p class="h4">{l.subject}</p>
                    <dl class="post-letter-meta">
                        <dt>{crate::text::post::FROM}</dt><dd>{l.sender}</dd>
                        <dt>{t::LETTER_TO}</dt><dd>{l.to.clone()}</dd>
                        {l.attachment.map(|a| view! { <dt>{t::ATTACHMENT}</dt><dd>{a}</dd> })}
                    </dl>
                    <div class="post-letter-text">
                        {l.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                    </div>
                    <p class="form-hint">{if l.can_reply { t::CAN_REPLY_YES } else { t::CAN_REPLY_NO }}</p>
                </article>
            }).collect_view()}
            {exercises.into_iter().map(|ex| view! {
                <h3>{format!("{}: {}", t::EXERCISE, ex.title)}</h3>
                <p><strong>{ex.description}</strong></p>
                <p>{ex.story}</p>
                <ol class="material-steps">
                    {ex.steps.into_iter().map(|s| view! {
                        <li>
                            <p>{s.instruction}</p>
                            <details>
                                <summary>{t::HINTS}</summary>
                                <ol>{s.hints.into_iter().map(|h| view! { <li>{h}</li> }).collect_view()}</ol>
                            </details>
                        </li>
                    }).collect_view()}
                </ol>
                {ex.others.into_iter().map(|o| view! {
                    <h4>{format!("{} {}", t::ALSO_IN, o.name)}</h4>
                    <div lang=o.lang dir=o.dir>
                        <p><strong>{o.title}</strong></p>
                        <p>{o.story}</p>
                        <ol>{o.tasks.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ol>
                    </div>
                }).collect_view()}
            }).collect_view()}
            <form method="post" action=action>
                <input type="hidden" name="handling" value="send"/>
                <p class="form-hint" id="send-hint">{t::SEND_HINT}</p>
                <button type="submit" class="button button-primary" aria-describedby="send-hint">{t::SEND}</button>
            </form>
            <p><a class="button button-secondary" href=download download="eget-materiale.toml">{t::DOWNLOAD}</a>" "<span class="form-hint">{t::DOWNLOAD_HINT}</span></p>
        </section>
    }
}

#[component]
fn UploadForm(key: String) -> impl IntoView {
    let fb = feedback();
    let error = fb.error_at("fil");
    view! {
        <section aria-labelledby="upload">
            <h2 id="upload">{t::UPLOAD_HEADING}</h2>
            <p>{t::UPLOAD_INTRO}" "<a href=paths::MATERIAL_EXAMPLE download="skole.toml">{t::EXAMPLE}</a></p>
            <form method="post" action=paths::material(&key) enctype="multipart/form-data" novalidate>
                <input type="hidden" name="handling" value="upload"/>
                <div class=group_class(error.is_some())>
                    <label class="form-label" for="fil">{t::FILE}</label>
                    <FieldError id="fil-error" message=error.clone()/>
                    <input class="form-input" type="file" id="fil" name="fil" accept=".toml,text/plain"
                        aria-describedby=error.is_some().then_some("fil-error")
                        aria-invalid=error.is_some().then_some("true")/>
                </div>
                <button type="submit" class="button button-secondary">{t::UPLOAD}</button>
            </form>
        </section>
    }
}

#[component]
pub fn MaterialPage() -> impl IntoView {
    let sent = use_query_map().read_untracked().get("sendt").is_some();
    let found = contexts().ok().and_then(|(classes, _, scenario)| {
        Some((class_of(&classes, &route_key()?, true)?, scenario))
    });
    let Some((class, scenario)) = found else {
        return view! {
            <Title text=b::NOT_FOUND_TITLE/>
            <h1>{b::NOT_FOUND_TITLE}</h1>
            <p>{b::NOT_FOUND}</p>
        }
        .into_html();
    };
    let key = route_key()
        .map(|k| k.as_str().to_owned())
        .unwrap_or_default();
    let name = display_name(&class);
    let fb = feedback();
    let general = (!fb.errors.is_empty() && fb.field.is_none())
        .then(|| fb.errors.first().cloned())
        .flatten();
    let current = class.material.as_ref().map(|m| m.name.clone());
    let from_file = class.draft_form.is_none();
    let draft = class.draft.as_deref().cloned();
    // After a refusal, the form shows what was posted; otherwise the draft's form.
    let fields = if fb.fields.is_empty() {
        class
            .draft_form
            .as_deref()
            .map(crate::class::material_form::fields_of)
            .unwrap_or_default()
    } else {
        fb.fields.clone()
    };
    view! {
        <Title text=format!("{} – {}", t::TITLE, name)/>
        <p class="no-print"><a href=paths::board(&key)>{b::BACK}</a></p>
        <h1>{t::TITLE}</h1>
        <p>{t::INTRO}</p>
        <p><strong>{t::NO_REAL}</strong></p>
        {general.map(|e| view! { <Alert kind="alert-error"><p class="alert-text">{e}</p></Alert> })}
        {current.map(|n| view! {
            <Alert kind="alert-success"><p class="alert-text">{if sent { t::SENT } else { t::CURRENT }}" "<strong>{n}</strong></p></Alert>
        })}
        {draft.map(|m| view! { <Preview material=m key=key.clone() from_file/> })}
        <WriteForm key=key.clone() scenario fields/>
        <UploadForm key=key.clone()/>
    }
    .into_html()
}
