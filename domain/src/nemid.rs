//! NemID login: bruger-id and adgangskode, then a key from the paper card; failed tries,
//! lockout (spærret), the temporary password sent by letter, and choosing a new password.
//! The rules only; the state lives in [`crate::World`].

use crate::keycard::{KeyCard, UsedKeys};
use crate::refusal::Refusal;
use crate::{Cpr, Persona, PersonaId, WorldRng};
use sha2::{Digest, Sha256};

/// The key number to ask for: a random unused key of the card (the login and every
/// signature draw the same way, each from its own stream).
pub(crate) fn draw_key(used: &UsedKeys, rng: &mut WorldRng) -> u8 {
    let unused: Vec<usize> = used.unused().collect();
    unused
        .get(rng.below(unused.len() as u32) as usize)
        .copied()
        .unwrap_or(0) as u8
}

/// Checks a typed key for key number `index` of `card`: six digits (else
/// [`Refusal::KeyFormat`]), not used before and the card's key (else [`Refusal::WrongKey`]).
pub(crate) fn check_key(
    card: &KeyCard,
    used: &UsedKeys,
    index: u8,
    typed: &str,
) -> Result<(), Refusal> {
    let typed = typed.trim();
    if typed.len() != 6 || !typed.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Refusal::KeyFormat);
    }
    let fresh = !used.contains(usize::from(index));
    let right = card
        .keys
        .get(usize::from(index))
        .is_some_and(|k| k.key == typed);
    if fresh && right {
        Ok(())
    } else {
        Err(Refusal::WrongKey)
    }
}

/// What NemID remembers about one persona, where it differs from a fresh start.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NemIdState {
    /// The card in use (0 = the first).
    pub card_generation: u8,
    /// Keys used on the card in use.
    pub used: UsedKeys,
    /// A replacement card that was sent and is taken into use at the next login.
    pub next_card: Option<u8>,
    /// Failed tries since the last successful login.
    pub failed_attempts: u8,
    pub locked: bool,
    /// How many times NemID was locked; picks the temporary password of the latest letter.
    pub lockouts: u8,
    /// Digest of a password the learner chose; `None` means the scenario's password.
    pub chosen_password: Option<PasswordDigest>,
}

/// A digest of a chosen password, so the typed text is never kept.
#[derive(Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PasswordDigest([u8; 32]);

impl std::fmt::Debug for PasswordDigest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordDigest(…)")
    }
}

impl PasswordDigest {
    /// What the event log shows instead of a digest.
    pub const REDACTED: Self = Self([0; 32]);

    /// Of the password in lower case: NemID passwords were not case-sensitive.
    pub fn of(seed: u64, persona: &PersonaId, password: &str) -> Self {
        let mut h = Sha256::new();
        h.update(b"demoborger-password\0");
        h.update(seed.to_le_bytes());
        h.update(persona.as_str().as_bytes());
        h.update([0]);
        h.update(password.to_ascii_lowercase().as_bytes());
        let mut out = [0u8; 32];
        out.copy_from_slice(&h.finalize());
        Self(out)
    }
}

/// The temporary password (midlertidig adgangskode) of the `lockout`-th lockout: four
/// letters and four digits, printed in the letter that Fysisk post shows.
pub fn temporary_password(seed: u64, persona: &PersonaId, lockout: u8) -> String {
    let mut rng = WorldRng::stream(seed, &format!("temporary-password/{persona}/{lockout}"));
    const LETTERS: &[u8] = b"abcdefghjkmnpqrstuvwxyz";
    let letters: String = (0..4)
        .map(|_| char::from(LETTERS[rng.below(LETTERS.len() as u32) as usize]))
        .collect();
    format!("{letters}{}", rng.digits(4))
}

/// Finds the persona a typed bruger-id names: CPR (with or without dash), NemID-nummer, or
/// self-chosen id (any case). Spaces around it are ignored.
pub fn find_persona<'a>(personas: &'a [Persona], user_id: &str) -> Option<&'a Persona> {
    let typed = user_id.trim();
    let cpr = Cpr::parse(typed).ok();
    personas.iter().find(|p| {
        cpr.as_ref() == Some(&p.cpr)
            || p.nemid_number == typed
            || p.user_id
                .as_deref()
                .is_some_and(|u| u.eq_ignore_ascii_case(typed))
    })
}

/// True when the typed bruger-id looks like a real person's CPR number: ten digits (with
/// any separators) whose day is a real date (1–31) or from the official substitute scheme
/// (61–91) and whose month is 1–12. Such input must be neither stored, logged nor shown back.
pub fn looks_like_real_cpr(user_id: &str) -> bool {
    let digits: Vec<u32> = user_id.chars().filter_map(|c| c.to_digit(10)).collect();
    digits.windows(10).any(|w| {
        let day = w[0] * 10 + w[1];
        let month = w[2] * 10 + w[3];
        (1..=12).contains(&month) && ((1..=31).contains(&day) || (61..=91).contains(&day))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::small;

    #[test]
    fn a_persona_is_found_by_cpr_nemid_number_or_own_id() {
        let s = small();
        for typed in ["420348-1236", "4203481236", " 420348-1236 ", "100000001"] {
            assert_eq!(
                find_persona(&s.personas, typed).map(|p| p.name.as_str()),
                Some("Karen Jensen"),
                "{typed}"
            );
        }
        assert!(find_persona(&s.personas, "420348-1237").is_none());
        assert!(find_persona(&s.personas, "").is_none());
    }

    #[test]
    fn real_looking_cpr_numbers_are_recognised() {
        assert!(looks_like_real_cpr("010203-1234"));
        assert!(looks_like_real_cpr("0102031234"));
        assert!(!looks_like_real_cpr("420348-1236"));
        assert!(!looks_like_real_cpr("mettejh"));
        assert!(!looks_like_real_cpr("123456789"));
        assert!(looks_like_real_cpr("010203/1234"), "any separator");
        assert!(
            looks_like_real_cpr("cpr 0102031234"),
            "with words around it"
        );
        assert!(
            looks_like_real_cpr("610203-1234"),
            "the substitute scheme is real too"
        );
    }

    #[test]
    fn temporary_passwords_follow_the_rules_and_change_with_each_lockout() {
        let karen = PersonaId::parse("karen").unwrap();
        let cpr = Cpr::parse("420348-1236").unwrap();
        let first = temporary_password(1, &karen, 1);
        assert_eq!(first.len(), 8);
        assert_eq!(crate::check_password(&first, &cpr), Ok(()));
        assert_eq!(first, temporary_password(1, &karen, 1));
        assert_ne!(first, temporary_password(1, &karen, 2));
    }

    #[test]
    fn a_digest_hides_the_password_and_depends_on_world_and_persona() {
        let karen = PersonaId::parse("karen").unwrap();
        let d = PasswordDigest::of(1, &karen, "hemmelig99");
        assert_eq!(d, PasswordDigest::of(1, &karen, "hemmelig99"));
        assert_ne!(d, PasswordDigest::of(2, &karen, "hemmelig99"));
        assert_ne!(d, PasswordDigest::of(1, &karen, "hemmelig98"));
        assert!(!format!("{d:?}").contains("hemmelig"));
    }
}
