//! The guide layer's data: the exercise catalogue, the panel shown on every page while an
//! exercise runs, and the result. Every word comes from the scenario's data files (the
//! exercise files and `guide/<lang>.ftl`), in the learner's language.

use crate::error::AppError;
use crate::world::InWorld;
use domain::exercise::{Audience, Level, Theme};
use domain::{Scenario, World};
use leptos::prelude::*;

pub use super::words::Words;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueEntry {
    pub id: String,
    pub title: String,
    pub description: String,
    pub minutes: u8,
    pub level: String,
    pub audience: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    pub lang: String,
    pub languages: Vec<Language>,
    pub words: Words,
    /// The "Ordliste" link's text, if there is a glossary.
    pub glossary: Option<String>,
    /// The "Fakta-ark" link's text, if there are fact sheets.
    pub handouts: Option<String>,
    pub themes: Vec<(String, Vec<CatalogueEntry>)>,
}

/// The panel while an exercise runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panel {
    pub lang: String,
    pub languages: Vec<Language>,
    pub words: Words,
    pub title: String,
    pub story: String,
    /// 1-based; `None` when every step is done.
    pub step: Option<usize>,
    pub steps: usize,
    pub instruction: String,
    /// The hints shown so far (one more per "Vis hint").
    pub hints: Vec<String>,
    pub more_hints: bool,
    pub stopped: bool,
    /// Folded to one line ("Vis vejledning").
    pub folded: bool,
    /// The hold's name, for a learner in a hold.
    pub hold: Option<String>,
    /// The hold's plan has another exercise after this one.
    pub hold_next: bool,
    /// The "Ordliste" link's text, in the guide's language (if there is a glossary).
    pub glossary: Option<String>,
    /// The exercise's id (its texts' audio).
    pub exercise: String,
    /// "Kig væk": where the helper sitting next to the owner stands, if the exercise has one.
    pub watch: Option<domain::drill::Watching>,
}

/// The completion page's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseResult {
    pub words: Words,
    pub title: String,
    pub finished: bool,
    pub alone: usize,
    pub steps: usize,
    pub date: String,
    /// How the exercise's safety drills ended ("Klaret" / "Snydt"), with their debriefs.
    pub drills: Vec<(String, Option<domain::drill::Outcome>)>,
    /// "Kig væk": the owner logged in alone (then the right way to help is explained).
    pub watch_done: bool,
}

pub use super::words::words;

/// A language of the chooser: its code, its name in its own script, and a plain mark if
/// no native speaker has read its translation yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    pub code: String,
    pub name: String,
    pub draft: Option<&'static str>,
}

impl Language {
    /// The `lang` attribute of its text.
    pub fn html_lang(&self) -> String {
        domain::scenario::ftl::html_lang(&self.code).to_owned()
    }

    pub fn dir(&self) -> &'static str {
        domain::scenario::ftl::dir(&self.code)
    }
}

pub fn languages(s: &Scenario) -> Vec<Language> {
    use domain::scenario::ftl::Review;
    s.languages
        .iter()
        .map(|l| {
            let guide = s.guide.get(l);
            let draft = match s.reviews.get(l) {
                Some(Review::Draft) if guide.is_some_and(|g| g.machine_made()) => {
                    Some(crate::text::guide::MACHINE_DRAFT)
                }
                Some(Review::Draft) => Some(crate::text::guide::NOT_REVIEWED),
                _ => None,
            };
            Language {
                code: l.clone(),
                name: words(s, l).get("language_name"),
                draft,
            }
        })
        .collect()
}

fn theme_key(t: Theme) -> &'static str {
    match t {
        Theme::Nemid => "theme_nemid",
        Theme::DigitalPost => "theme_digital_post",
        Theme::Help => "theme_help",
        Theme::Security => "theme_security",
    }
}

pub fn catalogue(s: &Scenario, lang: &str) -> Catalogue {
    let lang = if s.languages.iter().any(|l| l == lang) {
        lang.to_owned()
    } else {
        s.languages.first().cloned().unwrap_or_default()
    };
    let w = words(s, &lang);
    let mut themes: Vec<(String, Vec<CatalogueEntry>)> = Vec::new();
    for ex in &s.exercises {
        let heading = w.get(theme_key(ex.theme));
        let Some(text) = ex.text.get(&lang) else {
            continue;
        };
        let entry = CatalogueEntry {
            id: ex.id.clone(),
            title: text.title.clone(),
            description: text.description.clone(),
            minutes: ex.minutes,
            level: w.get(match ex.level {
                Level::Begynder => "level_begynder",
                Level::Oevet => "level_oevet",
            }),
            audience: w.get(match ex.audience {
                Audience::Borger => "audience_borger",
                Audience::Hjaelper => "audience_hjaelper",
                Audience::Underviser => "audience_underviser",
            }),
        };
        match themes.last_mut() {
            Some((h, list)) if *h == heading => list.push(entry),
            _ => themes.push((heading, vec![entry])),
        }
    }
    Catalogue {
        languages: languages(s),
        words: w,
        glossary: glossary_title(s, &lang),
        handouts: s
            .handouts
            .get(&lang)
            .map(|h| h.format("handouts-title", None, &[])),
        lang,
        themes,
    }
}

