//! The guide's texts at start-up: `guide/<lang>.ftl` (the panel's, catalogue's and
//! certificate's words) and `exercises/<lang>.ftl` (every exercise's title, description,
//! story, and per step its instruction with three hints), one file each per language of
//! `scenario.toml`. The Danish files are checked against what the guide and the exercises
//! need; every other language against the Danish files.

use crate::drill::Drill;
use crate::exercise::{Exercise, ExerciseText, GUIDE_KEYS, HINTS, StepText};
use crate::scenario::ftl::{Problem, Review, Translation};
use crate::scenario::parse::err;
use crate::scenario::{ScenarioError, ScenarioFile};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

pub(crate) const GUIDE_DIR: &str = "guide/";
/// The "Ordliste": the Danish words a learner meets, explained (optional; with its Danish
/// file, every language has one).
pub(crate) const GLOSSARY_DIR: &str = "glossary/";
/// The printable fact sheets, one per theme (optional; with the Danish file, every language
/// has one).
pub(crate) const HANDOUT_DIR: &str = "handouts/";

/// A translation file's place: which of the two kinds, and its language.
pub(crate) fn classify(path: &str) -> Option<(Kind, &str)> {
    let lang = |dir: &str| {
        path.strip_prefix(dir)
            .and_then(|rest| rest.strip_suffix(".ftl"))
            .filter(|l| !l.contains('/'))
    };
    lang(GUIDE_DIR)
        .map(|l| (Kind::Guide, l))
        .or_else(|| lang(crate::exercise::EXERCISE_DIR).map(|l| (Kind::Exercises, l)))
        .or_else(|| lang(GLOSSARY_DIR).map(|l| (Kind::Glossary, l)))
        .or_else(|| lang(HANDOUT_DIR).map(|l| (Kind::Handouts, l)))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Kind {
    Guide,
    Exercises,
    Glossary,
    Handouts,
}

impl Kind {
    fn path(self, lang: &str) -> String {
        match self {
            Kind::Guide => format!("{GUIDE_DIR}{lang}.ftl"),
            Kind::Exercises => format!("{}{lang}.ftl", crate::exercise::EXERCISE_DIR),
            Kind::Glossary => format!("{GLOSSARY_DIR}{lang}.ftl"),
            Kind::Handouts => format!("{HANDOUT_DIR}{lang}.ftl"),
        }
    }
}

/// What the loaded texts give the scenario.
pub(crate) struct Texts {
    pub guide: BTreeMap<String, Arc<Translation>>,
    pub glossary: BTreeMap<String, Arc<Translation>>,
    pub handouts: BTreeMap<String, Arc<Translation>>,
    pub reviews: BTreeMap<String, Review>,
}

/// Parses and checks every translation file, and fills in each exercise's texts.
pub(crate) fn load(
    files: &[&ScenarioFile],
    languages: &[String],
    exercises: &mut [Exercise],
    drills: &[Drill],
) -> Result<Texts, ScenarioError> {
    let mut parsed: BTreeMap<(Kind, String), Translation> = BTreeMap::new();
    for file in files {
        let Some((kind, lang)) = classify(&file.path) else {
            continue;
        };
        if !languages.iter().any(|l| l == lang) {
            return Err(err(
                &file.path,
                "-",
                format!("{lang:?} is not in scenario.toml's languages {languages:?}"),
            ));
        }
        let t = Translation::parse(lang, &file.text).map_err(|p| in_file(&file.path, p))?;
        parsed.insert((kind, lang.to_owned()), t);
    }
    let default = languages.first().cloned().unwrap_or_default();
    // Every kind is checked against its Danish file: a translation without one is refused.
    for (kind, lang) in parsed.keys() {
        if !parsed.contains_key(&(*kind, default.clone())) {
            return Err(err(
                &kind.path(lang),
                "-",
                format!("{} is missing: translations follow it", kind.path(&default)),
            ));
        }
    }
    let glossary = parsed.contains_key(&(Kind::Glossary, default.clone()));
    let handouts = parsed.contains_key(&(Kind::Handouts, default.clone()));
    let mut kinds = vec![Kind::Guide, Kind::Exercises];
    if glossary {
        kinds.push(Kind::Glossary);
    }
    if handouts {
        kinds.push(Kind::Handouts);
    }
    for &kind in &kinds {
        for lang in languages {
            if !parsed.contains_key(&(kind, lang.clone())) {
                return Err(err(&kind.path(lang), "-", "the file is missing"));
            }
        }
    }
    let reference = |kind| &parsed[&(kind, default.clone())];
    check_guide(reference(Kind::Guide), &Kind::Guide.path(&default), drills)?;
    check_exercises(
        reference(Kind::Exercises),
        &Kind::Exercises.path(&default),
        exercises,
    )?;
    if glossary {
        check_glossary(reference(Kind::Glossary), &Kind::Glossary.path(&default))?;
    }
    if handouts {
        check_handouts(reference(Kind::Handouts), &Kind::Handouts.path(&default))?;
    }
    for ((kind, lang), t) in &parsed {
        if *lang != default && t.review == Review::Source {
            return Err(err(
                &kind.path(lang),
                "reviewed",
                "only the Danish file is the source; a translation says \"no\" or \"yes (who, when)\"",
            ));
        }
        shown(t, &kind.path(lang))?;
        if *lang != default {
            t.check_against(reference(*kind))
                .map_err(|p| in_file(&kind.path(lang), p))?;
        }
        if *kind == Kind::Glossary {
            // The word itself stays Danish, as on screen.
            let danish = reference(Kind::Glossary);
            for id in danish.order.iter().filter(|id| id.starts_with("word-")) {
                if t.format(id, Some("term"), &[]) != danish.format(id, Some("term"), &[]) {
                    return Err(err(
                        &kind.path(lang),
                        &format!("{id}.term"),
                        "must be the Danish word exactly as in the Danish file",
                    ));
                }
            }
        }
    }
    for ex in exercises.iter_mut() {
        for lang in languages {
            let t = &parsed[&(Kind::Exercises, lang.clone())];
            let id = &ex.id;
            ex.text.insert(
                lang.clone(),
                ExerciseText {
                    title: t.format(&format!("{id}-title"), None, &[]),
                    description: t.format(&format!("{id}-description"), None, &[]),
                    story: t.format(&format!("{id}-story"), None, &[]),
                },
            );
            for (n, step) in ex.steps.iter_mut().enumerate() {
                let key = format!("{id}-step-{}", n + 1);
                step.text.insert(
                    lang.clone(),
                    StepText {
                        instruction: t.format(&key, None, &[]),
                        hints: (1..=HINTS)
                            .map(|h| t.format(&key, Some(&format!("hint-{h}")), &[]))
                            .collect(),
                    },
                );
            }
        }
    }
    let mut reviews = BTreeMap::new();
    let mut guide = BTreeMap::new();
    let mut glossary = BTreeMap::new();
    let mut handouts = BTreeMap::new();
    for ((kind, lang), t) in parsed {
        // A language is as reviewed as the less reviewed of its two files.
        let review = reviews.entry(lang.clone()).or_insert(t.review.clone());
        if t.review == Review::Draft || *review == Review::Draft {
            *review = Review::Draft;
        }
        match kind {
            Kind::Guide => {
                guide.insert(lang, Arc::new(t));
            }
            Kind::Glossary => {
                glossary.insert(lang, Arc::new(t));
            }
            Kind::Handouts => {
                handouts.insert(lang, Arc::new(t));
            }
            Kind::Exercises => {}
        }
    }
    Ok(Texts {
        guide,
        glossary,
        handouts,
        reviews,
    })
}

/// The Danish glossary: its title and introduction, then words, each with its `.term`.
fn check_glossary(danish: &Translation, file: &str) -> Result<(), ScenarioError> {
    for id in ["glossary-title", "glossary-intro"] {
        if !danish.shapes.contains_key(id) {
            return Err(err(file, id, "mangler"));
        }
    }
    for (id, shape) in danish.shapes.iter().filter(|(k, _)| !k.starts_with('-')) {
        let word = id.starts_with("word-");
        if !word && id != "glossary-title" && id != "glossary-intro" {
            return Err(err(file, id, "not a glossary message: words are word-…"));
        }
        let expected: BTreeSet<String> = if word {
            BTreeSet::from(["term".to_owned()])
        } else {
            BTreeSet::new()
        };
        if shape.attributes != expected {
            return Err(err(
                file,
                id,
                if word {
                    "a word needs exactly .term (the Danish word, as on screen)"
                } else {
                    "takes no attributes"
                },
            ));
        }
    }
    Ok(())
}

/// The Danish fact sheets: a title and an introduction, then per theme
/// `handout-<theme>-title` and its points `handout-<theme>-1`, `-2`, …; plain text only.
fn check_handouts(danish: &Translation, file: &str) -> Result<(), ScenarioError> {
    for id in ["handouts-title", "handouts-intro"] {
        if !danish.shapes.contains_key(id) {
            return Err(err(file, id, "mangler"));
        }
    }
    for (id, shape) in danish.shapes.iter().filter(|(k, _)| !k.starts_with('-')) {
        if id == "handouts-title" || id == "handouts-intro" {
            continue;
        }
        let Some(rest) = id.strip_prefix("handout-") else {
            return Err(err(
                file,
                id,
                "not a fact sheet message: handout-<theme>-title or -<n>",
            ));
        };
        let Some((theme, part)) = rest.rsplit_once('-') else {
            return Err(err(
                file,
                id,
                "handout-<theme>-title or handout-<theme>-<n>",
            ));
        };
        if part != "title" && part.parse::<u8>().is_err() {
            return Err(err(file, id, "ends in -title or a point's number"));
        }
        if part != "title"
            && !danish
                .shapes
                .contains_key(&format!("handout-{theme}-title"))
        {
            return Err(err(
                file,
                id,
                format!("theme {theme:?} has no handout-{theme}-title"),
            ));
        }
        if !shape.attributes.is_empty() || !shape.variables.is_empty() {
            return Err(err(file, id, "plain text: no attributes or variables"));
        }
    }
    Ok(())
}

/// Every message and attribute of `t` can be shown as the pages show it (with the variables
/// of `guide_args`, nothing else gets one), and its screen words are
/// marked in pairs of straight quotes.
pub(crate) fn shown(t: &Translation, file: &str) -> Result<(), ScenarioError> {
    for id in t.order.iter().filter(|id| !id.starts_with('-')) {
        let args = crate::exercise::guide_args(id);
        let attrs = t.shapes[id].attributes.iter().map(|a| Some(a.as_str()));
        for attr in std::iter::once(None).chain(attrs) {
            let entry = attr.map_or_else(|| id.clone(), |a| format!("{id}.{a}"));
            let text = t
                .try_format(id, attr, args)
                .map_err(|(_, problem)| err(file, &entry, format!("kan ikke vises: {problem}")))?;
            if text.matches('"').count() % 2 == 1 {
                return Err(err(
                    file,
                    &entry,
                    "har et ulige antal \" (skærmens ord står mellem et par af dem)",
                ));
            }
        }
    }
    Ok(())
}

fn in_file(file: &str, p: Problem) -> ScenarioError {
    err(file, &p.entry, p.problem)
}

/// The Danish guide file has exactly the words the guide uses (and the drills' words).
fn check_guide(danish: &Translation, file: &str, drills: &[Drill]) -> Result<(), ScenarioError> {
    let messages: BTreeSet<&str> = danish
        .shapes
        .keys()
        .map(String::as_str)
        .filter(|k| !k.starts_with('-'))
        .collect();
    let mut expected: BTreeSet<String> = GUIDE_KEYS
        .iter()
        .chain(crate::exercise::SITE_KEYS)
        .map(|k| (*k).to_owned())
        .collect();
    expected.extend(crate::drill::guide_keys(drills));
    if let Some(missing) = expected.iter().find(|k| !messages.contains(k.as_str())) {
        return Err(err(file, missing, "missing"));
    }
    if let Some(extra) = messages.iter().find(|k| !expected.contains(**k)) {
        return Err(err(
            file,
            extra,
            "not a word the guide uses: a typo in the id?",
        ));
    }
    Ok(())
}

/// The Danish exercises file has, for each exercise, its title, description and story,
/// and per step the instruction with `.hint-1` … `.hint-3`; nothing else, no variables.
pub(crate) fn check_exercises(
    danish: &Translation,
    file: &str,
    exercises: &[Exercise],
) -> Result<(), ScenarioError> {
    let hints: BTreeSet<String> = (1..=HINTS).map(|h| format!("hint-{h}")).collect();
    let mut expected = BTreeMap::new();
    for ex in exercises {
        for part in ["title", "description", "story"] {
            expected.insert(format!("{}-{part}", ex.id), BTreeSet::new());
        }
        for n in 1..=ex.steps.len() {
            expected.insert(format!("{}-step-{n}", ex.id), hints.clone());
        }
    }
    for (id, attributes) in &expected {
        let Some(shape) = danish.shapes.get(id) else {
            return Err(err(file, id, "mangler"));
        };
        if shape.attributes != *attributes {
            return Err(err(
                file,
                id,
                if attributes.is_empty() {
                    "har ingen attributter (ingen .hint)".to_owned()
                } else {
                    format!(
                        "skal have præcis {HINTS} hints: .hint-1, .hint-2, .hint-3 (et puf, et peg, vis mig)"
                    )
                },
            ));
        }
        if let Some(v) = shape.variables.iter().next() {
            return Err(err(
                file,
                id,
                format!("bruger {{ ${v} }}: øvelsers tekster har ingen variable"),
            ));
        }
    }
    if let Some(extra) = danish
        .shapes
        .keys()
        .find(|k| !k.starts_with('-') && !expected.contains_key(*k))
    {
        return Err(err(
            file,
            extra,
            "hører ikke til nogen øvelse eller trin: en stavefejl i id'et, eller et trin for meget?",
        ));
    }
    Ok(())
}
