//! The guide layer: "Øvelser" (the catalogue), the panel on every page while an exercise
//! runs, the result and the printable "Kursusbevis". Its words come from data (exercise
//! files and `guide/<lang>.ftl`) in the learner's language; the simulated service stays Danish.

use crate::guide::button::GuideButton;
use crate::guide::choose::{capitalised, language_groups};
use crate::guide::form::GuideHandling;
use crate::guide::label::GuideText;
use crate::guide::*;
use crate::html::{Html, IntoHtml};
use crate::paths;
use crate::title::Title;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The exercise panel: story, the current step, hints one at a time, skip and stop. It sits
/// above the page (never over it) and is refreshed on every navigation.
#[component]
pub fn GuidePanel() -> impl IntoView {
    let data = get_panel();
    let back = crate::components::page_address();
    match data {
        Ok(crate::world::InWorld::Active(Some(panel))) if !panel.stopped => {
            view! { <PanelBody panel back/> }.into_html()
        }
        _ => ().into_html(),
    }
}

#[component]
fn PanelBody(panel: Panel, back: String) -> Html {
    let w = panel.words.clone();
    let (lang, dir) = (w.html_lang(), w.dir());
    if panel.folded {
        // One line: where the learner is, and the way back to the whole panel.
        let state = match panel.step {
            Some(n) => w.count("step", n, panel.steps),
            None => w.get("finished"),
        };
        return view! {
            <aside class="guide-panel guide-panel-folded" aria-labelledby="guide-title" lang=lang dir=dir>
                <p id="guide-title" class="guide-folded-text">
                    <strong>{format!("{}: ", w.get("panel"))}</strong>{state}
                </p>
                <GuideButton handling=GuideHandling::Vis label=w.get("show_panel") back=back.clone()/>
                {panel.watch.map(|state| view! { <crate::drill::guide::WatchBox state words=w.clone() back=back.clone()/> })}
            </aside>
        }
        .into_html();
    }
    view! {
        <aside class="guide-panel" aria-labelledby="guide-title" lang=lang dir=dir>
            <div class="guide-top">
                <p class="guide-kicker">{w.get("panel")}
                    {panel.hold.clone().map(|h| view! { " · "<span class="guide-hold">{format!("{}: {h}", crate::text::class::join::HOLD)}</span> })}
                </p>
                <GuideButton handling=GuideHandling::Skjul label=w.get("hide_panel") back=back.clone() class="link-button guide-fold"/>
            </div>
            <h2 id="guide-title" class="h4 guide-title">{panel.title.clone()}</h2>
            <details class="guide-story">
                <summary>{w.get("story")}</summary>
                <p><GuideText text=panel.story.clone()/></p>
            </details>
            {panel.glossary.clone().map(|title| view! {
                <p class="guide-glossary"><a href=format!("{}?sprog={}", paths::GLOSSARY, panel.lang)>{title}</a></p>
            })}
            {match panel.step {
                Some(n) => view! {
                    <p class="guide-step" aria-live="polite">
                        <strong>{w.count("step", n, panel.steps)}</strong>": "<GuideText text=panel.instruction.clone()/>
                    </p>
                    <ReadAloud words=w.clone() lang=panel.lang.clone() exercise=panel.exercise.clone() step=n part=0 text=panel.instruction.clone()/>
                    {(!panel.hints.is_empty()).then(|| view! {
                        <ol class="guide-hints">
                            {panel.hints.iter().enumerate().map(|(i, h)| view! {
                                <li>
                                    <span class="sr-only">{w.get("hint")}": "</span><GuideText text=h.clone()/>
                                    <ReadAloud words=w.clone() lang=panel.lang.clone() exercise=panel.exercise.clone() step=n part=i + 1 text=h.clone()/>
                                </li>
                            }).collect_view()}
                        </ol>
                    })}
                    <div class="guide-buttons">
                        {panel.more_hints.then(|| view! { <GuideButton handling=GuideHandling::Hint label=w.get("show_hint") back=back.clone()/> })}
                        <GuideButton handling=GuideHandling::Spring label=w.get("skip") back=back.clone()/>
                        <GuideButton handling=GuideHandling::Stop label=w.get("stop") back=back.clone()/>
                    </div>
                }.into_html(),
                None => view! {
                    <p class="guide-step" aria-live="polite"><strong>{w.get("finished")}</strong></p>
                    <div class="guide-buttons">
                        {panel.hold_next.then(|| view! {
                            <form method="post" action=paths::HOLD_NEXT class="inline-form">
                                <button type="submit" class="button button-primary">{crate::text::class::join::NEXT}</button>
                            </form>
                        })}
                        <a class=if panel.hold_next { "button button-secondary" } else { "button button-primary" } href=paths::EXERCISE_DONE>{w.get("see_result")}</a>
                        <GuideButton handling=GuideHandling::Stop label=w.get("stop") back=back.clone()/>
                    </div>
                }.into_html(),
            }}
            {panel.watch.map(|state| view! { <crate::drill::guide::WatchBox state words=w.clone() back=back.clone()/> })}
            // One choice of nine languages, each in its own script, a draft marked as one.
            <form method="post" action=paths::GUIDE class="guide-language">
                <input type="hidden" name="handling" value=GuideHandling::Sprog.value()/>
                <input type="hidden" name="tilbage" value=back.clone()/>
                <label class="form-label" for="guide-sprog">{w.get("language")}</label>
                <select class="form-select" id="guide-sprog" name="sprog">
                    {language_groups(&panel.languages).into_iter().map(|(mark, list)| {
                        let options = list.into_iter().map(|l| view! {
                            <option value=l.code.clone() selected=l.code == panel.lang lang=l.html_lang()>{l.name.clone()}</option>
                        }).collect_view();
                        match mark {
                            Some(mark) => view! { <optgroup label=mark lang="da">{options}</optgroup> }.into_html(),
                            None => options.into_html(),
                        }
                    }).collect_view()}
                </select>
                <button type="submit" class="button button-secondary">{w.get("change_language")}</button>
                {panel.languages.iter().find(|l| l.code == panel.lang).and_then(|l| l.draft).map(|mark| view! {
                    <small class="language-draft" lang="da" dir="ltr">"("{mark}")"</small>
                })}
            </form>
        </aside>
    }
    .into_html()
}