pub fn panel(world: &World) -> Option<Panel> {
    let (ex, p) = world.progress()?;
    let s = world.scenario();
    let text = ex.text.get(&p.lang)?;
    let step = ex.steps.get(p.step);
    let step_text = step.and_then(|st| st.text.get(&p.lang));
    Some(Panel {
        lang: p.lang.clone(),
        languages: languages(s),
        words: words(s, &p.lang),
        title: text.title.clone(),
        story: text.story.clone(),
        step: step.map(|_| p.step + 1),
        steps: ex.steps.len(),
        instruction: step_text.map(|t| t.instruction.clone()).unwrap_or_default(),
        hints: step_text
            .map(|t| {
                t.hints
                    .iter()
                    .take(usize::from(p.hints_shown))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default(),
        more_hints: usize::from(p.hints_shown) < domain::exercise::HINTS,
        stopped: p.stopped,
        folded: p.folded,
        hold: world.hold().map(|h| {
            if h.is_empty() {
                crate::text::class::board::UNNAMED.to_owned()
            } else {
                h.to_owned()
            }
        }),
        hold_next: false,
        glossary: glossary_title(s, &p.lang),
        exercise: ex.id.clone(),
        watch: world.watching(),
    })
}

/// The "Ordliste" link's words in `lang`, if the scenario has a glossary.
pub fn glossary_title(s: &Scenario, lang: &str) -> Option<String> {
    s.glossary
        .get(lang)
        .map(|g| g.format("glossary-title", None, &[]))
}

pub fn result(world: &World) -> Option<ExerciseResult> {
    let (ex, p) = world.progress()?;
    let s = world.scenario();
    Some(ExerciseResult {
        words: words(s, &p.lang),
        title: ex
            .text
            .get(&p.lang)
            .map(|t| t.title.clone())
            .unwrap_or_default(),
        finished: p.finished(),
        alone: p.done_alone(),
        steps: ex.steps.len(),
        date: crate::text::date(world.now(crate::clock::now())),
        drills: crate::drill::outcome::drill_results(world),
        watch_done: world.watching() == Some(domain::drill::Watching::Done),
    })
}

pub fn get_catalogue(lang: String) -> Result<Catalogue, AppError> {
    let scenario = use_context::<std::sync::Arc<domain::Scenario>>().ok_or(AppError::Internal)?;
    let lang = chosen_language(&scenario, lang);
    Ok(catalogue(&scenario, &lang))
}

/// The guide's language for a page: the one chosen (`?sprog=`), or, when none is, the
/// browser's (`Accept-Language`) if the guide has it; empty means Danish.
pub fn chosen_language(scenario: &Scenario, chosen: String) -> String {
    if !chosen.is_empty() {
        return chosen;
    }
    browser_language(&scenario.languages).unwrap_or_default()
}

/// The browser's language (`Accept-Language` of the request being rendered) among
/// `languages`, if it has one of them.
pub fn browser_language(languages: &[String]) -> Option<String> {
    with_context::<http::request::Parts, _>(|p| {
        let header = p
            .headers
            .get(http::header::ACCEPT_LANGUAGE)?
            .to_str()
            .ok()?;
        accepted_language(header, languages)
    })
    .flatten()
}

/// The first language of an `Accept-Language` header (by its q-values, then in the
/// browser's order, without those refused with q=0) that the guide has: the exact code, or its base ("ar-SA" is
/// "ar").
pub fn accepted_language(header: &str, languages: &[String]) -> Option<String> {
    let mut tags: Vec<(f32, String)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim().to_ascii_lowercase();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q=")?.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (q > 0.0 && !tag.is_empty()).then_some((q, tag))
        })
        .collect();
    // Highest quality first; equal ones in the browser's order (a stable sort).
    tags.sort_by(|a, b| b.0.total_cmp(&a.0));
    tags.into_iter().map(|(_, tag)| tag).find_map(|tag| {
        let base = tag.split('-').next().unwrap_or_default().to_owned();
        languages
            .iter()
            .find(|l| **l == tag)
            .or_else(|| languages.iter().find(|l| **l == base))
            .cloned()
    })
}

pub fn get_panel() -> Result<InWorld<Option<Panel>>, AppError> {
    let mut data = crate::world::with_world(panel)?;
    if let InWorld::Active(Some(p)) = &mut data
        && p.hold.is_some()
        && p.step.is_none()
    {
        p.hold_next = hold_has_next();
    }
    Ok(data)
}

/// Whether this learner's hold has another exercise for them after the current one.
fn hold_has_next() -> bool {
    let (Some(classes), crate::session::SessionLookup::Live(id)) = (
        use_context::<crate::session::Classes>(),
        crate::session::current_session(),
    ) else {
        return false;
    };
    let Some((key, seat)) = classes.0.member_of(&id) else {
        return false;
    };
    let mut next = false;
    classes.0.with_class(&key, &mut |c| next = c.has_next(seat));
    next
}

pub fn get_result() -> Result<InWorld<Option<ExerciseResult>>, AppError> {
    crate::world::with_world(result)
}
