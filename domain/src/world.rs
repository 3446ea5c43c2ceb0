//! A practice world: one learner's private copy of the simulated services.
//!
//! Commands are checked by [`World::execute`], which returns events or a typed refusal;
//! [`World::apply`] changes state. The event log is the world's history: later it is the
//! mailbox activity log and what exercise checks read.

use crate::{Persona, PersonaId, Scenario, Timestamp};
use std::sync::Arc;

/// Something a learner (or a teacher, or the scenario) asks the world to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Move the simulated clock forward, e.g. so that an access with an end date expires.
    AdvanceClock { minutes: i64 },
}

/// Something that happened in the world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    ClockAdvanced { minutes: i64 },
}

/// An event with the simulated time it happened at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedEvent {
    pub at: Timestamp,
    pub event: Event,
}

/// Why the world refused a command. The message is the simulated service's Danish text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("Uret kan kun stilles frem, mindst 1 minut.")]
    ClockNotForward,
    #[error("Uret kan højst stilles et år frem ad gangen.")]
    ClockTooFar,
}

/// Longest single jump of the simulated clock.
const MAX_CLOCK_STEP_MINUTES: i64 = 366 * 24 * 60;

/// One learner's world. The scenario is shared and immutable; the world stores only what
/// differs from it, so tens of thousands of worlds fit in memory.
#[derive(Debug, Clone)]
pub struct World {
    scenario: Arc<Scenario>,
    seed: u64,
    /// How far the simulated clock is ahead of real time, in minutes.
    clock_offset_minutes: i64,
    log: Vec<LoggedEvent>,
}

impl World {
    /// A fresh world from `scenario`, with everything random derived from `seed`.
    pub fn new(scenario: Arc<Scenario>, seed: u64) -> Self {
        Self {
            scenario,
            seed,
            clock_offset_minutes: 0,
            log: Vec::new(),
        }
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    pub fn personas(&self) -> &[Persona] {
        &self.scenario.personas
    }

    pub fn persona(&self, id: &PersonaId) -> Option<&Persona> {
        self.scenario.persona(id)
    }

    /// The simulated time when the real time is `real_now`.
    pub fn now(&self, real_now: Timestamp) -> Timestamp {
        real_now.plus_minutes(self.clock_offset_minutes)
    }

    pub fn log(&self) -> &[LoggedEvent] {
        &self.log
    }

    /// Checks `command` against the current state; changes nothing.
    pub fn execute(&self, command: &Command) -> Result<Vec<Event>, Refusal> {
        match *command {
            Command::AdvanceClock { minutes } if minutes < 1 => Err(Refusal::ClockNotForward),
            Command::AdvanceClock { minutes } if minutes > MAX_CLOCK_STEP_MINUTES => {
                Err(Refusal::ClockTooFar)
            }
            Command::AdvanceClock { minutes } => Ok(vec![Event::ClockAdvanced { minutes }]),
        }
    }

    /// Applies one event that [`World::execute`] produced, logging it at simulated time.
    pub fn apply(&mut self, event: Event, real_now: Timestamp) {
        let at = self.now(real_now);
        match &event {
            Event::ClockAdvanced { minutes } => {
                self.clock_offset_minutes = self.clock_offset_minutes.saturating_add(*minutes);
            }
        }
        self.log.push(LoggedEvent { at, event });
    }

    /// Executes `command` and applies its events: the one call the app makes per action.
    pub fn handle(&mut self, command: &Command, real_now: Timestamp) -> Result<(), Refusal> {
        for event in self.execute(command)? {
            self.apply(event, real_now);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::tests::small;

    fn world() -> World {
        World::new(Arc::new(small()), 42)
    }

    #[test]
    fn a_new_world_has_the_scenario_personas_and_an_empty_log() {
        let w = world();
        assert_eq!(w.personas().len(), 1);
        assert_eq!(w.personas()[0].name, "Karen Jensen");
        assert!(w.log().is_empty());
        assert_eq!(w.seed(), 42);
        assert!(w.persona(&PersonaId::parse("karen").unwrap()).is_some());
        assert!(w.persona(&PersonaId::parse("nobody").unwrap()).is_none());
    }

    #[test]
    fn advancing_the_clock_moves_simulated_time_and_is_logged() {
        let mut w = world();
        let real = Timestamp(1_000_000);
        assert_eq!(w.now(real), real);
        w.handle(&Command::AdvanceClock { minutes: 90 }, real)
            .unwrap();
        assert_eq!(w.now(real), Timestamp(1_000_000 + 90 * 60));
        assert_eq!(
            w.log(),
            &[LoggedEvent {
                at: real,
                event: Event::ClockAdvanced { minutes: 90 }
            }]
        );
    }

    #[test]
    fn the_clock_never_goes_back_or_jumps_too_far() {
        let mut w = world();
        let real = Timestamp(0);
        assert_eq!(
            w.handle(&Command::AdvanceClock { minutes: 0 }, real),
            Err(Refusal::ClockNotForward)
        );
        assert_eq!(
            w.handle(&Command::AdvanceClock { minutes: -5 }, real),
            Err(Refusal::ClockNotForward)
        );
        assert_eq!(
            w.handle(
                &Command::AdvanceClock {
                    minutes: MAX_CLOCK_STEP_MINUTES + 1
                },
                real
            ),
            Err(Refusal::ClockTooFar)
        );
        assert!(w.log().is_empty(), "a refused command changes nothing");
        assert_eq!(w.now(real), real);
    }

    #[test]
    fn execute_alone_changes_nothing() {
        let w = world();
        let events = w.execute(&Command::AdvanceClock { minutes: 5 }).unwrap();
        assert_eq!(events, vec![Event::ClockAdvanced { minutes: 5 }]);
        assert!(w.log().is_empty());
    }
}
