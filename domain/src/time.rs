//! Simulated time. The domain never reads a clock: callers pass `now` in.

use serde::{Deserialize, Serialize};

/// Seconds since the Unix epoch, in the world's simulated time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Timestamp(pub i64);

impl Timestamp {
    pub fn plus_minutes(self, minutes: i64) -> Self {
        Self(self.0.saturating_add(minutes.saturating_mul(60)))
    }
}
