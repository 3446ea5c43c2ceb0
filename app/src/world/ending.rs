//! The warning before an unused world ends. Every page of a live world carries a meta
//! refresh that, if the learner does nothing, opens "Din øvelse slutter om 5 minutter" a
//! few minutes before the world would end (with JavaScript on or off alike). That page is
//! answered by the server without counting as activity (`server/src/lifecycle.rs`), so a
//! forgotten tab never keeps a world alive; "Fortsæt øvelsen" does.

use crate::paths;
use std::time::Duration;

/// How long before the end the warning comes: 5 minutes, or a quarter of the idle limit
/// when that is shorter (a server configured with very short worlds).
pub fn lead(idle: Duration) -> Duration {
    Duration::from_secs(5 * 60).min(idle / 4)
}

/// What the warning page does for a world with `time_left`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Not near its end (the learner used it in another tab): back to the page.
    Back,
    /// Warn: the world ends in `minutes` (rounded up); look again in `refresh` seconds,
    /// when it has ended.
    Warn { minutes: u64, refresh: u64 },
}

pub fn decide(time_left: Duration, lead: Duration) -> Ending {
    // A little slack: the page's refresh fires on the browser's clock.
    if time_left > lead + Duration::from_secs(30) {
        return Ending::Back;
    }
    Ending::Warn {
        minutes: time_left.as_secs().div_ceil(60).max(1),
        refresh: time_left.as_secs() + 2,
    }
}

/// The address of the warning, coming back to `back`.
pub fn warning_address(back: &str) -> String {
    let query = serde_html_form::to_string([("tilbage", back)]).unwrap_or_default();
    format!("{}?{query}", paths::ENDING_SOON)
}
