//! A pack's `[texts]`: per language, the Fluent text an `exercises/<lang>.ftl` would hold
//! for the pack's exercises. Danish (the scenario's first language) is required; another
//! language is checked against it; a language the pack leaves out shows the Danish text.

use super::sections::Section;
use super::{MaterialError, line_of_key, refuse};
use crate::exercise::{Exercise, ExerciseText, HINTS, StepText};
use crate::scenario::Scenario;
use crate::scenario::ftl::{Problem, Review, Translation};
use std::collections::BTreeMap;

pub(super) fn fill(
    base: &Scenario,
    table: &toml::Table,
    source: &str,
    section: Option<&Section>,
    exercises: &mut [Exercise],
) -> Result<Vec<String>, MaterialError> {
    let danish = base
        .languages
        .first()
        .cloned()
        .unwrap_or_else(|| "da".into());
    let Some(section) = section else {
        if exercises.is_empty() {
            return Ok(Vec::new());
        }
        return Err(refuse(
            None,
            "texts",
            format!(
                "Øvelsen mangler sine tekster: skriv [texts] med {danish} = '''…''' (titel, beskrivelse, historie og trin med tre hints)."
            ),
        ));
    };
    if exercises.is_empty() {
        return Err(refuse(
            Some(section.header),
            "texts",
            "[texts] er øvelsernes tekster, men materialet har ingen [[exercise]].",
        ));
    }
    let Some(toml::Value::Table(texts)) = table.get("texts") else {
        return Err(refuse(
            Some(section.header),
            "texts",
            "skal være et afsnit [texts].",
        ));
    };
    let mut parsed: BTreeMap<String, Translation> = BTreeMap::new();
    for (lang, value) in texts {
        let key_line = line_of_key(source, section, lang).or(Some(section.header));
        if !base.languages.contains(lang) {
            return Err(refuse(
                key_line,
                lang,
                format!(
                    "Sproget {lang:?} findes ikke i øvemiljøet. Brug et af: {}.",
                    base.languages.join(", ")
                ),
            ));
        }
        let toml::Value::String(text) = value else {
            return Err(refuse(
                key_line,
                lang,
                "skal være en tekst i ''' … ''' (Fluent, som i exercises/<sprog>.ftl).",
            ));
        };
        let first = first_line(source, key_line);
        let at = |p: &Problem| problem_line(text, first, &p.entry).or(key_line);
        let t =
            Translation::parse(lang, text).map_err(|p| refuse(at(&p), lang, p.problem.clone()))?;
        crate::scenario::texts::shown(&t, "texts").map_err(|e| {
            let line = problem_line(text, first, &e.entry).or(key_line);
            refuse(line, lang, format!("{}: {}", e.entry, e.problem))
        })?;
        if *lang != danish && t.review == Review::Source {
            return Err(refuse(
                key_line,
                lang,
                "Kun den danske tekst er kilden: en oversættelse skriver \"### reviewed: no\" eller \"### reviewed: yes (hvem, hvornår)\".",
            ));
        }
        parsed.insert(lang.clone(), t);
    }
    let Some(reference) = parsed.get(&danish) else {
        return Err(refuse(
            Some(section.header),
            &danish,
            format!("Den danske tekst mangler: skriv {danish} = '''…''' under [texts]."),
        ));
    };
    let ex_line = |id: &str, lang: &str| {
        let key_line = line_of_key(source, section, lang);
        let text = texts.get(lang).and_then(|v| v.as_str()).unwrap_or("");
        problem_line(text, first_line(source, key_line), id).or(key_line)
    };
    crate::scenario::texts::check_exercises(reference, "texts", exercises).map_err(|e| {
        refuse(
            ex_line(&e.entry, &danish),
            &danish,
            format!("{}: {}", e.entry, e.problem),
        )
    })?;
    for (lang, t) in &parsed {
        if *lang != danish {
            t.check_against(reference).map_err(|p| {
                refuse(
                    ex_line(&p.entry, lang),
                    lang,
                    format!("{}: {}", p.entry, p.problem),
                )
            })?;
        }
    }
    for ex in exercises.iter_mut() {
        for lang in &base.languages {
            let t = parsed.get(lang).unwrap_or(reference);
            let id = ex.id.clone();
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
    Ok(parsed.into_keys().collect())
}

/// The pack's line of the Fluent text's first line: the line after `lang = '''` (TOML drops
/// the newline right after the quotes), or that line if the text starts on it.
fn first_line(source: &str, key_line: Option<usize>) -> Option<usize> {
    let n = key_line?;
    let line = source.lines().nth(n - 1)?;
    let after = ["'''", "\"\"\""]
        .iter()
        .find_map(|d| line.find(d).map(|i| &line[i + 3..]))?;
    Some(if after.trim().is_empty() { n + 1 } else { n })
}

/// The pack's line of a Fluent problem: "line N", or the line where message `entry` (or
/// `id.attribute`) is.
fn problem_line(text: &str, first: Option<usize>, entry: &str) -> Option<usize> {
    let first = first?;
    if let Some(n) = entry.strip_prefix("line ") {
        return n.parse::<usize>().ok().map(|n| first + n - 1);
    }
    let id = entry.split('.').next().unwrap_or(entry);
    text.lines()
        .position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|i| first + i)
}