/// "Læs op" under a text. Without JavaScript: a `<details>` with a plain `<audio>` of the
/// text made on the server (Opus, or MP3 where a browser has no Opus), loaded only when
/// played. With JavaScript: a button that reads it with the browser's voice for the
/// language, or plays that audio when the browser has none. Without a server voice for the
/// language (Somali), the player says so in the learner's language and plays the Danish text.
#[component]
fn ReadAloud(
    words: Words,
    lang: String,
    exercise: String,
    step: usize,
    part: usize,
    text: String,
) -> impl IntoView {
    let speak_lang = domain::scenario::ftl::html_lang(&lang).to_owned();
    let (audio_lang, note) = match crate::guide::speech::voice(&lang) {
        Some(_) => (lang, None),
        None => ("da".to_owned(), Some(words.get("no_voice"))),
    };
    let src = crate::guide::speech::address(&audio_lang, &exercise, step, part);
    let mp3 = format!("{src}&format=mp3");
    // Which text it plays, for a screen reader: several players sit in one panel.
    let which = if part == 0 {
        words.count("step", step, step)
    } else {
        format!("{} {part}", words.get("hint"))
    };
    let player = format!("laes-op-{step}-{part}");
    view! {
        <islands::speech::SpeakButton label=words.get("read_aloud") which=which.clone() text lang=speak_lang player=player.clone()/>
        <details class="read-aloud" id=player>
            <summary>{words.get("read_aloud")}<span class="sr-only">{format!(" – {which}")}</span></summary>
            {note.map(|n| view! { <p class="read-aloud-note">{n}</p> })}
            <audio controls preload="none">
                <source src=src type="audio/ogg; codecs=opus"/>
                <source src=mp3 type="audio/mpeg"/>
            </audio>
        </details>
    }
}

