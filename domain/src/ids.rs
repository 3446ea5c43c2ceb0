//! Identifiers of things in a world, parsed at the edge so an invalid one cannot exist.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A persona's key in the scenario data (`karen`, `mette`): lowercase ASCII letters,
/// digits and dashes, 1–32 characters. Stable across worlds built from one scenario.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonaId(String);

impl PersonaId {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let ok_len = (1..=32).contains(&raw.len());
        let ok_chars = raw
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if ok_len && ok_chars && !raw.starts_with('-') {
            Ok(Self(raw.to_owned()))
        } else {
            Err(format!(
                "persona id {raw:?} must be 1-32 characters of a-z, 0-9 and '-', not starting with '-'"
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PersonaId {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<PersonaId> for String {
    fn from(value: PersonaId) -> Self {
        value.0
    }
}

impl fmt::Display for PersonaId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_persona_id_is_a_lowercase_slug() {
        assert!(PersonaId::parse("karen").is_ok());
        assert!(PersonaId::parse("bydelsmor-2").is_ok());
        assert!(PersonaId::parse("").is_err());
        assert!(PersonaId::parse("Karen").is_err());
        assert!(PersonaId::parse("-x").is_err());
        assert!(PersonaId::parse("karen jensen").is_err());
        assert!(PersonaId::parse(&"a".repeat(33)).is_err());
    }
}
