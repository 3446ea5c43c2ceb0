//! Loading a whole scenario from its files, checked at start-up.

use crate::ids::{AuthorityId, PersonaId};
use crate::scenario::parse::{
    AUTHORITIES_FILE, LETTER_DIR, PERSONA_DIR, SCENARIO_FILE, check_unique, err, parse_authorities,
    parse_letter, parse_persona, parse_toml,
};
use crate::scenario::{Authority, Persona, Scenario, ScenarioError, ScenarioFile};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    name: String,
    reference_year: u16,
    #[serde(default = "default_max_failed")]
    max_failed_attempts: u8,
    #[serde(default = "default_reply_delay")]
    reply_delay_seconds: u32,
    #[serde(default = "default_languages")]
    languages: Vec<String>,
    /// "nemid" or "mitid".
    #[serde(default)]
    default_login: super::LoginMethod,
}

fn default_languages() -> Vec<String> {
    vec!["da".into(), "en".into()]
}

/// A language code: 2–3 lowercase letters, optionally "-" and a variant of 2–8 (Let dansk
/// is "da-let").
fn language_code(code: &str) -> bool {
    let (base, variant) = code.split_once('-').unwrap_or((code, "ab"));
    let lower = |s: &str, range: std::ops::RangeInclusive<usize>| {
        range.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase())
    };
    lower(base, 2..=3) && lower(variant, 2..=8)
}

fn default_reply_delay() -> u32 {
    60
}

fn default_max_failed() -> u8 {
    5
}

impl Scenario {
    /// Builds and validates a scenario from its files: `scenario.toml` and one
    /// `personas/<id>.toml` per persona. Other files are refused so a typo in a
    /// file name cannot hide data.
    pub fn from_files(files: &[ScenarioFile]) -> Result<Self, ScenarioError> {
        let head = files
            .iter()
            .find(|f| f.path == SCENARIO_FILE)
            .ok_or_else(|| err(SCENARIO_FILE, "-", "the file is missing"))?;
        let raw: RawScenario = parse_toml(head)?;
        if raw.name.trim().is_empty() {
            return Err(err(SCENARIO_FILE, "name", "must not be empty"));
        }
        if !(2000..=2100).contains(&raw.reference_year) {
            return Err(err(SCENARIO_FILE, "reference_year", "must be 2000-2100"));
        }
        if !(1..=20).contains(&raw.max_failed_attempts) {
            return Err(err(SCENARIO_FILE, "max_failed_attempts", "must be 1-20"));
        }
        if raw.reply_delay_seconds > 86_400 {
            return Err(err(
                SCENARIO_FILE,
                "reply_delay_seconds",
                "must be 0-86400 (a day at most)",
            ));
        }

        let mut persona_files: Vec<&ScenarioFile> = Vec::new();
        let mut letter_files: Vec<&ScenarioFile> = Vec::new();
        let mut exercise_files: Vec<&ScenarioFile> = Vec::new();
        let mut drill_files: Vec<&ScenarioFile> = Vec::new();
        let mut text_files: Vec<&ScenarioFile> = Vec::new();
        let mut authorities_file = None;
        for file in files.iter().filter(|f| f.path != SCENARIO_FILE) {
            let toml = file.path.ends_with(".toml");
            if toml && file.path.starts_with(PERSONA_DIR) {
                persona_files.push(file);
            } else if toml && file.path.starts_with(LETTER_DIR) {
                letter_files.push(file);
            } else if toml && file.path.starts_with(crate::drill::DRILL_DIR) {
                drill_files.push(file);
            } else if toml && file.path.starts_with(crate::exercise::EXERCISE_DIR) {
                exercise_files.push(file);
            } else if crate::scenario::texts::classify(&file.path).is_some() {
                text_files.push(file);
            } else if file.path == AUTHORITIES_FILE {
                authorities_file = Some(file);
            } else {
                return Err(err(
                    &file.path,
                    "-",
                    "unexpected file in the scenario folder",
                ));
            }
        }
        persona_files.sort_by(|a, b| a.path.cmp(&b.path));
        if persona_files.is_empty() {
            return Err(err(
                PERSONA_DIR,
                "-",
                "a scenario needs at least one persona",
            ));
        }

        let mut personas = Vec::with_capacity(persona_files.len());
        for file in persona_files {
            personas.push(parse_persona(file, raw.reference_year)?);
        }
        check_unique(&personas)?;
        personas.sort_by_key(|p| p.order);
        let authorities = match authorities_file {
            Some(file) => parse_authorities(file)?,
            None => Vec::new(),
        };
        let sender = crate::access::ACCESS_SENDER;
        if !authorities.is_empty() && !authorities.iter().any(|a| a.id.as_str() == sender) {
            return Err(err(
                AUTHORITIES_FILE,
                sender,
                format!("missing: the letters about læseadgang come from authority {sender:?}"),
            ));
        }
        letter_files.sort_by(|a, b| a.path.cmp(&b.path));
        let mut letters = Vec::with_capacity(letter_files.len());
        for file in letter_files {
            letters.push(parse_letter(file, &personas, &authorities)?);
        }
        if raw.languages.is_empty() || !raw.languages.iter().all(|l| language_code(l)) {
            return Err(err(
                SCENARIO_FILE,
                "languages",
                "must list language codes (\"da\", \"ar\", or a variant such as \"da-let\"), the default first",
            ));
        }
        let mut scenario = Self {
            name: raw.name,
            default_login: raw.default_login,
            reference_year: raw.reference_year,
            max_failed_attempts: raw.max_failed_attempts,
            reply_delay_seconds: raw.reply_delay_seconds,
            languages: raw.languages,
            personas,
            authorities,
            letters,
            drills: {
                drill_files.sort_by(|a, b| a.path.cmp(&b.path));
                let mut drills = Vec::with_capacity(drill_files.len());
                for file in drill_files {
                    drills.push(crate::drill::parse_drill(file)?);
                }
                drills
            },
            exercises: Vec::new(),
            guide: BTreeMap::new(),
            glossary: BTreeMap::new(),
            handouts: BTreeMap::new(),
            reviews: BTreeMap::new(),
        };
        let mut exercises = Vec::with_capacity(exercise_files.len());
        for file in exercise_files {
            exercises.push(crate::exercise::parse_exercise(file, &scenario)?);
        }
        exercises.sort_by(|a, b| (a.theme, &a.id).cmp(&(b.theme, &b.id)));
        // A scenario without exercises needs no guide (tests of the service alone).
        if !exercises.is_empty() || !text_files.is_empty() {
            let texts = crate::scenario::texts::load(
                &text_files,
                &scenario.languages,
                &mut exercises,
                &scenario.drills,
            )?;
            scenario.guide = texts.guide;
            scenario.glossary = texts.glossary;
            scenario.handouts = texts.handouts;
            scenario.reviews = texts.reviews;
        }
        scenario.exercises = exercises;
        Ok(scenario)
    }

    pub fn authority(&self, id: &AuthorityId) -> Option<&Authority> {
        self.authorities.iter().find(|a| &a.id == id)
    }

    pub fn persona(&self, id: &PersonaId) -> Option<&Persona> {
        self.personas.iter().find(|p| &p.id == id)
    }
}
