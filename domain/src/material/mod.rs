//! "Eget materiale": a teacher's own letters and exercises for a hold, as one TOML file
//! (a pack) with the same fields as the scenario's files: `[[authority]]` as in
//! `authorities.toml`, `[[letter]]` as `letters/<id>.toml`, `[[exercise]]` with its
//! `[[exercise.step]]`s as `exercises/<id>.toml`, and `[texts]` with one Fluent text per
//! language as `exercises/<lang>.ftl`. Each part is checked by the scenario's own parsers,
//! so a pack is validated exactly like the built-in data; a refusal names the pack's line,
//! the field and the problem in Danish. A valid pack gives a scenario of its own: the
//! base scenario with the pack's parts added after its own (every index of the base stays).

mod deliver;
pub mod form;
#[cfg(test)]
mod form_tests;
mod form_text;
mod sections;
#[cfg(test)]
mod tests;

use crate::scenario::parse::{LETTER_DIR, parse_authorities, parse_letter};
use crate::scenario::{Scenario, ScenarioError, ScenarioFile};
use sections::{Kind, Section};
use std::fmt;

/// Largest pack in bytes (a letter is 3 KB at most; texts in several languages).
pub const MAX_BYTES: usize = 64 * 1024;
/// Most letters, exercises and new senders in one pack.
pub const MAX_LETTERS: usize = 10;
pub const MAX_EXERCISES: usize = 5;
pub const MAX_AUTHORITIES: usize = 5;
/// Longest name of a pack.
pub const MAX_NAME: usize = 80;

/// Why a pack was refused: the line (in the pack) if there is one, the field, and what is
/// wrong, in Danish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MaterialError {
    pub line: Option<usize>,
    pub field: String,
    pub problem: String,
}

impl fmt::Display for MaterialError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.field.as_str()) {
            (Some(l), "-" | "") => write!(f, "Linje {l}: {}", self.problem),
            (Some(l), field) => write!(f, "Linje {l}, feltet {field}: {}", self.problem),
            (None, "-" | "") => write!(f, "{}", self.problem),
            (None, field) => write!(f, "Feltet {field}: {}", self.problem),
        }
    }
}

impl std::error::Error for MaterialError {}

fn refuse(line: Option<usize>, field: &str, problem: impl Into<String>) -> MaterialError {
    MaterialError {
        line,
        field: field.to_owned(),
        problem: problem.into(),
    }
}

/// A checked pack: its name, the scenario it makes, and what it added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Material {
    pub name: String,
    /// The base scenario with the pack's senders, letters and exercises after its own.
    pub scenario: std::sync::Arc<Scenario>,
    /// Indexes in `scenario.exercises` of the pack's exercises.
    pub exercises: Vec<usize>,
    /// Indexes in `scenario.letters` of the pack's letters.
    pub letters: Vec<usize>,
    /// The guide languages the pack's exercises have texts in (others show the Danish).
    pub languages: Vec<String>,
    /// The pack as submitted (what "Download" gives back).
    pub source: String,
}

#[derive(serde::Deserialize)]
struct Head {
    name: Option<String>,
}

