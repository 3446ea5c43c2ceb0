//! The board's view of one learner, computed from their world's state (progress and
//! activity), and the rules for "Sidder fast": no progress for 3 minutes, NemID spærret,
//! or 3 refusals in a row on the same step.

use crate::class::model::Class;
use crate::time::Timestamp;
use crate::world::World;

/// No progress for this long is "Sidder fast".
pub const STUCK_AFTER_SECS: i64 = 3 * 60;
/// Refusals in a row on one step that make "Sidder fast".
pub const STUCK_REFUSALS: u8 = 3;

/// Why a learner shows as "Sidder fast" (the first reason that holds, in this order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stuck {
    Locked,
    Refusals,
    NoProgress,
}

/// One learner as the board shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearnerStatus {
    /// The exercise running (scenario index); `None` for free practice.
    pub exercise: Option<usize>,
    /// Steps done and steps in all.
    pub step: usize,
    pub steps: usize,
    pub hints: u16,
    /// Seconds since the learner's last action.
    pub idle_secs: i64,
    pub stuck: Option<Stuck>,
    /// Every step of the exercise done.
    pub finished: bool,
    /// Safety drills spotted ("Klaret") and fallen for ("Snydt").
    pub drills: (u8, u8),
}

impl World {
    /// What a teacher's board shows of this world at real time `now`.
    pub fn lesson_status(&self, now: Timestamp) -> LearnerStatus {
        let a = self.activity();
        let progress = self.progress();
        let (exercise, step, steps, finished, stopped) = match progress {
            Some((ex, p)) => (
                Some(p.exercise),
                p.step.min(ex.steps.len()),
                ex.steps.len(),
                p.finished(),
                p.stopped,
            ),
            None => (None, 0, 0, false, false),
        };
        let stuck = if finished {
            None
        } else if a.locked {
            Some(Stuck::Locked)
        } else if a.refusals_in_row >= STUCK_REFUSALS {
            Some(Stuck::Refusals)
        } else if exercise.is_some() && !stopped && now.0 - a.step_started.0 >= STUCK_AFTER_SECS {
            Some(Stuck::NoProgress)
        } else {
            None
        };
        LearnerStatus {
            exercise,
            step,
            steps,
            hints: a.hints,
            idle_secs: (now.0 - a.last_action.0).max(0),
            stuck,
            finished,
            drills: self.drill_outcomes(),
        }
    }
}

/// One row of the board.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoardRow {
    pub seat: u16,
    pub name: String,
    /// Joined from more than one browser with this name.
    pub devices: u8,
    /// Part of the plan (1-based) and parts in all (0 for free practice).
    pub part: usize,
    pub parts: usize,
    /// `None` when the learner's world could not be read (ended meanwhile).
    pub status: Option<LearnerStatus>,
    /// The last exercise of the plan finished.
    pub done: bool,
    /// The name of the learner this one practises with in one world.
    pub partner: Option<String>,
}

impl BoardRow {
    pub fn stuck(&self) -> Option<Stuck> {
        self.status.as_ref().and_then(|s| s.stuck)
    }
}

impl Class {
    /// The board: one row per learner, the stuck first (longest idle first), then those at
    /// work, then those done; `status` gives each seat's world as it is now.
    pub fn board(
        &self,
        mut status: impl FnMut(Option<super::model::WorldRef>) -> Option<LearnerStatus>,
    ) -> Vec<BoardRow> {
        let parts = self.plan.exercises.len();
        let mut rows: Vec<BoardRow> = self
            .members
            .iter()
            .map(|m| {
                let status = status(m.world);
                let done =
                    parts > 0 && m.part + 1 >= parts && status.as_ref().is_some_and(|s| s.finished);
                BoardRow {
                    partner: m
                        .partner
                        .and_then(|p| self.member(p))
                        .map(|p| p.name.as_str().to_owned()),
                    seat: m.seat,
                    name: m.name.as_str().to_owned(),
                    devices: m.devices,
                    part: (m.part + 1).min(parts),
                    parts,
                    status,
                    done,
                }
            })
            .collect();
        rows.sort_by_key(|r| {
            let group = match (r.stuck(), r.done) {
                (Some(_), _) => 0,
                (None, false) => 1,
                (None, true) => 2,
            };
            let idle = r.status.as_ref().map_or(0, |s| s.idle_secs);
            (group, std::cmp::Reverse(idle), r.seat)
        });
        // A pair shows together: the second of two right under the first.
        let mut ordered: Vec<BoardRow> = Vec::with_capacity(rows.len());
        for row in rows {
            let partner = self.member(row.seat).and_then(|m| m.partner);
            match partner.and_then(|p| ordered.iter().position(|r| r.seat == p)) {
                Some(i) => ordered.insert(i + 1, row),
                None => ordered.push(row),
            }
        }
        ordered
    }
}
