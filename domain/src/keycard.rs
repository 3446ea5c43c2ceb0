//! NemID key cards (nøglekort): 148 keys, each a 6-digit key (nøgle) printed next to a
//! 4-digit key number (nøglenummer). Derived from the world's seed, so a card is never
//! stored: only which of its keys were used.

use crate::{PersonaId, WorldRng};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Keys on one card.
pub const KEYS_PER_CARD: usize = 148;
/// When this many keys are left, a new card is sent.
pub const NEW_CARD_AT: usize = 20;

/// One printed key: the number to look up and the key to type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyEntry {
    /// Nøglenummer, 0000–9999.
    pub number: u16,
    /// Nøgle: six digits.
    pub key: String,
}

impl KeyEntry {
    /// The key number as printed: four digits.
    pub fn number_text(&self) -> String {
        format!("{:04}", self.number)
    }
}

/// A persona's key card of one generation (0 = the first card, 1 = the replacement, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyCard {
    pub generation: u8,
    /// The card number printed on the card, e.g. "3812 604 957".
    pub number: String,
    /// Sorted by key number, as on the paper card.
    pub keys: Vec<KeyEntry>,
}

impl KeyCard {
    /// The card of `persona`, generation `generation`, in the world with `seed`.
    pub fn derive(seed: u64, persona: &PersonaId, generation: u8) -> Self {
        let mut rng = WorldRng::stream(seed, &format!("keycard/{persona}/{generation}"));
        let digits = rng.digits(10);
        let number = format!("{} {} {}", &digits[0..4], &digits[4..7], &digits[7..10]);
        let mut numbers = BTreeSet::new();
        while numbers.len() < KEYS_PER_CARD {
            numbers.insert(rng.below(10_000) as u16);
        }
        let keys = numbers
            .into_iter()
            .map(|number| KeyEntry {
                number,
                key: rng.digits(6),
            })
            .collect();
        Self {
            generation,
            number,
            keys,
        }
    }
}

/// Which keys of a card are used: one bit per key index.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct UsedKeys([u64; 3]);

impl UsedKeys {
    pub fn contains(&self, index: usize) -> bool {
        index < KEYS_PER_CARD && self.0[index / 64] & (1 << (index % 64)) != 0
    }

    pub fn insert(&mut self, index: usize) {
        if index < KEYS_PER_CARD {
            self.0[index / 64] |= 1 << (index % 64);
        }
    }

    pub fn count(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }

    pub fn remaining(&self) -> usize {
        KEYS_PER_CARD - self.count()
    }

    /// The unused indices, in order.
    pub fn unused(&self) -> impl Iterator<Item = usize> + '_ {
        (0..KEYS_PER_CARD).filter(|&i| !self.contains(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn karen() -> PersonaId {
        PersonaId::parse("karen").unwrap()
    }

    #[test]
    fn a_card_has_148_distinct_sorted_key_numbers_and_6_digit_keys() {
        let card = KeyCard::derive(1, &karen(), 0);
        assert_eq!(card.keys.len(), KEYS_PER_CARD);
        assert!(card.keys.windows(2).all(|w| w[0].number < w[1].number));
        assert!(
            card.keys
                .iter()
                .all(|k| k.key.len() == 6 && k.key.bytes().all(|b| b.is_ascii_digit()))
        );
        assert!(card.keys.iter().all(|k| k.number_text().len() == 4));
        assert_eq!(card.number.len(), 12);
    }

    #[test]
    fn cards_are_deterministic_and_differ_between_worlds_personas_and_generations() {
        let card = KeyCard::derive(1, &karen(), 0);
        assert_eq!(card, KeyCard::derive(1, &karen(), 0));
        assert_ne!(card.keys, KeyCard::derive(2, &karen(), 0).keys);
        assert_ne!(
            card.keys,
            KeyCard::derive(1, &PersonaId::parse("mette").unwrap(), 0).keys
        );
        assert_ne!(card.keys, KeyCard::derive(1, &karen(), 1).keys);
    }

    #[test]
    fn used_keys_count_and_list_what_is_left() {
        let mut used = UsedKeys::default();
        assert_eq!(used.remaining(), 148);
        used.insert(0);
        used.insert(147);
        used.insert(147);
        used.insert(500);
        assert!(used.contains(0) && used.contains(147) && !used.contains(1));
        assert_eq!(used.count(), 2);
        assert_eq!(used.unused().count(), 146);
        assert_eq!(used.unused().next(), Some(1));
    }
}
