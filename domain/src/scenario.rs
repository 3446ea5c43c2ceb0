//! Scenario data: the fictitious people (and later letters, authorities, exercises) a
//! world is built from. Parsed from the files in `scenarios/` and validated as a whole, so
//! that a broken file stops start-up with the file, the entry and what is wrong.

use crate::{AuthorityId, Cpr, LetterId, PersonaId, check_password};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::fmt;

/// One data file handed in by the caller (the domain does no IO).
#[derive(Debug, Clone)]
pub struct ScenarioFile {
    /// Path relative to the scenario folder, with `/` separators (`personas/karen.toml`).
    pub path: String,
    pub text: String,
}

/// What is wrong with the scenario data, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioError {
    pub file: String,
    pub entry: String,
    pub problem: String,
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.entry, self.problem)
    }
}

impl std::error::Error for ScenarioError {}

/// Which kind of person a persona is in the simulated world.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// An ordinary citizen.
    Citizen,
    /// Betroet medarbejder: a trusted municipal employee who may approve a fuldmagt request
    /// for a citizen who cannot do it digitally.
    TrustedEmployee,
}

/// A fictitious person of the scenario. Immutable and shared by every world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Persona {
    pub id: PersonaId,
    /// Position on the world's front page (the person who needs help first).
    pub order: u16,
    pub name: String,
    pub age: u8,
    pub cpr: Cpr,
    pub address: String,
    /// NemID-nummer: the 9-digit number every NemID user had.
    pub nemid_number: String,
    /// A self-chosen bruger-id, where the scenario gives one.
    pub user_id: Option<String>,
    /// The practice password (adgangskode), shown openly on the world page.
    pub password: String,
    pub role: Role,
    /// One line saying who this is, in Danish.
    pub summary: String,
    /// Can answer in Digital Post; `false`: a betroet medarbejder may answer for them.
    pub digital: bool,
    /// The doctor at the start ("Skift læge").
    pub doctor: String,
}

impl Persona {
    /// The bruger-id to show the learner: the self-chosen one, else the NemID-nummer.
    pub fn login_id(&self) -> &str {
        self.user_id.as_deref().unwrap_or(&self.nemid_number)
    }
}

/// How "Vælg myndighed" groups the authorities, as on the real site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum AuthorityGroup {
    /// Staten
    State,
    /// Regioner
    Region,
    /// Kommuner
    Municipality,
    /// Andre
    Other,
}

/// A public authority (myndighed) that sends letters and can be written to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authority {
    pub id: AuthorityId,
    pub name: String,
    pub group: AuthorityGroup,
}

/// A letter in a persona's Digital Post when a world starts. Shared by every world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedLetter {
    pub id: LetterId,
    pub to: PersonaId,
    pub from: AuthorityId,
    pub subject: String,
    /// Days before the world's start that it arrived.
    pub days_ago: u16,
    pub case_number: String,
    /// Whether "Besvar" is offered.
    pub can_reply: bool,
    pub unread: bool,
    /// Title of the PDF document attached, generated from the letter.
    pub attachment: Option<String>,
    pub body: String,
}

/// A whole scenario: everything a world starts from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scenario {
    pub name: String,
    /// The year the scenario's ages are counted in; CPR years must agree with the ages.
    pub reference_year: u16,
    /// Failed NemID tries (wrong password, wrong key, unfinished key step) before NemID is
    /// spærret. The real system used 5.
    pub max_failed_attempts: u8,
    /// Seconds of simulated time before an authority answers a message (the receipt comes
    /// at once).
    pub reply_delay_seconds: u32,
    /// The guide's languages (exercise texts must have each); the first is the default.
    pub languages: Vec<String>,
    pub personas: Vec<Persona>,
    pub authorities: Vec<Authority>,
    /// Sorted by id; a letter's index here is its number in every world.
    pub letters: Vec<SeedLetter>,
    /// Guided exercises, by theme and then id.
    pub exercises: Vec<crate::exercise::Exercise>,
    /// The guide layer's words per language (`guide.toml`).
    pub guide: BTreeMap<String, BTreeMap<String, String>>,
}

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
}

fn default_languages() -> Vec<String> {
    vec!["da".into(), "en".into()]
}

fn default_reply_delay() -> u32 {
    60
}

