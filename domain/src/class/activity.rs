//! What a teacher's board reads from a learner's world besides the exercise's progress:
//! when the learner last did something, when the current step began, refusals in a row,
//! hints opened, and whether the learner's NemID became spærret. Kept by the world itself
//! as commands run (`World::handle`), so the board needs no bookkeeping of its own.

use crate::time::Timestamp;

/// A learner's activity, in real time (not the simulated clock, which a teacher may move).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Activity {
    /// The last command the learner gave (refused ones too).
    pub last_action: Timestamp,
    /// When the exercise's current step began (the world's start if none).
    pub step_started: Timestamp,
    /// Commands refused in a row on the current step; a success or a new step starts over.
    pub refusals_in_row: u8,
    /// Hints opened in the whole exercise ("Vis hint", by the learner or the teacher).
    pub hints: u16,
    /// NemID became spærret by the learner's tries and is not unlocked yet.
    pub locked: bool,
}

impl Activity {
    pub(crate) fn started(now: Timestamp) -> Self {
        Self {
            last_action: now,
            step_started: now,
            refusals_in_row: 0,
            hints: 0,
            locked: false,
        }
    }
}
