//! Reading one persona, the authorities or one letter from its file, with the file and
//! entry named in every error.

use crate::cpr::Cpr;
use crate::ids::{AuthorityId, LetterId, PersonaId};
use crate::password::check_password;
use crate::scenario::{
    Authority, AuthorityGroup, Persona, Role, ScenarioError, ScenarioFile, SeedLetter,
};
use serde::Deserialize;
use std::collections::HashSet;

pub(crate) const SCENARIO_FILE: &str = "scenario.toml";

pub(crate) const PERSONA_DIR: &str = "personas/";

pub(crate) const AUTHORITIES_FILE: &str = "authorities.toml";

pub(crate) const LETTER_DIR: &str = "letters/";

pub(crate) fn err(file: &str, entry: &str, problem: impl Into<String>) -> ScenarioError {
    ScenarioError {
        file: file.to_owned(),
        entry: entry.to_owned(),
        problem: problem.into(),
    }
}

/// The 1-based line of byte `at` of `text`.
pub(crate) fn line_at(text: &str, at: usize) -> usize {
    text.as_bytes()[..at.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

pub(crate) fn parse_toml<T: for<'de> Deserialize<'de>>(
    file: &ScenarioFile,
) -> Result<T, ScenarioError> {
    toml::from_str(&file.text).map_err(|e| {
        let line = e.span().map(|s| line_at(&file.text, s.start));
        let entry = line.map_or_else(|| "-".to_owned(), |l| format!("line {l}"));
        err(&file.path, &entry, e.message().trim())
    })
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
    /// The persona's MitID: bruger-ID, password, PIN, authenticators.
    #[serde(default)]
    mitid: Option<crate::mitid::model::RawMitId>,
    /// Has the NemID nøgleapp on the practice phone.
    #[serde(default)]
    noegleapp: bool,
}

fn yes() -> bool {
    true
}

pub(crate) fn parse_persona(
    file: &ScenarioFile,
    reference_year: u16,
) -> Result<Persona, ScenarioError> {
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
    let cpr_digits: String = raw.cpr.chars().filter(char::is_ascii_digit).collect();
    let mitid = match raw.mitid {
        Some(m) => Some(
            m.check(&cpr_digits)
                .map_err(|(name, why)| field(name, why))?,
        ),
        None => None,
    };
    Ok(Persona {
        mitid,
        noegleapp: raw.noegleapp,
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

pub(crate) fn parse_authorities(file: &ScenarioFile) -> Result<Vec<Authority>, ScenarioError> {
    let raw: RawAuthorities = parse_toml(file)?;
    let mut out: Vec<Authority> = Vec::with_capacity(raw.authority.len());
    for (i, a) in raw.authority.into_iter().enumerate() {
        let entry = format!("authority {}", i + 1);
        let id = AuthorityId::parse(&a.id).map_err(|e| err(&file.path, &entry, e))?;
        let entry = id.to_string();
        if out.iter().any(|o| o.id == id) {
            return Err(err(&file.path, &entry, "id'et bruges to gange"));
        }
        if a.name.trim().is_empty() || a.name.chars().count() > 80 {
            return Err(err(
                &file.path,
                &format!("{entry}.name"),
                "skal være 1–80 tegn",
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
                    format!("ukendt gruppe {other:?}; brug stat, region, kommune eller andre"),
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

/// A letter body's length in words, as real public letters are.
const LETTER_WORDS: std::ops::RangeInclusive<usize> = 60..=400;

pub(crate) fn parse_letter(
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
        .ok_or_else(|| {
            field(
                "to",
                format!("der er ingen person {:?} i øvemiljøet", raw.to),
            )
        })?;
    let from = AuthorityId::parse(&raw.from)
        .ok()
        .filter(|from| authorities.iter().any(|a| &a.id == from))
        .ok_or_else(|| {
            field(
                "from",
                format!(
                    "der er ingen myndighed {:?} (i {AUTHORITIES_FILE} eller [[authority]])",
                    raw.from
                ),
            )
        })?;
    for (name, value, max) in [
        ("subject", &raw.subject, 120),
        ("case_number", &raw.case_number, 40),
    ] {
        if value.trim().is_empty() || value.chars().count() > max {
            return Err(field(name, format!("skal være 1–{max} tegn")));
        }
    }
    if let Some(title) = &raw.attachment
        && (title.trim().is_empty() || title.chars().count() > 80)
    {
        return Err(field("attachment", "skal være 1–80 tegn".into()));
    }
    if raw.days_ago > 365 {
        return Err(field("days_ago", "skal være 0–365".into()));
    }
    let words = raw.body.split_whitespace().count();
    if !LETTER_WORDS.contains(&words) {
        return Err(field(
            "body",
            format!(
                "har {words} ord; et brev har {}–{} ord",
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

pub(crate) fn check_unique(personas: &[Persona]) -> Result<(), ScenarioError> {
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