impl Material {
    /// Checks `source` against `base` and builds the scenario it makes.
    pub fn parse(base: &Scenario, source: &str) -> Result<Self, MaterialError> {
        if source.len() > MAX_BYTES {
            return Err(refuse(
                None,
                "-",
                format!(
                    "Filen er for stor ({} KB). Eget materiale må højst fylde {} KB.",
                    source.len().div_ceil(1024),
                    MAX_BYTES / 1024
                ),
            ));
        }
        if source.trim().is_empty() {
            return Err(refuse(None, "-", "Filen er tom."));
        }
        // The whole file must be TOML first: its syntax errors get the pack's lines.
        let whole = ScenarioFile {
            path: "pakke.toml".into(),
            text: source.to_owned(),
        };
        let table: toml::Table =
            crate::scenario::parse::parse_toml(&whole).map_err(|e| from_scenario(&e, None))?;
        let sections = sections::split(source)?;
        let head: Head = toml::Value::Table(head_table(&table))
            .try_into()
            .map_err(|e: toml::de::Error| refuse(Some(1), "-", danish_toml(e.message())))?;
        let name = head
            .name
            .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default();
        if name.is_empty() || name.chars().count() > MAX_NAME {
            return Err(refuse(
                line_of_key(source, &sections::top(source), "name"),
                "name",
                format!("Giv materialet et navn på 1–{MAX_NAME} tegn."),
            ));
        }
        let count = |kind| sections.iter().filter(|s| s.kind == kind).count();
        for (kind, max, what) in [
            (Kind::Authority, MAX_AUTHORITIES, "afsendere"),
            (Kind::Letter, MAX_LETTERS, "breve"),
            (Kind::Exercise, MAX_EXERCISES, "øvelser"),
        ] {
            if count(kind) > max {
                return Err(refuse(
                    sections
                        .iter()
                        .filter(|s| s.kind == kind)
                        .nth(max)
                        .map(|s| s.header),
                    kind.header(),
                    format!("Der må højst være {max} {what} i eget materiale."),
                ));
            }
        }
        if count(Kind::Letter) + count(Kind::Exercise) == 0 {
            return Err(refuse(
                None,
                "-",
                "Materialet har hverken et brev ([[letter]]) eller en øvelse ([[exercise]]).",
            ));
        }

        let mut scenario = base.clone();
        // New senders: checked as authorities.toml is, and never one of the scenario's ids.
        let authority_sections: Vec<&Section> = sections
            .iter()
            .filter(|s| s.kind == Kind::Authority)
            .collect();
        if !authority_sections.is_empty() {
            let text = sections::keep(source, &authority_sections, true);
            let file = ScenarioFile {
                path: crate::scenario::parse::AUTHORITIES_FILE.into(),
                text,
            };
            let new = parse_authorities(&file).map_err(|e| from_scenario(&e, None))?;
            for (a, section) in new.iter().zip(&authority_sections) {
                if base.authority(&a.id).is_some() {
                    return Err(refuse(
                        line_of_key(source, section, "id"),
                        "id",
                        format!(
                            "Afsenderen {:?} findes allerede i øvemiljøet. Brug den direkte i from, eller giv den nye afsender et andet id.",
                            a.id.as_str()
                        ),
                    ));
                }
            }
            scenario.authorities.extend(new);
        }

        let mut letters = Vec::new();
        for section in sections.iter().filter(|s| s.kind == Kind::Letter) {
            let id = section_id(source, section)?;
            if scenario.letters.iter().any(|l| l.id.as_str() == id) {
                return Err(refuse(
                    line_of_key(source, section, "id"),
                    "id",
                    format!("Der er allerede et brev med id {id:?}. Giv brevet et andet id."),
                ));
            }
            let file = ScenarioFile {
                path: format!("{LETTER_DIR}{id}.toml"),
                text: sections::keep(source, &[section], false),
            };
            let letter = parse_letter(&file, &scenario.personas, &scenario.authorities)
                .map_err(|e| from_scenario(&e, Some((source, section))))?;
            letters.push(scenario.letters.len());
            scenario.letters.push(letter);
        }

        let mut exercises = Vec::new();
        let mut exercise_sections = Vec::new();
        for section in sections.iter().filter(|s| s.kind == Kind::Exercise) {
            let id = section_id(source, section)?;
            if scenario.exercises.iter().any(|e| e.id == id) {
                return Err(refuse(
                    line_of_key(source, section, "id"),
                    "id",
                    format!("Der er allerede en øvelse med id {id:?}. Giv øvelsen et andet id."),
                ));
            }
            let file = ScenarioFile {
                path: format!("{}{id}.toml", crate::exercise::EXERCISE_DIR),
                text: sections::keep(source, &[section], false),
            };
            let ex = crate::exercise::parse_exercise(&file, &scenario)
                .map_err(|e| from_scenario(&e, Some((source, section))))?;
            exercises.push(ex);
            exercise_sections.push(section);
        }
        let texts = sections.iter().find(|s| s.kind == Kind::Texts);
        let languages = texts::fill(base, &table, source, texts, &mut exercises)?;
        for (ex, section) in exercises.into_iter().zip(exercise_sections) {
            let index = scenario.exercises.len();
            scenario.exercises.push(ex);
            // As the built-in exercises are proven by a test, a teacher's is proven here.
            prove(&scenario, index).map_err(|(step, problem)| {
                refuse(
                    step.and_then(|n| sections::step_line(source, section, n)),
                    "show_me",
                    problem,
                )
            })?;
        }
        let exercises: Vec<usize> = (base.exercises.len()..scenario.exercises.len()).collect();
        Ok(Self {
            name,
            scenario: std::sync::Arc::new(scenario),
            exercises,
            letters,
            languages,
            source: source.to_owned(),
        })
    }
}