/// "Øvelser": the catalogue, grouped by theme.
#[component]
pub fn CataloguePage() -> impl IntoView {
    let lang = use_query_map().with_untracked(|q| q.get("sprog").unwrap_or_default());
    let data = get_catalogue(lang);
    match data {
        Ok(c) => {
            let w = c.words.clone();
            view! {
                <div lang=w.html_lang() dir=w.dir()>
                    <Title text=w.get("catalogue")/>
                    <h1>{w.get("catalogue")}</h1>
                    <p class="font-lead">{w.get("catalogue_intro")}</p>
                    // Each language in its own script; drafts under a plain mark of what they are.
                    <div class="catalogue-languages">
                        {language_groups(&c.languages).into_iter().map(|(mark, list)| view! {
                            <p class="guide-language">
                                {match mark {
                                    Some(mark) => view! { <span class="language-draft" lang="da" dir="ltr">{capitalised(mark)}":"</span> }.into_html(),
                                    None => view! { <span>{w.get("language")}":"</span> }.into_html(),
                                }}
                                {list.into_iter().map(|l| {
                                    let current = l.code == c.lang;
                                    view! {
                                        <a href=format!("{}?sprog={}", paths::EXERCISES, l.code) aria-current=current.then_some("true") lang=l.html_lang() dir=l.dir()>{l.name.clone()}</a>
                                    }
                                }).collect_view()}
                            </p>
                        }).collect_view()}
                    </div>
                    <p>{w.get("start_note")}</p>
                    <p class="guide-language">
                        {c.glossary.clone().map(|title| view! {
                            <a href=format!("{}?sprog={}", paths::GLOSSARY, c.lang)>{title}</a>
                        })}
                        {c.handouts.clone().map(|title| view! {
                            <a href=crate::guide::handouts::address(&c.lang, None)>{title}</a>
                        })}
                    </p>
                    {c.themes.into_iter().map(|(theme, list)| view! {
                        <section class="catalogue-theme">
                            <h2>{theme}</h2>
                            <ul class="catalogue-list no-max-width">
                                {list.into_iter().map(|e| {
                                    view! {
                                        <li class="catalogue-entry">
                                            <h3 class="h4">{e.title.clone()}</h3>
                                            <p><GuideText text=e.description/></p>
                                            <p class="catalogue-meta">{format!("{} {} · {} · {}", e.minutes, w.get("minutes"), e.level, e.audience)}</p>
                                            <form method="post" action=paths::EXERCISE_START>
                                                <input type="hidden" name="ovelse" value=e.id.clone()/>
                                                <input type="hidden" name="sprog" value=c.lang.clone()/>
                                                <button type="submit" class="button button-primary" aria-label=format!("{} {}", w.get("start"), e.title)>{w.get("start")}</button>
                                            </form>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </section>
                    }).collect_view()}
                </div>
            }
            .into_html()
        }
        Err(_) => no_exercise(),
    }
}

/// The result after the last step, with the form for the certificate.
#[component]
pub fn DonePage() -> impl IntoView {
    let data = get_result();
    match data {
        Ok(crate::world::InWorld::Active(Some(r))) => {
            let w = r.words.clone();
            view! {
                <Title text=w.get("done_title")/>
                <div lang=w.html_lang() dir=w.dir()>
                <h1>{if r.finished { w.get("done_title") } else { w.get("panel") }}</h1>
                <p class="font-lead">{format!("{} \"{}\".", w.get("done_text"), r.title)}</p>
                <p>{w.count("alone", r.alone, r.steps)}</p>
                <crate::drill::guide::DrillResults drills=r.drills.clone() watch_done=r.watch_done words=w.clone()/>
                <form method="get" action=paths::CERTIFICATE class="access-form">
                    <div class="form-group">
                        <label class="form-label" for="navn">{w.get("nickname")}</label>
                        <span class="form-hint" id="navn-hint">{w.get("nickname_hint")}</span>
                        <input class="form-input" id="navn" name="navn" type="text" maxlength="40" aria-describedby="navn-hint"/>
                    </div>
                    <button type="submit" class="button button-primary">{w.get("make_certificate")}</button>
                </form>
                <p><a href=paths::EXERCISES>{w.get("other_exercises")}</a></p>
                </div>
            }
            .into_html()
        }
        _ => no_exercise(),
    }
}

fn no_exercise() -> Html {
    view! {
        <Title text=crate::text::guide::TITLE/>
        <h1>{crate::text::guide::TITLE}</h1>
        <p>{crate::text::guide::NO_EXERCISE}</p>
        <p><a class="button button-primary" href=paths::EXERCISES>{crate::text::guide::TITLE}</a></p>
    }
    .into_html()
}

/// "Kursusbevis": printable, with the exercise, the date, the steps done without hints and
/// an optional nickname (never a real name required).
#[component]
pub fn CertificatePage() -> impl IntoView {
    let name = use_query_map().with_untracked(|q| {
        q.get("navn")
            .unwrap_or_default()
            .trim()
            .chars()
            .take(40)
            .collect::<String>()
    });
    let data = get_result();
    match data {
        Ok(crate::world::InWorld::Active(Some(r))) if r.finished => {
            let w = r.words.clone();
            let who = if name.is_empty() {
                w.get("learner")
            } else {
                name
            };
            view! {
                <Title text=w.get("certificate")/>
                <div lang=w.html_lang() dir=w.dir()>
                <article class="certificate">
                    <p class="certificate-kicker">{crate::text::PRODUCT}</p>
                    <h1>{w.get("certificate")}</h1>
                    <p class="certificate-name"><bdi>{who}</bdi></p>
                    <p>{w.get("certificate_text")}</p>
                    <p class="certificate-title">{r.title.clone()}</p>
                    <p>{w.count("alone", r.alone, r.steps)}</p>
                    <p>{format!("{}: {}", w.get("date"), r.date)}</p>
                </article>
                <crate::components::PrintButton label=w.get("print") without_js=w.get("print_hint")/>
                <p class="no-print"><a href=paths::EXERCISES>{w.get("other_exercises")}</a></p>
                </div>
            }
            .into_html()
        }
        _ => no_exercise(),
    }
}
