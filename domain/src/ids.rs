//! Identifiers of things in a world, parsed at the edge so an invalid one cannot exist.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Checks a scenario slug: lowercase ASCII letters, digits and dashes, 1–48 characters,
/// not starting with a dash. Slugs come from file names and data, never from learners.
pub(crate) fn check_slug(kind: &str, raw: &str) -> Result<(), String> {
    let ok_len = (1..=48).contains(&raw.len());
    let ok_chars = raw
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok_len && ok_chars && !raw.starts_with('-') {
        Ok(())
    } else {
        Err(format!(
            "{kind}-id {raw:?} skal være 1–48 tegn a-z, 0-9 og '-' og må ikke begynde med '-'"
        ))
    }
}

macro_rules! slug_id {
    ($(#[$doc:meta])* $name:ident, $kind:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        // Shared text: a world's many copies of an id (in its maps and its log) point to one
        // allocation, mostly the scenario's own (issue 20: a used world ≤ 4 KiB).
        pub struct $name(std::sync::Arc<str>);

        impl $name {
            pub fn parse(raw: &str) -> Result<Self, String> {
                check_slug($kind, raw).map(|()| Self(raw.into()))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// For ids the domain builds itself from a known-good pattern.
            #[allow(dead_code)]
            pub(crate) fn trusted(raw: String) -> Self {
                debug_assert!(check_slug($kind, &raw).is_ok());
                Self(raw.into())
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::parse(&value)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> Self {
                value.0.to_string()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

slug_id!(
    /// A persona's key in the scenario data (`karen`, `mette`); its file name.
    PersonaId,
    "persona"
);
slug_id!(
    /// A public authority (myndighed) of the scenario (`skattestyrelsen`).
    AuthorityId,
    "authority"
);
slug_id!(
    /// A letter of the scenario data (`karen-aarsopgoerelse`); its file name.
    LetterId,
    "letter"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_a_lowercase_slug() {
        assert!(PersonaId::parse("karen").is_ok());
        assert!(AuthorityId::parse("odense-kommune").is_ok());
        assert!(LetterId::parse("bydelsmor-2").is_ok());
        assert!(PersonaId::parse("").is_err());
        assert!(PersonaId::parse("Karen").is_err());
        assert!(PersonaId::parse("-x").is_err());
        assert!(PersonaId::parse("karen jensen").is_err());
        assert!(LetterId::parse(&"a".repeat(49)).is_err());
        assert!(LetterId::parse("ærø").is_err());
    }
}
