//! "Kig væk": a helper (a bydelsmor, a relative) sits next to the owner while she types her
//! own codes. The helper must not know them (mitid.dk: you must not know the other
//! person's bruger-id or codes), so she looks away first. The world records whether a code
//! was typed while the helper was watching; the right way to help for good is læseadgang
//! or a fuldmagt, which the guide explains.

use super::Watch;
use crate::event::Event;
use crate::ids::PersonaId;
use crate::refusal::Refusal;
use crate::world::{Decision, Login, World};

/// "Kig væk" as the guide shows it: what the helper is asked, or told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Watching {
    /// Watching: look away before she types.
    Ask,
    /// Looking away.
    Away,
    /// A code was typed while the helper watched (and whether she looks away now).
    Saw { away: bool },
    /// The owner logged in alone.
    Done,
}

impl World {
    /// "Kig væk" in this world, if an exercise set it up.
    pub fn watch(&self) -> Option<&Watch> {
        self.watch.as_ref()
    }

    /// Where "Kig væk" stands: done once the owner is logged in alone; else a code seen;
    /// else looking away; else asked to.
    pub fn watching(&self) -> Option<Watching> {
        let w = self.watch()?;
        Some(if self.owner_logged_in_alone(&w.owner, &w.helper) {
            Watching::Done
        } else if w.saw {
            Watching::Saw { away: w.away }
        } else if w.away {
            Watching::Away
        } else {
            Watching::Ask
        })
    }

    /// The owner is logged in and typed every code of it herself, the helper looking away.
    pub fn owner_logged_in_alone(&self, owner: &PersonaId, helper: &PersonaId) -> bool {
        let logged_in = matches!(&self.login, Login::LoggedIn { persona } if persona == owner);
        logged_in
            && self
                .watch
                .as_ref()
                .is_some_and(|w| &w.owner == owner && &w.helper == helper && !w.saw)
    }

    /// "Kig væk": a code typed while the helper watches is seen, accepted or not.
    pub(crate) fn watched(&self, command: &crate::Command) -> Option<Event> {
        let watching = self.watch.as_ref().is_some_and(|w| !w.away);
        (watching && command.carries_secret()).then_some(Event::HelperSaw)
    }

    /// "Kig væk" starts over when a login ends (logged out, cancelled, spærret); `was_out`:
    /// nobody was logged in or logging in before the command.
    pub(crate) fn watch_after_login(&mut self, was_out: bool) {
        if !was_out
            && matches!(self.login, Login::LoggedOut)
            && let Some(w) = &mut self.watch
        {
            w.saw = false;
        }
    }

    pub(super) fn decide_watch(&self, helper: &PersonaId, owner: &PersonaId) -> Decision {
        if helper == owner || self.persona(helper).is_none() || self.persona(owner).is_none() {
            return Decision::refuse(Refusal::DrillUnknown);
        }
        Decision::ok(vec![Event::WatchStarted {
            helper: helper.clone(),
            owner: owner.clone(),
        }])
    }

    pub(super) fn decide_look(&self, away: bool) -> Decision {
        match &self.watch {
            None => Decision::refuse(Refusal::DrillUnknown),
            Some(w) if w.away == away => Decision::ok(Vec::new()),
            Some(_) => Decision::ok(vec![Event::HelperLooked { away }]),
        }
    }

    pub(super) fn apply_watch(&mut self, event: &Event) {
        match (event, &mut self.watch) {
            (Event::WatchStarted { helper, owner }, w) => {
                *w = Some(Watch {
                    helper: helper.clone(),
                    owner: owner.clone(),
                    away: false,
                    saw: false,
                });
            }
            (Event::HelperLooked { away }, Some(w)) => {
                w.away = *away;
                // Looking away before a new login starts over.
                if *away && matches!(self.login, Login::LoggedOut) {
                    w.saw = false;
                }
            }
            (Event::HelperSaw, Some(w)) => w.saw = true,
            _ => {}
        }
    }
}