mod texts;

/// The top-level keys of the pack (not its sections).
fn head_table(table: &toml::Table) -> toml::Table {
    table
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "authority" | "letter" | "exercise" | "texts"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The `id` of a `[[letter]]` or `[[exercise]]`.
fn section_id(source: &str, section: &Section) -> Result<String, MaterialError> {
    let line = line_of_key(source, section, "id");
    let text = sections::keep(source, &[section], true);
    let table: toml::Table = toml::from_str(&text).unwrap_or_default();
    let id = match table.get("id") {
        Some(toml::Value::String(id)) => id.clone(),
        _ => {
            return Err(refuse(
                Some(section.header),
                "id",
                "mangler: skriv id = \"…\" med små bogstaver a-z, tal og bindestreg.",
            ));
        }
    };
    crate::ids::check_slug("id", &id).map_err(|_| {
        refuse(
            line,
            "id",
            "skal være 1–48 tegn: små bogstaver a-z, tal og bindestreg (fx \"skole-brev\").",
        )
    })?;
    if id.starts_with(crate::letters::WORLD_LETTER_PREFIX) {
        return Err(refuse(
            line,
            "id",
            format!(
                "må ikke begynde med {:?}: det er til breve, der skrives i øvemiljøet.",
                crate::letters::WORLD_LETTER_PREFIX
            ),
        ));
    }
    Ok(id)
}

/// The line of `key = …` inside `section` (at its top level or anywhere in it).
fn line_of_key(source: &str, section: &Section, key: &str) -> Option<usize> {
    source
        .lines()
        .enumerate()
        .skip(section.header.saturating_sub(1))
        .take(section.end + 1 - section.header.max(1))
        .find(|(_, l)| {
            let l = l.trim_start();
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|(n, _)| n + 1)
}

/// A scenario parser's error as the pack's: its "line N" is the pack's line already (the
/// parsers read the pack with the other sections blanked); a field "id.name" is found in
/// `section`.
fn from_scenario(e: &ScenarioError, section: Option<(&str, &Section)>) -> MaterialError {
    let problem = danish_toml(&e.problem);
    if let Some(line) = e.entry.strip_prefix("line ") {
        return refuse(line.parse().ok(), "-", problem);
    }
    let field = e
        .entry
        .rsplit_once('.')
        .map_or(e.entry.as_str(), |(_, f)| f)
        .to_owned();
    let field = match e.entry.as_str() {
        "file name" => "id".to_owned(),
        entry if entry.starts_with("step ") => "step".to_owned(),
        entry if entry.starts_with("setup ") => "setup".to_owned(),
        _ => field,
    };
    let line = section.and_then(|(source, s)| {
        step_entry(&e.entry)
            .and_then(|(n, key)| sections::step_line(source, s, n).map(|l| (l, key)))
            .and_then(|(l, key)| {
                let step = Section {
                    kind: Kind::Exercise,
                    header: l,
                    end: s.end,
                };
                line_of_key(source, &step, key).or(Some(l))
            })
            .or_else(|| line_of_key(source, s, &field))
            .or(Some(s.header))
    });
    let field = match step_entry(&e.entry) {
        Some((n, key)) => format!("{key} (trin {n})"),
        None => field,
    };
    refuse(line, &field, problem)
}

/// "step 2.check" or "step 2.show_me 1": the step's number and its key.
fn step_entry(entry: &str) -> Option<(usize, &'static str)> {
    let rest = entry.strip_prefix("step ")?;
    let (n, key) = rest.split_once('.').unwrap_or((rest, ""));
    let key = if key.starts_with("show_me") {
        "show_me"
    } else {
        "check"
    };
    Some((n.parse().ok()?, key))
}

/// Serde's and the TOML reader's English, in Danish where it is one of their usual
/// sentences (the parsers' own problems are Danish already).
pub(crate) fn danish_toml(message: &str) -> String {
    let m = message.trim();
    let quoted = |s: &str| s.split('`').nth(1).unwrap_or("").to_owned();
    if m.starts_with("missing field") {
        format!("Feltet {} mangler.", quoted(m))
    } else if m.starts_with("unknown field") {
        format!("Feltet {} findes ikke her. Tjek stavningen.", quoted(m))
    } else if m.starts_with("unknown variant") {
        let choices: Vec<&str> = m
            .split_once("expected")
            .map(|(_, e)| e.split('`').skip(1).step_by(2).collect())
            .unwrap_or_default();
        format!(
            "{:?} er ikke en mulighed. Brug en af: {}.",
            quoted(m),
            choices.join(", ")
        )
    } else if m.starts_with("invalid type") {
        let expected = m.split_once("expected").map_or("", |(_, e)| e.trim());
        let what = if expected.contains("bool") {
            "true eller false"
        } else if expected.starts_with('u') || expected.starts_with('i') {
            "et helt tal"
        } else if expected.contains("string") {
            "en tekst i anførselstegn"
        } else if expected.contains("sequence") {
            "en liste i [ ]"
        } else {
            expected
        };
        format!("Værdien har den forkerte type. Her skal stå {what}.")
    } else if m.starts_with("invalid value") || m.contains("out of range") {
        "Tallet er for stort eller negativt.".to_owned()
    } else if m.contains("duplicate key") {
        "Feltet står to gange.".to_owned()
    } else if m.is_ascii() && !m.contains('æ') {
        format!("Filen kan ikke læses som TOML her ({m}).")
    } else {
        m.to_owned()
    }
}

/// Does exercise `index` in its setup and then, step by step, its "show me" actions: each
/// step must not hold before and must hold after. `Err((step, problem))`.
pub fn prove(scenario: &Scenario, index: usize) -> Result<(), (Option<usize>, String)> {
    let scenario = std::sync::Arc::new(scenario.clone());
    let ex = &scenario.exercises[index];
    let now = crate::Timestamp(1_795_392_000);
    let mut w = crate::World::for_exercise(scenario.clone(), 7, now, index, "da")
        .map_err(|e| (None, format!("Øvelsens setup kan ikke gøres: {e}")))?;
    for (n, step) in ex.steps.iter().enumerate() {
        let n1 = n + 1;
        if w.progress().map(|(_, p)| p.step) != Some(n) || w.holds(&step.check) {
            return Err((
                Some(n1),
                format!(
                    "Trin {n1} er allerede klaret, før det er gjort. Vælg et andet tjek eller en anden rækkefølge."
                ),
            ));
        }
        for action in &step.show_me {
            w.perform(action, now).map_err(|e| {
                (
                    Some(n1),
                    format!("Trin {n1}: \"vis mig\" kan ikke gøres ({e})."),
                )
            })?;
        }
        if !w.holds(&step.check) {
            return Err((
                Some(n1),
                format!(
                    "Trin {n1}: efter \"vis mig\" er tjekket stadig ikke klaret. Tjekket og \"vis mig\" skal passe sammen."
                ),
            ));
        }
    }
    Ok(())
}