fn default_max_failed() -> u8 {
    5
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPersona {
    order: u16,
    name: String,
    age: u8,
    cpr: String,
    address: String,
    nemid_number: String,
    user_id: Option<String>,
    password: String,
    role: String,
    summary: String,
    /// `false` for a citizen who cannot answer digitally: a betroet medarbejder may answer
    /// fuldmagt requests for them.
    #[serde(default = "yes")]
    digital: bool,
    /// The persona's own doctor ("Skift læge" changes it).
    #[serde(default)]
    doctor: Option<String>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAuthorities {
    authority: Vec<RawAuthority>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAuthority {
    id: String,
    name: String,
    group: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLetter {
    to: String,
    from: String,
    subject: String,
    days_ago: u16,
    case_number: String,
    can_reply: bool,
    unread: bool,
    attachment: Option<String>,
    body: String,
}

const SCENARIO_FILE: &str = "scenario.toml";
const PERSONA_DIR: &str = "personas/";
const AUTHORITIES_FILE: &str = "authorities.toml";
const LETTER_DIR: &str = "letters/";
/// A letter body's length in words, as real public letters are.
const LETTER_WORDS: std::ops::RangeInclusive<usize> = 60..=400;

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
        let mut guide_file = None;
        let mut authorities_file = None;
        for file in files.iter().filter(|f| f.path != SCENARIO_FILE) {
            let toml = file.path.ends_with(".toml");
            if toml && file.path.starts_with(PERSONA_DIR) {
                persona_files.push(file);
            } else if toml && file.path.starts_with(LETTER_DIR) {
                letter_files.push(file);
            } else if toml && file.path.starts_with(crate::exercise::EXERCISE_DIR) {
                exercise_files.push(file);
            } else if file.path == "guide.toml" {
                guide_file = Some(file);
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
        if raw.languages.is_empty()
            || raw
                .languages
                .iter()
                .any(|l| l.len() != 2 || !l.bytes().all(|b| b.is_ascii_lowercase()))
        {
            return Err(err(
                SCENARIO_FILE,
                "languages",
                "must list two-letter language codes, the default first",
            ));
        }
        let mut scenario = Self {
            name: raw.name,
            reference_year: raw.reference_year,
            max_failed_attempts: raw.max_failed_attempts,
            reply_delay_seconds: raw.reply_delay_seconds,
            languages: raw.languages,
            personas,
            authorities,
            letters,
            exercises: Vec::new(),
            guide: BTreeMap::new(),
        };
        if let Some(file) = guide_file {
            scenario.guide = crate::exercise::parse_guide(file, &scenario.languages)?;
        } else if !exercise_files.is_empty() {
            return Err(err(
                "guide.toml",
                "-",
                "missing: exercises need the guide's words",
            ));
        }
        let mut exercises = Vec::with_capacity(exercise_files.len());
        for file in exercise_files {
            exercises.push(crate::exercise::parse_exercise(
                file,
                &scenario,
                &scenario.languages,
            )?);
        }
        exercises.sort_by(|a, b| (a.theme, &a.id).cmp(&(b.theme, &b.id)));
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

fn err(file: &str, entry: &str, problem: impl Into<String>) -> ScenarioError {
    ScenarioError {
        file: file.to_owned(),
        entry: entry.to_owned(),
        problem: problem.into(),
    }
}

fn parse_toml<T: for<'de> Deserialize<'de>>(file: &ScenarioFile) -> Result<T, ScenarioError> {
    toml::from_str(&file.text).map_err(|e| {
        let line = e.span().map(|s| {
            file.text[..s.start.min(file.text.len())]
                .lines()
                .count()
                .max(1)
        });
        let entry = line.map_or_else(|| "-".to_owned(), |l| format!("line {l}"));
        err(&file.path, &entry, e.message().trim())
    })
}

fn parse_persona(file: &ScenarioFile, reference_year: u16) -> Result<Persona, ScenarioError> {
    let stem = file.path[PERSONA_DIR.len()..].trim_end_matches(".toml");
    let id = PersonaId::parse(stem).map_err(|e| err(&file.path, "file name", e))?;
    let raw: RawPersona = parse_toml(file)?;
    let field = |name: &str, problem: String| err(&file.path, &format!("{id}.{name}"), problem);

    for (name, value) in [
        ("name", &raw.name),
        ("address", &raw.address),
        ("summary", &raw.summary),
    ] {
        if value.trim().is_empty() || value.chars().count() > 120 {
            return Err(field(name, "must be 1-120 characters".into()));
        }
    }
    let cpr = Cpr::parse(&raw.cpr).map_err(|e| {
        field(
            "cpr",
            format!(
                "{:?}: a scenario CPR must be DDMMYY-SSSS with day 32-60 and month 1-12",
                e
            ),
        )
    })?;
    if raw.age > 120 {
        return Err(field("age", "must be 0-120".into()));
    }
    let born = u32::from(reference_year) - u32::from(raw.age);
    let yy = cpr.year_two_digits();
    if yy != born % 100 && yy != (born - 1) % 100 {
        return Err(field(
            "age",
            format!(
                "age {} in {} means born {} or {}, but the CPR says year {:02}",
                raw.age,
                reference_year,
                born - 1,
                born,
                yy
            ),
        ));
    }
    if raw.nemid_number.len() != 9 || !raw.nemid_number.bytes().all(|b| b.is_ascii_digit()) {
        return Err(field("nemid_number", "must be exactly 9 digits".into()));
    }
    if let Some(user_id) = &raw.user_id {
        let ok = (4..=20).contains(&user_id.len())
            && user_id.bytes().all(|b| b.is_ascii_alphanumeric())
            && user_id.bytes().any(|b| b.is_ascii_alphabetic());
        if !ok {
            return Err(field(
                "user_id",
                "must be 4-20 letters a-z and digits, with at least one letter".into(),
            ));
        }
    }
    if let Err(rules) = check_password(&raw.password, &cpr) {
        let why: Vec<String> = rules.iter().map(|r| r.to_string()).collect();
        return Err(field("password", why.join(" ")));
    }
    let doctor = raw
        .doctor
        .clone()
        .unwrap_or_else(|| crate::fuldmagt::DOCTORS[0].to_owned());
    if !crate::fuldmagt::DOCTORS.contains(&doctor.as_str()) {
        return Err(field(
            "doctor",
            format!("must be one of {:?}", crate::fuldmagt::DOCTORS),
        ));
    }
    let role = match raw.role.as_str() {
        "borger" => Role::Citizen,
        "betroet-medarbejder" => Role::TrustedEmployee,
        other => {
            return Err(field(
                "role",
                format!("unknown role {other:?}; use \"borger\" or \"betroet-medarbejder\""),
            ));
        }
    };
    Ok(Persona {
        order: raw.order,
        id,
        name: raw.name.trim().to_owned(),
        age: raw.age,
        cpr,
        address: raw.address.trim().to_owned(),
        nemid_number: raw.nemid_number,
        digital: raw.digital,
        doctor,
        user_id: raw.user_id,
        password: raw.password,
        role,
        summary: raw.summary.trim().to_owned(),
    })
}

fn parse_authorities(file: &ScenarioFile) -> Result<Vec<Authority>, ScenarioError> {
    let raw: RawAuthorities = parse_toml(file)?;
    let mut out: Vec<Authority> = Vec::with_capacity(raw.authority.len());
    for (i, a) in raw.authority.into_iter().enumerate() {
        let entry = format!("authority {}", i + 1);
        let id = AuthorityId::parse(&a.id).map_err(|e| err(&file.path, &entry, e))?;
        let entry = id.to_string();
        if out.iter().any(|o| o.id == id) {
            return Err(err(&file.path, &entry, "the id is used twice"));
        }
        if a.name.trim().is_empty() || a.name.chars().count() > 80 {
            return Err(err(
                &file.path,
                &format!("{entry}.name"),
                "must be 1-80 characters",
            ));
        }
        let group = match a.group.as_str() {
            "stat" => AuthorityGroup::State,
            "region" => AuthorityGroup::Region,
            "kommune" => AuthorityGroup::Municipality,
            "andre" => AuthorityGroup::Other,
            other => {
                return Err(err(
                    &file.path,
                    &format!("{entry}.group"),
                    format!("unknown group {other:?}; use stat, region, kommune or andre"),
                ));
            }
        };
        out.push(Authority {
            id,
            name: a.name.trim().to_owned(),
            group,
        });
    }
    Ok(out)
}

fn parse_letter(
    file: &ScenarioFile,
    personas: &[Persona],
    authorities: &[Authority],
) -> Result<SeedLetter, ScenarioError> {
    let stem = file.path[LETTER_DIR.len()..].trim_end_matches(".toml");
    let id = LetterId::parse(stem).map_err(|e| err(&file.path, "file name", e))?;
    if stem.starts_with(crate::letters::WORLD_LETTER_PREFIX) {
        return Err(err(
            &file.path,
            "file name",
            format!(
                "must not start with {:?}: that is kept for letters written in a world",
                crate::letters::WORLD_LETTER_PREFIX
            ),
        ));
    }
    let raw: RawLetter = parse_toml(file)?;
    let field = |name: &str, problem: String| err(&file.path, &format!("{id}.{name}"), problem);
    let to = PersonaId::parse(&raw.to)
        .ok()
        .filter(|to| personas.iter().any(|p| &p.id == to))
        .ok_or_else(|| field("to", format!("no persona {:?} in personas/", raw.to)))?;
    let from = AuthorityId::parse(&raw.from)
        .ok()
        .filter(|from| authorities.iter().any(|a| &a.id == from))
        .ok_or_else(|| {
            field(
                "from",
                format!("no authority {:?} in {AUTHORITIES_FILE}", raw.from),
            )
        })?;
    for (name, value, max) in [
        ("subject", &raw.subject, 120),
        ("case_number", &raw.case_number, 40),
    ] {
        if value.trim().is_empty() || value.chars().count() > max {
            return Err(field(name, format!("must be 1-{max} characters")));
        }
    }
    if let Some(title) = &raw.attachment
        && (title.trim().is_empty() || title.chars().count() > 80)
    {
        return Err(field("attachment", "must be 1-80 characters".into()));
    }
    if raw.days_ago > 365 {
        return Err(field("days_ago", "must be 0-365".into()));
    }
    let words = raw.body.split_whitespace().count();
    if !LETTER_WORDS.contains(&words) {
        return Err(field(
            "body",
            format!(
                "has {words} words; a letter has {}-{}",
                LETTER_WORDS.start(),
                LETTER_WORDS.end()
            ),
        ));
    }
    Ok(SeedLetter {
        id,
        to,
        from,
        subject: raw.subject.trim().to_owned(),
        days_ago: raw.days_ago,
        case_number: raw.case_number.trim().to_owned(),
        can_reply: raw.can_reply,
        unread: raw.unread,
        attachment: raw.attachment.map(|a| a.trim().to_owned()),
        body: raw.body.trim().to_owned(),
    })
}

fn check_unique(personas: &[Persona]) -> Result<(), ScenarioError> {
    let mut seen = HashSet::new();
    for p in personas {
        let mut keys = vec![
            ("order", format!("order {}", p.order)),
            ("cpr", p.cpr.digits()),
            ("nemid_number", p.nemid_number.clone()),
        ];
        if let Some(u) = &p.user_id {
            keys.push(("user_id", u.to_lowercase()));
        }
        for (name, value) in keys {
            // A bruger-id is matched against CPR, NemID-nummer and self-chosen id alike,
            // so the three share one namespace.
            if !seen.insert(value) {
                return Err(err(
                    &format!("{PERSONA_DIR}{}.toml", p.id),
                    &format!("{}.{name}", p.id),
                    "is already used by another persona",
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const HEAD: &str = "name = \"Test\"\nreference_year = 2026\n";
    pub(crate) const KAREN: &str = r#"
order = 1
name = "Karen Jensen"
age = 78
cpr = "420348-1236"
address = "Bøgevej 12, 5000 Odense C"
nemid_number = "100000001"
password = "7913"
role = "borger"
summary = "Har brug for hjælp"
"#;

    fn file(path: &str, text: &str) -> ScenarioFile {
        ScenarioFile {
            path: path.into(),
            text: text.into(),
        }
    }

    pub(crate) fn small() -> Scenario {
        Scenario::from_files(&[
            file("scenario.toml", HEAD),
            file("personas/karen.toml", KAREN),
        ])
        .unwrap()
    }

    fn load_with(karen: &str) -> Result<Scenario, ScenarioError> {
        Scenario::from_files(&[
            file("scenario.toml", HEAD),
            file("personas/karen.toml", karen),
        ])
    }

    #[test]
    fn a_valid_scenario_loads() {
        let s = small();
        assert_eq!(s.personas.len(), 1);
        let karen = &s.personas[0];
        assert_eq!(karen.id.as_str(), "karen");
        assert_eq!(karen.role, Role::Citizen);
        assert_eq!(karen.login_id(), "100000001");
    }

    #[test]
    fn a_real_looking_cpr_names_file_and_entry() {
        let e = load_with(&KAREN.replace("420348-1236", "120348-1236")).unwrap_err();
        assert_eq!(e.file, "personas/karen.toml");
        assert_eq!(e.entry, "karen.cpr");
        assert!(e.problem.contains("LooksReal"), "{e}");
    }

    #[test]
    fn an_age_that_does_not_match_the_cpr_is_refused() {
        let e = load_with(&KAREN.replace("age = 78", "age = 40")).unwrap_err();
        assert_eq!(e.entry, "karen.age");
    }

    #[test]
    fn a_password_breaking_the_rules_is_refused() {
        let e = load_with(&KAREN.replace("\"7913\"", "\"1234\"")).unwrap_err();
        assert_eq!(e.entry, "karen.password");
    }

    #[test]
    fn an_unknown_field_or_syntax_error_names_the_file_and_line() {
        let e = load_with(&format!("{KAREN}colour = \"red\"\n")).unwrap_err();
        assert_eq!(e.file, "personas/karen.toml");
        assert!(e.problem.contains("colour"), "{e}");
        let e = load_with("name = ").unwrap_err();
        assert_eq!(e.entry, "line 1");
    }

    #[test]
    fn an_unknown_role_is_refused() {
        let e = load_with(&KAREN.replace("\"borger\"", "\"konge\"")).unwrap_err();
        assert_eq!(e.entry, "karen.role");
    }

    #[test]
    fn duplicate_numbers_and_stray_files_are_refused() {
        let e = Scenario::from_files(&[
            file("scenario.toml", HEAD),
            file("personas/karen.toml", KAREN),
            file(
                "personas/karen2.toml",
                &KAREN.replace("order = 1", "order = 2"),
            ),
        ])
        .unwrap_err();
        assert_eq!(e.file, "personas/karen2.toml");
        let e = Scenario::from_files(&[
            file("scenario.toml", HEAD),
            file("personas/karen.toml", KAREN),
            file("notes.txt", "hi"),
        ])
        .unwrap_err();
        assert_eq!(e.file, "notes.txt");
    }

    #[test]
    fn personas_come_in_the_order_the_scenario_gives() {
        let zed = KAREN
            .replace("order = 1", "order = 0")
            .replace("420348-1236", "450348-1236")
            .replace("100000001", "100000002");
        let s = Scenario::from_files(&[
            file("scenario.toml", HEAD),
            file("personas/karen.toml", KAREN),
            file("personas/zed.toml", &zed),
        ])
        .unwrap();
        let ids: Vec<&str> = s.personas.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["zed", "karen"]);
    }

    const AUTHORITIES: &str = r#"
[[authority]]
id = "skattestyrelsen"
name = "Skattestyrelsen"
group = "stat"

[[authority]]
id = "digitaliseringsstyrelsen"
name = "Digitaliseringsstyrelsen"
group = "stat"
"#;

    fn letter(to: &str, from: &str, words: usize) -> String {
        format!(
            "to = \"{to}\"\nfrom = \"{from}\"\nsubject = \"Årsopgørelse\"\ndays_ago = 3\n\
             case_number = \"S-1\"\ncan_reply = false\nunread = true\nattachment = \"Bilag\"\n\
             body = \"\"\"\n{}\"\"\"\n",
            "ord ".repeat(words)
        )
    }

    fn with_letter(text: &str) -> Result<Scenario, ScenarioError> {
        Scenario::from_files(&[
            file("scenario.toml", HEAD),
            file("personas/karen.toml", KAREN),
            file("authorities.toml", AUTHORITIES),
            file("letters/karen-skat.toml", text),
        ])
    }

    #[test]
    fn letters_and_authorities_load() {
        let s = with_letter(&letter("karen", "skattestyrelsen", 120)).unwrap();
        assert_eq!(s.authorities[0].group, AuthorityGroup::State);
        assert_eq!(s.letters.len(), 1);
        assert_eq!(s.letters[0].id.as_str(), "karen-skat");
        assert_eq!(s.letters[0].attachment.as_deref(), Some("Bilag"));
    }

    #[test]
    fn a_letter_must_name_a_persona_and_an_authority_that_exist() {
        let e = with_letter(&letter("nobody", "skattestyrelsen", 120)).unwrap_err();
        assert_eq!(
            (e.file.as_str(), e.entry.as_str()),
            ("letters/karen-skat.toml", "karen-skat.to")
        );
        let e = with_letter(&letter("karen", "nobody", 120)).unwrap_err();
        assert_eq!(e.entry, "karen-skat.from");
    }

    #[test]
    fn a_letter_has_the_length_of_a_real_letter() {
        let e = with_letter(&letter("karen", "skattestyrelsen", 10)).unwrap_err();
        assert_eq!(e.entry, "karen-skat.body");
        assert!(e.problem.contains("10 words"));
    }

    #[test]
    fn a_scenario_without_head_or_personas_is_refused() {
        assert_eq!(Scenario::from_files(&[]).unwrap_err().file, "scenario.toml");
        assert_eq!(
            Scenario::from_files(&[file("scenario.toml", HEAD)])
                .unwrap_err()
                .file,
            "personas/"
        );
    }
}
