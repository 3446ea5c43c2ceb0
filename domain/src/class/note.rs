//! Keeping a learner's [`super::Activity`] up to date as commands run (`World::handle`).

use crate::event::Event;
use crate::time::Timestamp;
use crate::world::World;

impl World {
    /// Keeps what a teacher's board reads (`class::activity`) up to date after a command.
    pub(crate) fn note_activity(
        &mut self,
        events: &[Event],
        refused: bool,
        step_before: Option<usize>,
        real_now: Timestamp,
    ) {
        let a = &mut self.activity;
        a.last_action = real_now;
        a.refusals_in_row = if refused {
            a.refusals_in_row.saturating_add(1)
        } else {
            0
        };
        for event in events {
            match event {
                Event::NemIdLocked { .. } => a.locked = true,
                Event::PasswordChanged { .. } => a.locked = false,
                _ => {}
            }
        }
        if self.progress.as_ref().map(|p| p.step) != step_before {
            a.step_started = real_now;
            a.refusals_in_row = 0;
        }
    }
}
