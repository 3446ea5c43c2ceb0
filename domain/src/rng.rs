//! The seeded random number generator every world draws from.
//!
//! A world is built from a seed; each use (key cards, challenges, …) gets its own named
//! stream so that adding a new use never changes what an older one produces.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// A deterministic stream of random numbers for one purpose in one world.
pub struct WorldRng(ChaCha8Rng);

impl WorldRng {
    /// The stream named `purpose` of the world with `seed`.
    pub fn stream(seed: u64, purpose: &str) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(fnv1a(purpose.as_bytes()));
        Self(rng)
    }

    /// A number in `0..upper` (`upper` > 0).
    pub fn below(&mut self, upper: u32) -> u32 {
        self.0.random_range(0..upper.max(1))
    }

    /// A string of `len` decimal digits.
    pub fn digits(&mut self, len: usize) -> String {
        (0..len)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }
}

/// FNV-1a: a stable hash (unlike `std`'s, which may change between Rust releases).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_and_purpose_give_the_same_numbers() {
        let a = WorldRng::stream(7, "keycard/karen").digits(12);
        let b = WorldRng::stream(7, "keycard/karen").digits(12);
        assert_eq!(a, b);
        assert_eq!(a.len(), 12);
    }

    #[test]
    fn different_seeds_or_purposes_give_different_numbers() {
        let base = WorldRng::stream(7, "keycard/karen").digits(24);
        assert_ne!(base, WorldRng::stream(8, "keycard/karen").digits(24));
        assert_ne!(base, WorldRng::stream(7, "keycard/mette").digits(24));
    }

    #[test]
    fn below_stays_in_range() {
        let mut rng = WorldRng::stream(1, "x");
        assert!((0..1000).all(|_| rng.below(148) < 148));
        assert_eq!(rng.below(0), 0);
    }
}
