//! CPR-nummer: the Danish personal identity number, restricted to fictitious ones.
//!
//! Demoborger only ever holds numbers whose day of month is 32–60: never a real date and
//! never the official substitute scheme (61–91). No modulus-11 check: real numbers have
//! failed it since 2007, and it must not make a number look more real.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A fictitious CPR number, stored as `DDMMYY-SSSS` with DD in 32–60.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Cpr(String);

/// Why a typed CPR number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CprError {
    /// Not ten digits (with or without a dash after the sixth).
    #[error("Et CPR-nummer består af 10 cifre, fx 420348-1236.")]
    Format,
    /// Day 1–31 with a valid month: it could be a real person's number. Never echo or
    /// store such input.
    #[error(
        "Det ligner et rigtigt CPR-nummer. Skriv aldrig dit eget CPR-nummer her – brug den fiktive persons nummer fra øvelsen."
    )]
    LooksReal,
    /// A day or month that no fictitious number in Demoborger has.
    #[error("CPR-nummeret findes ikke i øvemiljøet. Brug den fiktive persons nummer fra øvelsen.")]
    NotFictitious,
}

impl Cpr {
    /// Parses `DDMMYY-SSSS` or `DDMMYYSSSS`, ignoring surrounding spaces.
    pub fn parse(raw: &str) -> Result<Self, CprError> {
        let trimmed = raw.trim();
        let digits: String = match (trimmed.len(), trimmed.as_bytes().get(6)) {
            (11, Some(b'-')) => trimmed.chars().filter(|&c| c != '-').collect(),
            (10, _) => trimmed.to_owned(),
            _ => return Err(CprError::Format),
        };
        if digits.len() != 10 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(CprError::Format);
        }
        let day = two_digits(&digits[0..2]);
        let month = two_digits(&digits[2..4]);
        if !(1..=12).contains(&month) {
            return Err(CprError::NotFictitious);
        }
        match day {
            1..=31 => Err(CprError::LooksReal),
            32..=60 => Ok(Self(format!("{}-{}", &digits[..6], &digits[6..]))),
            _ => Err(CprError::NotFictitious),
        }
    }

    /// `DDMMYY-SSSS`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The ten digits without the dash.
    pub fn digits(&self) -> String {
        self.0.replace('-', "")
    }

    /// The two-digit year of birth (YY).
    pub fn year_two_digits(&self) -> u32 {
        two_digits(&self.0[4..6])
    }
}

fn two_digits(s: &str) -> u32 {
    s.parse().unwrap_or(0)
}

impl TryFrom<String> for Cpr {
    type Error = CprError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Cpr> for String {
    fn from(value: Cpr) -> Self {
        value.0
    }
}

impl fmt::Display for Cpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fictitious_number_parses_with_or_without_dash() {
        let with = Cpr::parse("420348-1236").unwrap();
        let without = Cpr::parse(" 4203481236 ").unwrap();
        assert_eq!(with, without);
        assert_eq!(with.as_str(), "420348-1236");
        assert_eq!(with.digits(), "4203481236");
        assert_eq!(with.year_two_digits(), 48);
    }

    #[test]
    fn days_32_to_60_are_the_only_accepted_days() {
        assert!(Cpr::parse("320101-0000").is_ok());
        assert!(Cpr::parse("601299-9999").is_ok());
        assert_eq!(Cpr::parse("611299-9999"), Err(CprError::NotFictitious));
        assert_eq!(Cpr::parse("000101-0000"), Err(CprError::NotFictitious));
    }

    #[test]
    fn a_real_looking_number_is_refused_as_such() {
        assert_eq!(Cpr::parse("010203-1234"), Err(CprError::LooksReal));
        assert_eq!(Cpr::parse("311299-1234"), Err(CprError::LooksReal));
    }

    #[test]
    fn bad_months_and_formats_are_refused() {
        assert_eq!(Cpr::parse("421348-1236"), Err(CprError::NotFictitious));
        assert_eq!(Cpr::parse("420048-1236"), Err(CprError::NotFictitious));
        assert_eq!(Cpr::parse("42034-81236"), Err(CprError::Format));
        assert_eq!(Cpr::parse("42034812a6"), Err(CprError::Format));
        assert_eq!(Cpr::parse(""), Err(CprError::Format));
        assert_eq!(Cpr::parse("420348123"), Err(CprError::Format));
        assert_eq!(Cpr::parse("４２0348-1236"), Err(CprError::Format));
    }

    #[test]
    fn serde_refuses_a_real_looking_number() {
        let parsed: Result<Cpr, _> = serde_json_like("010203-1234");
        assert!(parsed.is_err());
    }

    fn serde_json_like(raw: &str) -> Result<Cpr, CprError> {
        Cpr::try_from(raw.to_owned())
    }
}
