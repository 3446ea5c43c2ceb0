//! What the rules of several features share: names, end dates, letters from Digital Post's
//! authority, and finding a persona by name and CPR.

use crate::access::ACCESS_SENDER;
use crate::cpr::Cpr;
use crate::ids::{AuthorityId, PersonaId};
use crate::letters::{LetterKind, Party, WorldLetter, world_letter_id};
use crate::refusal::Refusal;
use crate::time::Timestamp;
use crate::world::World;

/// Parses an end date "ÅÅÅÅ-MM-DD" (or "DD-MM-ÅÅÅÅ", "DD.MM.ÅÅÅÅ") to the last second of
/// that day (UTC). Empty means no end date.
pub fn parse_end_date(raw: &str) -> Result<Option<Timestamp>, Refusal> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let parts: Vec<&str> = raw.split(['-', '.', '/']).collect();
    let nums: Option<Vec<i64>> = parts.iter().map(|p| p.trim().parse().ok()).collect();
    let (y, m, d) = match nums.as_deref() {
        Some([y, m, d]) if *y > 999 => (*y, *m, *d),
        Some([d, m, y]) if *y > 999 => (*y, *m, *d),
        _ => return Err(Refusal::EndDateInvalid),
    };
    if !(2000..=2200).contains(&y) || !(1..=12).contains(&m) || d < 1 || d > days_in(y, m) {
        return Err(Refusal::EndDateInvalid);
    }
    Ok(Some(Timestamp(days_from_civil(y, m, d) * 86_400 + 86_399)))
}

fn days_in(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a calendar date (Howard Hinnant's days-from-civil).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

impl World {
    /// A persona's full name, as pages and letters show it ("" for no such persona).
    pub fn name(&self, p: &PersonaId) -> String {
        self.persona(p).map_or_else(String::new, |p| p.name.clone())
    }

    /// A letter from the authority that runs Digital Post.
    pub(crate) fn system_letter(
        &self,
        to: &PersonaId,
        subject: &str,
        text: &str,
        skip: usize,
    ) -> WorldLetter {
        let name = self.name(to);
        WorldLetter {
            id: world_letter_id(self.own_letters.len() + skip),
            owner: to.clone(),
            kind: LetterKind::Reply,
            from: Party::Authority(AuthorityId::trusted(ACCESS_SENDER.to_owned())),
            to: Party::Persona(to.clone()),
            subject: subject.to_owned(),
            body: format!(
                "Kære {name}\n\n{text}\n\nDu kan se alle adgange under \"Læse- og skriveadgang\" i Digital Post.\n\nMed venlig hilsen\nDigitaliseringsstyrelsen"
            ),
            at: Timestamp(0),
            case_number: "DP-ADGANG".into(),
            can_reply: false,
            document: None,
            uploads: Vec::new(),
        }
    }

    /// The other persona named by "Fulde navn" and "CPR-nummer": both must match.
    pub(crate) fn named_persona(
        &self,
        me: &PersonaId,
        name: &str,
        cpr: &str,
    ) -> Result<PersonaId, Refusal> {
        let cpr = Cpr::parse(cpr.trim()).map_err(|_| Refusal::UnknownPerson)?;
        let wanted = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let found = self
            .personas()
            .iter()
            .find(|p| p.cpr == cpr && p.name.eq_ignore_ascii_case(&wanted))
            .ok_or(Refusal::UnknownPerson)?;
        if &found.id == me {
            return Err(Refusal::AccessToSelf);
        }
        Ok(found.id.clone())
    }

    /// A fuldmagt's "Gyldig til": `None` until deleted; a chosen date must be typed.
    pub(crate) fn fuldmagt_end_date(
        &self,
        until: Option<&str>,
    ) -> Result<Option<Timestamp>, Refusal> {
        match until {
            None => Ok(None),
            Some(date) if date.trim().is_empty() => Err(Refusal::EndDateInvalid),
            Some(date) => self.end_date(date),
        }
    }

    pub(crate) fn end_date(&self, raw: &str) -> Result<Option<Timestamp>, Refusal> {
        let until = parse_end_date(raw)?;
        if until.is_some_and(|u| u < self.clock) {
            return Err(Refusal::EndDatePast);
        }
        Ok(until)
    }
}
